import type { BrowserContext, Page } from 'playwright-core';
import { baseUrl, loginThroughPage, screenshot, useBrowserSession, type BrowserSession } from './support/browser';

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

/**
 * Art. 16 AVG end to end: Jan files a rectification request in his portal, the privacy officer corrects his phone
 * number under that request and completes it, and Jan reads the outcome in words and sees the new number in his
 * own case. Only Jan's phone number changes (other specs read his name, e-mail address and address).
 */
describe('rectification of personal data (art. 16 AVG)', () => {
  const session = useBrowserSession();
  let officerContext: BrowserContext | undefined;

  afterEach(async () => {
    await officerContext?.close();
    officerContext = undefined;
  });

  it('participant asks, privacy officer corrects the phone number, participant sees the outcome and the new number', async () => {
    const { page } = session;
    // Unique per run, so nothing another spec or an earlier step left behind can satisfy the checks below.
    const stamp = String(Date.now());
    const newPhone = `06 ${stamp.slice(-8, -4)} ${stamp.slice(-4)}`;
    const details = `Mijn telefoonnummer klopt niet meer. Mijn nieuwe nummer is ${newPhone}.`;

    // 1. Jan files the request from "Mijn verzoeken".
    await session.login('participant@spoor.test');
    const personId = await ownPersonId(page);
    await page.getByRole('link', { name: 'Mijn verzoeken' }).click();
    await page.getByRole('heading', { name: 'Mijn verzoeken' }).waitFor();
    await page.getByRole('button', { name: 'Nieuw verzoek' }).click();
    const form = page.getByRole('form', { name: 'Nieuw verzoek' });
    await form.getByRole('radio', { name: 'Correctie' }).check();
    await form.getByLabel('Toelichting (optioneel)').fill(details);
    await screenshot(page, 'rectification-1-participant-files');
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
    await myRequest.getByText(/^Antwoord uiterlijk \d{1,2} [a-z]{3} \d{4}$/).waitFor();

    // 2. The privacy officer, in a browser of their own, opens it from the request list.
    officerContext = await contextBeside(session);
    const officer = await officerContext.newPage();
    await loginThroughPage(officer, 'privacy@spoor.test');
    await officer.getByRole('link', { name: 'Verzoeken' }).click();
    await officer.getByRole('heading', { name: 'Verzoeken van betrokkenen' }).waitFor();
    const table = officer.getByRole('table', { name: 'Verzoeken van betrokkenen' });
    // Ordered by due date: of Jan's rectification requests still as received, the one just filed is the last.
    const row = table
      .getByRole('row')
      .filter({ has: officer.getByRole('cell', { name: 'Correctie', exact: true }) })
      .filter({ hasText: personId.slice(0, 8) })
      .filter({ hasText: 'Ontvangen' })
      .filter({ has: officer.getByRole('button', { name: 'Corrigeren en afronden' }) })
      .last();
    await row.getByText('Ontvangen', { exact: true }).waitFor();
    await screenshot(officer, 'rectification-2-officer-requests');
    await row.getByRole('button', { name: 'Corrigeren en afronden' }).click();

    const dialog = officer.getByRole('dialog', { name: 'Correctieverzoek afhandelen' });
    await dialog.getByText(details).waitFor();
    const correction = dialog.getByRole('form', { name: 'Gegevens corrigeren' });
    const phone = correction.getByRole('textbox', { name: 'Telefoonnummer' });
    await phone.waitFor();
    expect(await correction.getByRole('textbox', { name: 'Voornaam' }).inputValue()).toBe('Jan');
    expect(await correction.getByRole('textbox', { name: 'Achternaam' }).inputValue()).toBe('de Vries');
    const oldPhone = await phone.inputValue();
    expect(oldPhone).not.toBe('');
    expect(oldPhone).not.toBe(newPhone);
    await dialog.getByText('Nog niets gecorrigeerd.').waitFor();
    // Without a correction, the only outcomes are the reasons why nothing changed.
    const result = dialog.getByRole('combobox', { name: 'Uitkomst' });
    expect(await result.locator('option').allInnerTexts()).not.toContain(
      'Toegewezen: alles gecorrigeerd wat gevraagd was',
    );

    await phone.fill(newPhone);
    await correction.getByRole('button', { name: 'Correctie opslaan' }).click();
    await correction.getByRole('status').getByText('De correctie is opgeslagen: telefoonnummer.').waitFor();
    // The record says which field was corrected, never the old or new value.
    const corrections = dialog.getByRole('list', { name: 'Gecorrigeerd onder dit verzoek' });
    await corrections.getByText(/^\d{1,2} [a-z]{3} \d{4}: telefoonnummer$/).waitFor();

    await result.selectOption({ label: 'Toegewezen: alles gecorrigeerd wat gevraagd was' });
    await dialog
      .getByRole('textbox', { name: 'Toelichting bij de afhandeling' })
      .fill('Telefoonnummer aangepast zoals gevraagd; nagebeld op het nieuwe nummer.');
    await modalSettled(officer);
    await screenshot(officer, 'rectification-3-officer-corrects');
    await dialog.getByRole('button', { name: 'Verzoek afronden' }).click();
    await officer.getByRole('status').getByText('Het correctieverzoek is afgerond.').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    // Completed, it leaves the officer's open work: the same row now reads "Afgehandeld — Toegewezen".
    const done = table
      .getByRole('row')
      .filter({ has: officer.getByRole('cell', { name: 'Correctie', exact: true }) })
      .filter({ hasText: personId.slice(0, 8) })
      .filter({ hasText: 'Afgehandeld' })
      .filter({ hasText: 'Toegewezen' });
    await done.first().waitFor();
    await screenshot(officer, 'rectification-4-officer-done');

    // 3. Jan reads the outcome in words on his requests page…
    await page.reload();
    await page.getByRole('heading', { name: 'Mijn verzoeken' }).waitFor();
    await myRequest.getByText('Afgehandeld', { exact: true }).waitFor();
    await myRequest.getByText('Toegewezen', { exact: true }).waitFor();
    await myRequest.getByText('Wij hebben uw gegevens gecorrigeerd: telefoonnummer.').waitFor();
    expect(await myRequest.getByText(/^Antwoord uiterlijk/).count()).toBe(0);
    await screenshot(page, 'rectification-5-participant-outcome');

    // …and the new number in his own case.
    await page.goto(baseUrl() + '/cases');
    await page.getByRole('cell', { name: 'RI-2026-0001' }).click();
    await page.getByText('Telefoon', { exact: true }).waitFor();
    await page.getByText(newPhone, { exact: true }).waitFor();
    expect(await page.getByText(oldPhone, { exact: true }).count()).toBe(0);
    await screenshot(page, 'rectification-6-participant-case');
  });
});
