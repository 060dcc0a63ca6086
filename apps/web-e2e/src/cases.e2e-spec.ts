import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot } from './support/browser';
import { loginThroughPage } from './support/login';

describe('cases after login', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  it('takes a coach through the second factor to their caseload and into a case', async () => {
    await loginThroughPage(page, 'coach@spoor.test');
    await page.getByRole('heading', { name: 'Dossiers' }).waitFor();
    await page.getByRole('cell', { name: 'RI-2026-0001' }).waitFor();
    expect(await page.getByRole('columnheader', { name: 'Deelnemer' }).isVisible()).toBe(true);
    await screenshot(page, 'coach-cases');
    await page.getByRole('cell', { name: 'RI-2026-0001' }).click();
    await page.getByText('Jan de Vries').waitFor();
    expect(await page.getByText('participant@spoor.test').isVisible()).toBe(true);
    await screenshot(page, 'coach-case-detail');
  });

  it('finds a case by last name', async () => {
    await loginThroughPage(page, 'coach@spoor.test');
    await page.getByLabel('Zoeken').fill('de vries');
    await page.getByRole('cell', { name: 'RI-2026-0001' }).waitFor();
    const rows = await page.locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(1);
    expect(page.url()).not.toContain('vries');
  });

  it('shows a client the restricted summary: no participant names, no contact details', async () => {
    await loginThroughPage(page, 'client@acme.spoor.test');
    await page.locator('tbody tr').first().waitFor();
    await page.getByLabel('Zoeken').fill('RI-2026-0001');
    await page.getByRole('cell', { name: 'RI-2026-0001' }).waitFor();
    expect(await page.getByRole('columnheader', { name: 'Deelnemer' }).count()).toBe(0);
    expect(await page.getByText('de Vries').count()).toBe(0);
    await screenshot(page, 'client-cases');
    await page.getByRole('cell', { name: 'RI-2026-0001' }).click();
    await page.getByText('U ziet de samenvatting die de opdrachtgever mag inzien.').waitFor();
    expect(await page.getByText('participant@spoor.test').count()).toBe(0);
    await screenshot(page, 'client-case-detail');
  });

  it('shows a participant only their own case, and logs out for good', async () => {
    await loginThroughPage(page, 'participant@spoor.test');
    await page.getByRole('cell', { name: 'RI-2026-0001' }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByLabel('E-mailadres').waitFor();
    await page.goto(page.url().replace(/\/[^/]*$/, '/cases'));
    await page.getByLabel('E-mailadres').waitFor();
  });
});
