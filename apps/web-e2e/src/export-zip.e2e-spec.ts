import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { baseUrl, loginThroughPage, screenshot, useBrowserSession, type BrowserSession } from './support/browser';
import { zipEntries } from './support/zip';

/** A second person's own browser window: a fresh context (Dutch, 1280×900) in the session's Chromium. */
async function contextBeside(session: BrowserSession): Promise<BrowserContext> {
  const browser = session.context.browser();
  if (!browser) throw new Error('the session has no browser');
  return browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
}

/** Waits until an opening Mantine modal has finished its transition, so a screenshot shows it, not a fade. */
async function modalSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const content = document.querySelector('.mantine-Modal-content');
    return content !== null && getComputedStyle(content).opacity === '1' && content.getAnimations().length === 0;
  });
}

/** The logged-in participant's person id, as the API knows it (the officer's request list shows its first block). */
async function ownPersonId(page: Page): Promise<string> {
  const response = await page.request.get(baseUrl() + '/api/auth/me');
  expect(response.status()).toBe(200);
  const personId = ((await response.json()) as { user: { personId: string | null } }).user.personId;
  if (!personId) throw new Error('the participant account has no person');
  return personId;
}

/** What this spec reads of gegevens.json (libs/domain PersonalDataExport). */
interface ExportJson {
  personalia: { firstName: string; lastName: string; email: string | null; phone: string | null };
  cases: Array<{ reference: string | null; activities: Array<{ kind: string; occurredOn: string }> }>;
  accessLog: Array<{ actorName: string | null; actorRole: string; byYou: boolean; action: string; resource: string }>;
  privacyRequests: Array<{ type: string; status: string; outcome: string | null }>;
  files?: Array<{ path: string; contentType: string; sizeBytes: number; sha256: string }>;
}

/**
 * Art. 15 AVG end to end: Jan asks for access, the privacy officer grants it, and the export goes to Jan's portal,
 * where he downloads one ZIP: the data as JSON, a summary in Dutch and the documents themselves. The officer sees
 * the export's manifest (sections, counts, sizes) and its delivery status, never its content.
 */
