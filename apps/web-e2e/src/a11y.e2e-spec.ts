import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seriousA11yViolations } from './support/a11y';
import { baseUrl, launchBrowser } from './support/browser';
import { loginThroughPage } from './support/login';

/** axe-core on the main pages of each persona: no serious or critical WCAG 2.1 AA violations. */
describe('accessibility of the main pages', () => {
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
    context = await browser.newContext({ locale: 'nl-NL', bypassCSP: true, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  it('login page', async () => {
    await page.goto(baseUrl() + '/');
    await page.getByLabel('E-mailadres').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('coach: case list and case page', async () => {
    await loginThroughPage(page, 'coach@spoor.test');
    await page.getByRole('cell', { name: 'RI-2026-0001' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('cell', { name: 'RI-2026-0001' }).click();
    await page.getByText('Jan de Vries').first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('privacy officer: dashboard and access log', async () => {
    await loginThroughPage(page, 'privacy@spoor.test');
    await page.getByRole('heading', { name: 'Privacy-overzicht' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Toegangslog' }).click();
    await page.waitForLoadState('networkidle');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('participant: who saw my data', async () => {
    await loginThroughPage(page, 'participant@spoor.test');
    await page.getByRole('cell', { name: 'RI-2026-0001' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
