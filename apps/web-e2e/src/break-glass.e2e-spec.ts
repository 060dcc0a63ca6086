import type { Page } from 'playwright-core';
import { baseUrl, screenshot, useBrowserSession } from './support/browser';

const REFERENCE = 'RI-2026-0001';
/** No case has this reference (the demo seed numbers its cases from 0001 up, a few dozen of them). */
const UNKNOWN_REFERENCE = 'RI-2026-9999';

/** Waits until an opening Mantine modal has finished its transition, so a screenshot shows it, not a fade. */
async function modalSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const content = document.querySelector('.mantine-Modal-content');
    return content !== null && getComputedStyle(content).opacity === '1' && content.getAnimations().length === 0;
  });
}

describe('break-the-glass (noodtoegang)', () => {
  const session = useBrowserSession();

  it('lets an unassigned coach open a case for a while, and the privacy officer review it and register a breach', async () => {
    const { page } = session;
    const stamp = Date.now();
    const reason = `Vaste coach onbereikbaar, werkgever belt met spoedvraag over de planning (e2e ${stamp})`;
    const note = `Geen spoed: de werkgever had kunnen wachten op de vaste coach (e2e ${stamp})`;

    await session.login('coach2@spoor.test');
    const me = await page.request.get(baseUrl() + '/api/auth/me');
    expect(me.status()).toBe(200);
    const coachName = ((await me.json()) as { user: { displayName: string } }).user.displayName;
    // Not assigned: searching this coach's cases for the reference finds nothing.
    await page.getByLabel('Zoeken').fill(REFERENCE);
    await page.getByText('Geen dossiers gevonden.').waitFor();
    expect(await page.getByRole('cell', { name: REFERENCE, exact: true }).count()).toBe(0);

    await page.getByRole('link', { name: 'Noodtoegang' }).click();
    await page.getByRole('heading', { name: 'Noodtoegang' }).waitFor();
    const referenceInput = page.getByRole('textbox', { name: 'Dossiernummer' });

    // A reference that is no case: the not-found message, and nothing about any case.
    await referenceInput.fill(UNKNOWN_REFERENCE);
    await page.getByRole('button', { name: 'Dossier zoeken' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Er is geen dossier met dit nummer waarvoor u noodtoegang kunt vragen.' })
      .waitFor();
    expect(await page.getByText(/gevonden\./).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Reden voor de noodtoegang' }).count()).toBe(0);
    expect(await page.getByText('Eerste ziektedag').count()).toBe(0);
    expect(await page.getByText('Jan de Vries').count()).toBe(0);
    await screenshot(page, 'break-glass-not-found');

    // The exact reference: found, and still nothing of the case before the reason.
    await referenceInput.fill(REFERENCE);
    await page.getByRole('button', { name: 'Dossier zoeken' }).click();
    await page.getByText(`Dossier ${REFERENCE} gevonden.`).waitFor();
    expect(await page.getByText('Jan de Vries').count()).toBe(0);
    expect(await page.getByText('Eerste ziektedag').count()).toBe(0);
    const reasonInput = page.getByRole('textbox', { name: 'Reden voor de noodtoegang' });
    await reasonInput.fill('Spoed');
    await page.getByRole('button', { name: 'Noodtoegang openen' }).click();
    await page.getByText('Geef een reden van minimaal 10 tekens.').waitFor();
    await reasonInput.fill(reason);
    await screenshot(page, 'break-glass-reason');
    await page.getByRole('button', { name: 'Noodtoegang openen' }).click();

    // The grant: the time left, and the special file while it lasts.
    const timeLeft = new RegExp(`^Noodtoegang tot dossier ${REFERENCE} actief: nog \\d+ minuten \\(tot .+\\)\\.$`);
    const banner = page.getByRole('status').filter({ hasText: timeLeft });
    await banner.waitFor();
    const minutes = Number(/nog (\d+) minuten/.exec(await banner.innerText())?.[1]);
    expect(minutes).toBeGreaterThan(0);
    await page.getByText('Eerste ziektedag').first().waitFor();
    await page.getByRole('button', { name: 'Klaar, nieuw dossier zoeken' }).waitFor();
    await screenshot(page, 'break-glass-granted');

    // The privacy officer reviews it.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByLabel('E-mailadres').waitFor();
    await session.login('privacy@spoor.test');
    await page.getByRole('link', { name: 'Afwijkingen' }).click();
    await page.getByRole('heading', { name: 'Afwijkingen' }).waitFor();
    const awaiting = page.getByRole('table', { name: 'Noodtoegang te beoordelen' });
    const grantRow = awaiting.getByRole('row').filter({ hasText: reason });
    await grantRow.waitFor();
    await grantRow.getByRole('cell', { name: REFERENCE, exact: true }).waitFor();
    await grantRow.getByText(coachName).waitFor();
    await screenshot(page, 'break-glass-awaiting-review');

    await grantRow.getByRole('button', { name: 'Beoordelen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Noodtoegang beoordelen' });
    await dialog.getByText(new RegExp(`^${coachName} \\(Coach\\) opende dossier ${REFERENCE} op .+\\.$`)).waitFor();
    await dialog.getByText(reason).waitFor();
    // An outcome is required.
    await dialog.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
    await dialog.getByText('Kies een uitkomst.').waitFor();
    await dialog.getByRole('radio', { name: 'Niet gerechtvaardigd', exact: true }).check();
    await dialog.getByRole('textbox', { name: 'Toelichting' }).fill(note);
    await modalSettled(page);
    await screenshot(page, 'break-glass-review');
    await dialog.getByRole('button', { name: 'Beoordeling vastleggen' }).click();

    // A follow-up item, and — health data was read under the grant — the offer of a breach record.
    await dialog
      .getByRole('status')
      .filter({ hasText: 'De beoordeling is vastgelegd. Er staat een opvolgpunt op uw werklijst.' })
      .waitFor();
    await dialog
      .getByText(
        'Tijdens deze noodtoegang zijn gezondheidsgegevens ingezien. Wilt u een datalek registreren? Controleer het concept en bevestig.',
      )
      .waitFor();
    const nature = dialog.getByRole('textbox', { name: 'Aard van het datalek' });
    expect(await nature.inputValue()).toBe(
      `Niet-gerechtvaardigde noodtoegang tot het bijzonder dossier van dossier ${REFERENCE}; gezondheidsgegevens zijn ingezien.`,
    );
    const breachNature = `${await nature.inputValue()} (e2e ${stamp})`;
    await nature.fill(breachNature);
    await screenshot(page, 'break-glass-breach-offer');
    await dialog.getByRole('button', { name: 'Datalek registreren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByRole('status')
      .filter({ hasText: 'Het datalek is geregistreerd; u vindt het onder Datalekken.' })
      .waitFor();

    // Reviewed: no longer waiting, and on the follow-up list with its breach.
    await grantRow.waitFor({ state: 'detached' });
    const followUp = page
      .getByRole('table', { name: 'Opvolging noodtoegang' })
      .getByRole('row')
      .filter({ hasText: note });
    await followUp.waitFor();
    await followUp.getByRole('cell', { name: REFERENCE, exact: true }).waitFor();
    await followUp.getByText('Niet gerechtvaardigd', { exact: true }).waitFor();
    await followUp.getByText('Gezondheidsgegevens ingezien').waitFor();
    await followUp.getByRole('cell', { name: 'Geregistreerd', exact: true }).waitFor();
    await screenshot(page, 'break-glass-follow-up');

    await page.getByRole('link', { name: 'Datalekken' }).click();
    await page.getByRole('heading', { name: 'Datalekken' }).waitFor();
    const breach = page.getByRole('table', { name: 'Datalekken' }).getByRole('row').filter({ hasText: breachNature });
    await breach.waitFor();
    await breach.getByText(/^nog \d+ uur \d+ min$/).waitFor();
    await screenshot(page, 'break-glass-breaches');
  });
});
