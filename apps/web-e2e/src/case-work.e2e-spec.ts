import type { FileChooser, Page } from 'playwright-core';
import { screenshot, useBrowserSession } from './support/browser';

/** A minimal PDF: enough for the API's content-type detection (it starts with %PDF-). */
function minimalPdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
      'trailer << /Root 1 0 R >>\n%%EOF\n',
    'latin1',
  );
}

async function openCase(page: Page, reference: string): Promise<void> {
  await page.getByLabel('Zoeken').fill(reference);
  await page.getByRole('cell', { name: reference }).click();
  await page.getByRole('tab', { name: 'Overzicht' }).waitFor();
}

describe('case work', () => {
  const session = useBrowserSession();

  it('lets the coach write a draft report, finalise it, and see the capacities only', async () => {
    const { page } = session;
    await session.login('coach@spoor.test');
    await openCase(page, 'RI-2026-0001');
    const timeline = page.getByRole('table', { name: 'Poortwachter-tijdlijn' });
    await timeline.waitFor();
    await screenshot(page, 'case-work-coach-overview');

    // The coach marks the first open milestone done (today, no evidence): the timeline answers at once.
    await timeline.getByRole('button', { name: 'Markeren als gedaan' }).first().click();
    const done = page.getByRole('dialog', { name: /markeren als gedaan$/ });
    await screenshot(page, 'case-work-coach-mark-done');
    const milestone = ((await done.getByRole('heading').first().textContent()) ?? '').replace(
      / markeren als gedaan$/,
      '',
    );
    expect(milestone.length).toBeGreaterThan(0);
    await done.getByRole('button', { name: 'Opslaan als gedaan' }).click();
    await page.getByText(`${milestone} is gemarkeerd als gedaan.`).waitFor();
    const row = timeline.getByRole('row').filter({ hasText: milestone }).first();
    await row.getByText('Gedaan', { exact: true }).waitFor();
    await screenshot(page, 'case-work-coach-timeline-done');

    await page.getByRole('tab', { name: 'Voortgangsverslagen' }).click();
    const title = `E2E verslag ${Date.now()}`;
    await page.getByRole('button', { name: 'Nieuw verslag' }).click();
    await page.getByRole('textbox', { name: 'Titel' }).fill(title);
    await page
      .getByRole('textbox', { name: 'Verslag' })
      .fill('Jan heeft deze maand twee sollicitatiegesprekken gevoerd.');
    await page
      .getByRole('textbox', { name: /Samenvatting voor de opdrachtgever/ })
      .fill('De deelnemer solliciteert actief.');
    await page.getByRole('button', { name: 'Concept opslaan' }).click();

    const card = page.getByLabel(title, { exact: true });
    await card.getByText('Concept', { exact: true }).waitFor();
    await screenshot(page, 'case-work-coach-draft');
    await card.getByRole('button', { name: 'Bewerken' }).click();
    await page.getByRole('button', { name: 'Definitief maken' }).click();
    const confirm = page.getByRole('dialog', { name: 'Verslag definitief maken?' });
    await confirm.getByRole('button', { name: 'Ja, definitief maken' }).click();
    await card.getByText('Definitief', { exact: true }).waitFor();
    expect(await card.getByRole('button', { name: 'Bewerken' }).count()).toBe(0);
    expect(await card.getByRole('button', { name: 'Correctie' }).isVisible()).toBe(true);
    await screenshot(page, 'case-work-coach-final');

    await page.getByRole('tab', { name: 'Activiteiten' }).click();
    await page.getByRole('button', { name: 'Activiteit toevoegen' }).waitFor();

    await page.getByRole('tab', { name: 'Bijzonder dossier' }).click();
    await page.getByText('U ziet alleen wat de werknemer kan, in gewone woorden').waitFor();
    await page.getByText('Belastbaarheid', { exact: true }).waitFor();
    expect(await page.getByText('Elke inzage wordt vastgelegd.', { exact: false }).isVisible()).toBe(true);
    expect(await page.getByText('Eerste ziektedag').count()).toBe(0);
    await screenshot(page, 'case-work-coach-capacities');
  });

  it('lets the labour expert upload a PDF to the special file', async () => {
    const { page } = session;
    await session.login('expert@spoor.test');
    await openCase(page, 'RI-2026-0001');
    await page.getByRole('tab', { name: 'Bijzonder dossier' }).click();
    await page.getByText('Eerste ziektedag').waitFor();

    // The FML form's date: typed the Dutch way, the calendar below it in Dutch (not saved: other specs count FMLs).
    await page.getByRole('button', { name: 'FML invullen' }).click();
    const fml = page.getByRole('form', { name: 'FML invullen, item voor item' });
    const assessedOn = fml.getByRole('textbox', { name: 'Datum FML' });
    await assessedOn.fill('01-03-2026');
    await page.getByText('maart 2026').waitFor();
    expect(await assessedOn.inputValue()).toBe('01-03-2026');
    await screenshot(page, 'case-work-expert-fml-date');
    await assessedOn.press('Escape');
    await fml.getByRole('button', { name: 'Annuleren' }).click();
    await fml.waitFor({ state: 'detached' });

    // The drop zone answers the keyboard: Enter on it opens the file dialog. The tab may still re-render after
    // the form closed (a refetch remounts the zone and drops its focus), so focus and press up to three times;
    // a zone that never answers Enter still fails.
    const filename = `e2e-fml-${Date.now()}.pdf`;
    const zone = page.getByRole('button', { name: 'Bestand kiezen' });
    let chooser: FileChooser | undefined;
    for (let attempt = 0; attempt < 3 && !chooser; attempt++) {
      await zone.focus();
      const opened = page.waitForEvent('filechooser', { timeout: 5_000 }).catch(() => undefined);
      await page.keyboard.press('Enter');
      chooser = await opened;
    }
    if (!chooser) throw new Error('Enter on the drop zone did not open the file dialog');
    await chooser.setFiles({ name: filename, mimeType: 'application/pdf', buffer: minimalPdf() });
    await page.getByText(`Gekozen: ${filename}`).waitFor();
    await screenshot(page, 'case-work-expert-dropzone');
    await page.getByRole('button', { name: 'Uploaden' }).click();
    await page.getByText('Het document is geüpload.').waitFor();
    const link = page.getByRole('link', { name: filename });
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^\/api\/documents\/[0-9a-f-]+\/content$/);
    await screenshot(page, 'case-work-expert-special-file');
  });

  it('never shows the special-file tab to a client', async () => {
    const { page } = session;
    await session.login('client@acme.spoor.test');
    await page.locator('tbody tr').first().waitFor();
    await openCase(page, 'RI-2026-0001');
    await page.getByRole('tab', { name: 'Voortgangsverslagen' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Bijzonder dossier' }).count()).toBe(0);
    expect(await page.getByText('Bijzonder dossier').count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Activiteiten' }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Voortgangsverslagen' }).click();
    await page
      .getByText(/Er zijn nog geen vrijgegeven samenvattingen|–/)
      .first()
      .waitFor();
    await screenshot(page, 'case-work-client');
  });
});
