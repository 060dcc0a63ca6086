import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { authenticator } from 'otplib';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium; never a browser downloaded by a test tool. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = resolve(__dirname, '../../../../test-results/screenshots');

export const DEMO_PASSWORD = 'Spoor-demo-2026!';
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';

export function baseUrl(): string {
  const url = process.env['E2E_BASE_URL'];
  if (!url) throw new Error('E2E_BASE_URL is not set: run the browser tests with `npm run e2e`.');
  return url;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Saves a full-page screenshot under test-results/screenshots/<name>.png for a human to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Logs in through the real login page, entering the TOTP code for staff accounts. */
export async function loginThroughPage(page: Page, email: string): Promise<void> {
  await page.goto(baseUrl() + '/');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const codeStep = page.getByText('Voer de zescijferige code uit uw authenticator-app in.');
  const loggedIn = page.getByRole('button', { name: 'Uitloggen' });
  await Promise.race([codeStep.waitFor(), loggedIn.waitFor()]);
  if (await codeStep.isVisible()) {
    await page.keyboard.type(authenticator.generate(DEMO_TOTP_SECRET));
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await loggedIn.waitFor();
  }
}

export interface BrowserSession {
  /** The current test's context: its own cookies and storage, closed after the test. */
  readonly context: BrowserContext;
  /** A page in that context. */
  readonly page: Page;
  /** Logs `email` in through the login page of this session's page. */
  login(email: string): Promise<void>;
}

/**
 * The browser a spec file needs, set up by jest hooks: one Chromium for the file, and for every test a fresh
 * context (Dutch, 1280×900) with one page, closed afterwards. Call it in a `describe`, read `page` in the tests:
 *
 *   const session = useBrowserSession({ bypassCSP: true });
 *   it('…', async () => { await session.login('coach@spoor.test'); await session.page.getByRole(…) });
 *
 * `bypassCSP` is for specs that inject axe-core, which Spoor's CSP rightly refuses otherwise.
 */
export function useBrowserSession(options: BrowserContextOptions = {}): BrowserSession {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 }, ...options });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
    page = undefined;
  });

  const current = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`No ${name}: use the browser session inside a test.`);
    return value;
  };
  return {
    get context() {
      return current(context, 'browser context');
    },
    get page() {
      return current(page, 'page');
    },
    login(email: string) {
      return loginThroughPage(current(page, 'page'), email);
    },
  };
}
