import { seriousA11yViolations } from './support/a11y';
import { baseUrl, screenshot, useBrowserSession } from './support/browser';

/** axe-core on the main pages of each persona: no serious or critical WCAG 2.1 AA violations. */
describe('accessibility of the main pages', () => {
  const session = useBrowserSession({ bypassCSP: true });

  it('login page', async () => {
    const { page } = session;
    await page.goto(baseUrl() + '/');
    await page.getByLabel('E-mailadres').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('coach: case list and case page', async () => {
    const { page } = session;
    await session.login('coach@spoor.test');
    await page.getByRole('cell', { name: 'RI-2026-0001' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('cell', { name: 'RI-2026-0001' }).click();
    await page.getByText('Jan de Vries').first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('privacy officer: dashboard and access log', async () => {
    const { page } = session;
    await session.login('privacy@spoor.test');
    await page.getByRole('heading', { name: 'Privacy-overzicht' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Toegangslog' }).click();
    await page.waitForLoadState('networkidle');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('participant: my programme and who saw my data', async () => {
    const { page } = session;
    await session.login('participant@spoor.test');
    await page.getByRole('cell', { name: 'RI-2026-0001' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Wie bekeek mijn gegevens' }).click();
    await page.getByRole('list', { name: 'Wie bekeek mijn gegevens' }).getByRole('listitem').first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('labour expert: the special file of a case', async () => {
    const { page } = session;
    await session.login('expert@spoor.test');
    await page.getByLabel('Zoeken').fill('RI-2026-0001');
    await page.getByRole('cell', { name: 'RI-2026-0001' }).click();
    await page.getByRole('tab', { name: 'Bijzonder dossier' }).click();
    await page.getByText('Eerste ziektedag').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    // The item-by-item FML form, with its first rubriek open.
    await page.getByRole('button', { name: 'FML invullen' }).click();
    const fml = page.getByRole('form', { name: 'FML invullen, item voor item' });
    await fml.waitFor();
    await fml.getByRole('button', { name: /^Rubriek I:/ }).click();
    await page.waitForTimeout(400); // the accordion's opening transition
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'a11y-expert-fml-form');
  });

  it('coach: the Poortwachter timeline of a case', async () => {
    const { page } = session;
    await session.login('coach@spoor.test');
    await page.getByLabel('Zoeken').fill('RI-2026-0001');
    await page.getByRole('cell', { name: 'RI-2026-0001' }).click();
    await page.getByRole('table', { name: 'Poortwachter-tijdlijn' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('client: the organisation\u2019s cases and a case summary', async () => {
    const { page } = session;
    await session.login('client@acme.spoor.test');
    await page.getByRole('cell', { name: 'RI-2026-0001' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('cell', { name: 'RI-2026-0001' }).click();
    await page.getByRole('tab', { name: 'Voortgangsverslagen' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('admin: users and organisations', async () => {
    const { page } = session;
    await session.login('admin@spoor.test');
    // A staff account that has not enrolled its second factor yet, so its warning text is on the page too
    // (whatever other specs ran before this one).
    const csrf = (await session.context.cookies()).find((c) => c.name === 'csrf_token')?.value ?? '';
    const invited = await page.request.post(baseUrl() + '/api/admin/users', {
      headers: { 'X-CSRF-Token': csrf },
      data: { email: `a11y-${Date.now()}@spoor.test`, displayName: 'Toegankelijkheid Proef', role: 'coach' },
    });
    expect(invited.status()).toBe(201);
    await page.getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByText('Toegankelijkheid Proef').waitFor();
    await page.getByRole('heading', { name: 'Gebruikers' }).waitFor();
    await page.getByRole('table').first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Organisaties' }).click();
    await page.getByRole('heading', { name: 'Organisaties' }).waitFor();
    await page.getByRole('table').first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
