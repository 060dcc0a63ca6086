import { screenshot, useBrowserSession } from './support/browser';

/** Privacy screens against the real app and its demo data. No erasure and no retention run: other specs need the data. */
describe('privacy screens', () => {
  const session = useBrowserSession();

  it('gives the privacy officer a dashboard, an intact access log and the requests', async () => {
    const { page } = session;
    await session.login('privacy@spoor.test');
    await page.getByRole('heading', { name: 'Privacy-overzicht' }).waitFor();
    await page.getByText('Verzoeken te laat').waitFor();
    const seal = page.getByTestId('seal-status');
    // The check recomputes every event's MAC; by now the other specs have written thousands of events.
    await seal.waitFor({ timeout: 90_000 });
    expect(await seal.getAttribute('data-ok')).toBe('true');
    await page.getByLabel('Bezig met laden…').first().waitFor({ state: 'detached' });
    await screenshot(page, 'privacy-dashboard');

    await page.getByRole('link', { name: 'Toegangslog' }).click();
    await page.getByRole('heading', { name: 'Toegangslog' }).waitFor();
    await page.getByRole('table', { name: 'Toegangslog' }).getByRole('row').nth(1).waitFor();
    const status = page.getByTestId('seal-status');
    await status.getByText(/^Intact: \d+ gebeurtenissen gecontroleerd\.$/).waitFor();
    expect(await status.getAttribute('data-ok')).toBe('true');
    const exportLink = page.getByRole('link', { name: 'Exporteren als CSV' });
    expect(await exportLink.getAttribute('href')).toBe('/api/access-log/export');
    await screenshot(page, 'privacy-access-log');

    // Filtering on refusals puts the filter into the list request and the export link.
    await page.getByLabel('Uitkomst').selectOption('denied');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForFunction(() =>
      document.querySelector('a[href^="/api/access-log/export"]')?.getAttribute('href')?.includes('outcome=denied'),
    );

    await page.getByRole('link', { name: 'Verzoeken' }).click();
    await page.getByRole('heading', { name: 'Verzoeken van betrokkenen' }).waitFor();
    await Promise.race([
      page.getByRole('table', { name: 'Verzoeken van betrokkenen' }).waitFor(),
      page.getByText('Er zijn geen verzoeken.').waitFor(),
    ]);
    await screenshot(page, 'privacy-requests');

    await page.getByRole('link', { name: 'Afwijkingen' }).click();
    await page.getByRole('heading', { name: 'Noodtoegang te beoordelen' }).waitFor();
    await screenshot(page, 'privacy-anomalies');

    await page.getByRole('link', { name: 'Datalekken' }).click();
    await page.getByRole('heading', { name: 'Datalekken' }).waitFor();
    await Promise.race([
      page.getByRole('table', { name: 'Datalekken' }).waitFor(),
      page.getByText('Er zijn geen datalekken geregistreerd.').waitFor(),
    ]);
    await screenshot(page, 'privacy-breaches');
  }, 150_000);

  it('shows a participant who viewed their data, and files an access request with its due date', async () => {
    const { page } = session;
    await session.login('participant@spoor.test');
    await page.getByRole('link', { name: 'Wie bekeek mijn gegevens' }).click();
    await page.getByRole('heading', { name: 'Wie bekeek mijn gegevens' }).waitFor();
    await page.getByRole('heading', { name: 'Aan wie zijn uw gegevens verstrekt' }).waitFor();
    await page.getByRole('list', { name: 'Wie bekeek mijn gegevens' }).getByRole('listitem').first().waitFor();
    const first = await page
      .getByRole('list', { name: 'Wie bekeek mijn gegevens' })
      .getByRole('listitem')
      .first()
      .innerText();
    expect(first).toMatch(/ op \d{1,2} [a-z]{3} \d{4} — doel: /);
    await screenshot(page, 'participant-access-log');

    await page.getByRole('link', { name: 'Mijn verzoeken' }).click();
    await page.getByRole('heading', { name: 'Mijn verzoeken' }).waitFor();
    await page.getByRole('button', { name: 'Nieuw verzoek' }).click();
    const form = page.getByRole('form', { name: 'Nieuw verzoek' });
    await form.getByRole('radio', { name: 'Inzage' }).check();
    await form.getByLabel('Toelichting (optioneel)').fill('Ik wil graag weten welke gegevens u van mij heeft.');
    await screenshot(page, 'participant-new-request');
    await form.getByRole('button', { name: 'Verzoek indienen' }).click();
    const confirmation = page.getByText(
      /^Uw verzoek is ontvangen\. U krijgt uiterlijk \d{1,2} [a-z]{3} \d{4} antwoord\.$/,
    );
    await confirmation.waitFor();
    const list = page.getByRole('list', { name: 'Mijn verzoeken' });
    await list
      .getByText(/^Antwoord uiterlijk \d{1,2} [a-z]{3} \d{4}$/)
      .first()
      .waitFor();
    await screenshot(page, 'participant-requests');

    await page.getByRole('link', { name: 'Toestemming en bezwaar' }).click();
    await page.getByRole('heading', { name: 'Toestemming en bezwaar' }).waitFor();
    await page.getByRole('button', { name: 'Bezwaar maken tegen het tevredenheidsonderzoek' }).waitFor();
    await page.getByText('Nieuwsbrief met vacatures en workshops').first().waitFor();
    await screenshot(page, 'participant-consents');
  });
});
