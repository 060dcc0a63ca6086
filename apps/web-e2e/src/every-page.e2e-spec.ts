import type { Page } from 'playwright-core';
import { seriousA11yViolations } from './support/a11y';
import { baseUrl, screenshot, useBrowserSession } from './support/browser';

/**
 * Every page in every persona's menu, and every tab of the demo case they may open: no serious or critical
 * WCAG 2.1 AA violation (axe), and no untranslated code on a Dutch page — no snake_case identifier
 * (`satisfaction_survey`), no dotted key (`caseWork.specialFile.title`, `progressReport.clientSummary`).
 * The menu is read from the page, so a new page is checked without touching this spec.
 */
const PERSONAS = [
  'coach@spoor.test',
  'expert@spoor.test',
  'client@acme.spoor.test',
  'participant@spoor.test',
  'admin@spoor.test',
  'privacy@spoor.test',
] as const;

/** Words on the page that look like codes rather than Dutch. E-mail addresses and file names are not codes. */
async function untranslatedCodes(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  const withoutAddresses = text.replace(/\S+@\S+/g, ' ').replace(/\S+\.(pdf|png|jpe?g|json|csv|zip|md)\b/gi, ' ');
  const snake = withoutAddresses.match(/\b[a-z]+(?:_[a-z0-9]+)+\b/g) ?? [];
  const dotted = withoutAddresses.match(/\b[a-z]+[A-Za-z]*(?:\.[a-z]+[A-Za-z]*){1,}\b/g) ?? [];
  // A dotted word is a code when one of its parts is camelCase or it has three parts or more (i18n keys);
  // Dutch abbreviations (n.v.t., o.a., t.z.t.) are parts of one or two letters.
  const keys = dotted.filter(
    (word) =>
      !word.split('.').every((part) => part.length <= 2) && (/[a-z][A-Z]/.test(word) || word.split('.').length >= 3),
  );
  return [...new Set([...snake, ...keys])];
}

/** Waits until the page has loaded its data: no spinner, no network request for half a second. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .getByText('Bezig met laden…')
    .first()
    .waitFor({ state: 'hidden', timeout: 10_000 })
    .catch(() => undefined);
  await page.waitForLoadState('networkidle');
}

async function check(page: Page, where: string, found: string[]): Promise<void> {
  await settle(page);
  for (const violation of await seriousA11yViolations(page)) found.push(`${where}: ${violation}`);
  for (const code of await untranslatedCodes(page)) found.push(`${where}: untranslated "${code}"`);
}

describe('every page of every persona', () => {
  const session = useBrowserSession({ bypassCSP: true });

  for (const email of PERSONAS) {
    it(`${email}: menu pages and the demo case's tabs are accessible and Dutch`, async () => {
      const { page } = session;
      await session.login(email);
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      await menu.waitFor();
      const paths = await menu
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      expect(paths.length).toBeGreaterThan(0);
      const found: string[] = [];
      for (const path of [...new Set(paths)]) {
        await page.goto(baseUrl() + path);
        await check(page, `${email} ${path}`, found);
      }

      // The demo case, every tab the persona has (the admin and the privacy officer do not open case content).
      if (!email.startsWith('admin') && !email.startsWith('privacy')) {
        await page.goto(baseUrl() + '/cases');
        await page.getByRole('cell', { name: 'RI-2026-0001' }).first().click();
        const tabs = page.getByRole('tab');
        await tabs.first().waitFor();
        const names = await tabs.allInnerTexts();
        for (const name of names) {
          await page.getByRole('tab', { name }).click();
          await check(page, `${email} RI-2026-0001 tab "${name}"`, found);
          await screenshot(page, `every-page-${email.split('@')[0]}-${name.replace(/\W+/g, '-').toLowerCase()}`);
        }
      }
      expect(found).toEqual([]);
    });
  }
});