describe('access request delivered as a ZIP (art. 15 AVG)', () => {
  const session = useBrowserSession();
  let officerContext: BrowserContext | undefined;

  afterEach(async () => {
    await officerContext?.close();
    officerContext = undefined;
  });

  it('participant asks, privacy officer grants, participant downloads the package; the officer never sees it', async () => {
    const { page } = session;
    const details = `Graag alle gegevens die u van mij heeft, met de documenten (${Date.now()}).`;

    // 1. Jan files an access request.
    await session.login('participant@spoor.test');
    const personId = await ownPersonId(page);
    await page.getByRole('link', { name: 'Mijn verzoeken' }).click();
    await page.getByRole('heading', { name: 'Mijn verzoeken' }).waitFor();
    await page.getByRole('button', { name: 'Nieuw verzoek' }).click();
    const form = page.getByRole('form', { name: 'Nieuw verzoek' });
    await form.getByRole('radio', { name: 'Inzage' }).check();
    await form.getByLabel('Toelichting (optioneel)').fill(details);
    await form.getByRole('button', { name: 'Verzoek indienen' }).click();
    await page
      .getByRole('status')
      .getByText(/^Uw verzoek is ontvangen\. U krijgt uiterlijk \d{1,2} [a-z]{3} \d{4} antwoord\.$/)
      .waitFor();
    const myRequest = page
      .getByRole('list', { name: 'Mijn verzoeken' })
      .getByRole('listitem')
      .filter({ hasText: details });
    await myRequest.getByText('Ontvangen', { exact: true }).waitFor();

    // 2. The privacy officer, in a browser of their own, grants it from the request list.
    officerContext = await contextBeside(session);
    const officer = await officerContext.newPage();
    await loginThroughPage(officer, 'privacy@spoor.test');
    await officer.getByRole('link', { name: 'Verzoeken' }).click();
    await officer.getByRole('heading', { name: 'Verzoeken van betrokkenen' }).waitFor();
    const table = officer.getByRole('table', { name: 'Verzoeken van betrokkenen' });
    const jansAccessRequests = table
      .getByRole('row')
      .filter({ has: officer.getByRole('cell', { name: 'Inzage', exact: true }) })
      .filter({ hasText: personId.slice(0, 8) });
    // Ordered by due date: of Jan's access requests still as received (privacy.e2e-spec files one too), the newest
    // is the last.
    const row = jansAccessRequests
      .filter({ hasText: 'Ontvangen' })
      .filter({ has: officer.getByRole('button', { name: 'Afhandelen' }) })
      .last();
    await row.getByText('Ontvangen', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Afhandelen' }).click();
    const complete = officer.getByRole('dialog', { name: 'Verzoek afhandelen' });
    await complete.getByText('Inzage', { exact: true }).waitFor();
    await complete.getByRole('combobox', { name: 'Uitkomst' }).selectOption({ label: 'Toegewezen' });
    await complete
      .getByRole('textbox', { name: 'Toelichting' })
      .fill('Identiteit gecontroleerd; de export staat klaar in het portaal.');
    await modalSettled(officer);
    await screenshot(officer, 'export-zip-1-officer-grants');
    await complete.getByRole('button', { name: 'Afhandelen' }).click();
    await officer
      .getByRole('status')
      .getByText('Het verzoek is afgehandeld. De export staat klaar in het portaal van de betrokkene.')
      .waitFor();
    await complete.waitFor({ state: 'hidden' });

    // 3. Jan finds the delivery on "Mijn gegevens downloaden" and downloads it.
    await page.getByRole('link', { name: 'Mijn gegevens downloaden' }).click();
    const deliveries = page.getByRole('region', { name: 'Uw gegevens staan klaar' });
    await deliveries.getByRole('heading', { name: 'Uw gegevens staan klaar' }).waitFor();
    // Newest first: the delivery just prepared is the first card.
    const card = deliveries.locator('[data-delivery]').first();
    await card
      .getByText(
        /^Op uw verzoek om inzage hebben wij uw gegevens klaargezet\. U kunt ze downloaden tot \d{1,2} [a-z]{3} \d{4}\.$/,
      )
      .waitFor();
    await screenshot(page, 'export-zip-2-participant-ready');
    const downloadButton = card.getByRole('link', { name: 'Download uw gegevens' });
    const href = await downloadButton.getAttribute('href');
    expect(href).toMatch(/^\/api\/me\/export-deliveries\/[0-9a-f-]{36}\/download$/);
    const [download] = await Promise.all([page.waitForEvent('download'), downloadButton.click()]);
    expect(await download.failure()).toBeNull();
    const filename = download.suggestedFilename();
    // The file name carries the date only: no name, no e-mail address, no id of the person or the delivery.
    expect(filename).toMatch(/^spoor-export-\d{4}-\d{2}-\d{2}\.zip$/);
    for (const personal of ['jan', 'vries', 'participant', personId.slice(0, 8)])
      expect(filename.toLowerCase()).not.toContain(personal);
    await card
      .getByRole('status')
      .getByText(/^Uw download is begonnen/)
      .waitFor();
    await card.getByText(/^U hebt deze gegevens gedownload op \d{1,2} [a-z]{3} \d{4}\./).waitFor();
    await screenshot(page, 'export-zip-3-participant-downloaded');

    // 4. The package, opened as the person's unzip tool would.
    const entries = await zipEntries(await readFile(await download.path()));
    const names = [...entries.keys()];
    expect(names).toEqual(expect.arrayContaining(['gegevens.json', 'overzicht.html']));

    const data = JSON.parse((entries.get('gegevens.json') as Buffer).toString('utf8')) as ExportJson;
    expect(data.personalia).toMatchObject({ firstName: 'Jan', lastName: 'de Vries', email: 'participant@spoor.test' });
    const jansCase = data.cases.find((item) => item.reference === 'RI-2026-0001');
    expect(jansCase).toBeDefined();
    expect(jansCase?.activities.length).toBeGreaterThan(0);
    // The access log names the staff who touched Jan's data, by name and role; at least the officer who handled this.
    const staff = data.accessLog.filter((event) => !event.byYou && event.actorName !== null);
    expect(staff.length).toBeGreaterThan(0);
    expect(staff).toEqual(
      expect.arrayContaining([expect.objectContaining({ actorName: 'Pieter de Graaf', actorRole: 'privacy_officer' })]),
    );
    expect(data.privacyRequests).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'access', status: 'completed', outcome: 'granted' })]),
    );

    // Every document the JSON lists is in the package under documenten/, byte for byte (its SHA-256).
    const files = data.files ?? [];
    const documents = names.filter((name) => name.startsWith('documenten/') && !name.endsWith('/'));
    expect(documents.length).toBeGreaterThan(0);
    expect(files.map((file) => file.path).sort()).toEqual([...documents].sort());
    for (const file of files) {
      const bytes = entries.get(file.path) as Buffer;
      expect(bytes.length).toBe(file.sizeBytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    }
    const pdfs = files.filter((file) => file.contentType === 'application/pdf');
    expect(pdfs.length).toBeGreaterThan(0);
    for (const pdf of pdfs) expect((entries.get(pdf.path) as Buffer).subarray(0, 4).toString('latin1')).toBe('%PDF');

    // overzicht.html: one page in Dutch, addressed to Jan, with his case and who looked at his data.
    const summary = (entries.get('overzicht.html') as Buffer).toString('utf8');
    expect(summary).toContain('<html lang="nl">');
    expect(summary).toContain('<h1>Uw gegevens bij Spoor</h1>');
    expect(summary).toContain('<h2>Uw persoonsgegevens</h2>');
    expect(summary).toContain('<dt>Voornaam</dt><dd>Jan</dd>');
    expect(summary).toContain('<h2>Traject RI-2026-0001</h2>');
    expect(summary).toContain('<h2>Wie uw gegevens heeft ingezien</h2>');
    expect(summary).toContain('Pieter de Graaf');
    expect(summary).not.toMatch(/<script/i);
    // Rendered, for a human to look at (the page's own CSP allows no script and no external resource).
    const reader = await session.context.newPage();
    await reader.setContent(summary);
    await reader.getByRole('heading', { name: 'Uw gegevens bij Spoor' }).waitFor();
    await screenshot(reader, 'export-zip-4-overzicht');
    await reader.close();

    // 5. The officer sees the manifest and the delivery status, never the content: no link, no personal data.
    await officer.reload();
    const handled = jansAccessRequests.filter({ hasText: 'Afgehandeld' }).filter({ hasText: 'Toegewezen' }).last();
    await handled.getByRole('button', { name: 'Overzicht export' }).click();
    const manifest = officer.getByRole('dialog', { name: 'Export voor de betrokkene' });
    const delivery = manifest.getByRole('table', { name: 'Levering' });
    await delivery.getByText('Gedownload', { exact: true }).waitFor();
    const sections = manifest.getByRole('table', { name: 'Overzicht export' });
    await sections.getByRole('row').filter({ hasText: 'Persoonsgegevens' }).waitFor();
    await sections.getByRole('row').filter({ hasText: 'Activiteiten' }).waitFor();
    const total = sections.getByRole('row').filter({ hasText: 'Totaal' });
    expect(await total.innerText()).toMatch(/\d+(,\d)? (B|kB|MB)/);
    await manifest
      .getByText('De inhoud is alleen voor de betrokkene. Moet u die toch inzien, dan kan dat niet via dit verzoek.')
      .waitFor();
    expect(await manifest.getByRole('link').count()).toBe(0);
    const shown = await manifest.innerText();
    for (const value of ['Jan', 'Vries', 'participant@spoor.test', 'Voorbeeldstraat', 'RI-2026-0001'])
      expect(shown).not.toContain(value);
    await modalSettled(officer);
    await screenshot(officer, 'export-zip-5-officer-manifest');

    // And the API agrees: the delivery's download is the person's alone.
    const officerDownload = await officer.request.get(baseUrl() + (href as string), { maxRedirects: 0 });
    expect([403, 404]).toContain(officerDownload.status());
    expect(officerDownload.headers()['content-type'] ?? '').not.toContain('zip');
  });
});
