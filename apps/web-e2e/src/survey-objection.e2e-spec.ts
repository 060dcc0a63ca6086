import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { baseUrl, loginThroughPage, screenshot, useBrowserSession, type BrowserSession } from './support/browser';

interface SurveyExport {
  recipient: string;
  items: Array<{ name: string; email: string | null; phone: string | null }>;
  total: number;
}

const RECIPIENT = 'Tevredenheidsonderzoek: Meetbureau Kompas BV (verwerker)';

/** POST with the session's CSRF token (double-submit cookie), as the web app does. */
async function post(context: BrowserContext, page: Page, path: string, data?: unknown) {
  const csrf = (await context.cookies()).find((c) => c.name === 'csrf_token')?.value ?? '';
  return page.request.post(baseUrl() + path, { headers: { 'X-CSRF-Token': csrf }, ...(data ? { data } : {}) });
}

/** The admin's survey export (`POST /api/admin/survey-export`): every contact it would hand to the survey bureau. */
async function surveyExport(context: BrowserContext, page: Page): Promise<SurveyExport> {
  const response = await post(context, page, '/api/admin/survey-export');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as SurveyExport;
  expect(body.recipient).toBe(RECIPIENT);
  return body;
}

/** A message's body as text: the development outbox writes quoted-printable or base64 (nodemailer's choice). */
function bodyText(eml: string): string {
  const split = eml.search(/\r?\n\r?\n/);
  const headers = eml.slice(0, split);
  const body = eml.slice(split).trim();
  const encoding = /^Content-Transfer-Encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable')
    return Buffer.from(
      body
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  return body;
}

/** The token of the invitation mailed to `email`, from the development outbox; the mail leaves after the response. */
async function invitationToken(email: string): Promise<string> {
  const dataDir = process.env['E2E_DATA_DIR'];
  if (!dataDir) throw new Error('E2E_DATA_DIR is not set: run the browser tests with `npm run e2e`.');
  const outbox = join(dataDir, 'outbox');
  const deadline = Date.now() + 20_000;
  for (;;) {
    const names = existsSync(outbox) ? (await readdir(outbox)).filter((name) => name.endsWith('.eml')) : [];
    for (const name of names.sort().reverse()) {
      const eml = await readFile(join(outbox, name), 'utf8');
      if (!new RegExp(`^To: ${email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'im').test(eml)) continue;
      const token = /\/invitation#token=([A-Za-z0-9_-]+)/.exec(bodyText(eml))?.[1];
      if (token) return token;
    }
    if (Date.now() > deadline) throw new Error(`no invitation for ${email} in ${outbox}`);
    // The outbox is a folder, not an event source: look again shortly.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A second person's own browser window: a fresh context (Dutch, 1280×900) in the session's Chromium. */
async function contextBeside(session: BrowserSession): Promise<BrowserContext> {
  const browser = session.context.browser();
  if (!browser) throw new Error('the session has no browser');
  return browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
}

/**
 * The satisfaction survey (legitimate interest, art. 21 AVG): a participant objects in one step, the objection is
 * in effect at once, the privacy officer sees it, and the next export to the survey bureau leaves them out.
 *
 * The export holds only people whose programme is completed (apps/api/src/disclosures/disclosures.service.ts, and
 * the page says so: "Als uw traject is afgerond…"). Jan de Vries's case is active, so he is never in it; and his
 * objection would last for the rest of the run, where privacy.e2e-spec.ts expects his objection button. So the
 * admin invites a portal account for someone the export does hold, and that participant objects.
 */
describe('objection to the satisfaction survey (art. 21 AVG)', () => {
  const session = useBrowserSession();
  const extraContexts: BrowserContext[] = [];

  afterEach(async () => {
    await Promise.all(extraContexts.splice(0).map((context) => context.close()));
  });

  it('participant objects in one step; the officer sees it; the next survey export leaves them out', async () => {
    const { page } = session;

    // 1. The admin's export before the objection: the bureau would get this participant's contact details.
    const adminContext = await contextBeside(session);
    extraContexts.push(adminContext);
    const admin = await adminContext.newPage();
    await loginThroughPage(admin, 'admin@spoor.test');
    const before = await surveyExport(adminContext, admin);
    expect(before.total).toBe(before.items.length);
    expect(before.items.length).toBeGreaterThan(1);
    // Jan's programme runs: he is not in it, objection or not.
    expect(before.items.map((item) => item.email)).not.toContain('participant@spoor.test');

    // Someone in the export without a portal account yet gets one (the first that is free: other specs may invite).
    let contact: SurveyExport['items'][number] | undefined;
    let personId = '';
    for (const candidate of before.items) {
      if (!candidate.email) continue;
      const search = await post(adminContext, admin, '/api/admin/people/search', { q: candidate.email });
      expect(search.status()).toBe(200);
      const match = ((await search.json()) as { items: Array<{ personId: string; hasAccount: boolean }> }).items[0];
      if (!match || match.hasAccount) continue;
      const invited = await post(adminContext, admin, '/api/admin/users', {
        email: candidate.email,
        displayName: candidate.name,
        role: 'participant',
        personId: match.personId,
      });
      if (invited.status() === 409) continue;
      expect(invited.status()).toBe(201);
      contact = candidate;
      personId = match.personId;
      break;
    }
    if (!contact?.email) throw new Error('nobody in the survey export could be given a portal account');
    const email = contact.email;
    expect(before.items.filter((item) => item.email === email)).toHaveLength(1);

    // 2. The participant activates the account from the invitation e-mail and logs in.
    const token = await invitationToken(email);
    const password = `Kompas-${personId.slice(0, 6)}-fietst-langs-de-Waal!`;
    await page.goto(`${baseUrl()}/invitation#token=${token}`);
    await page.getByRole('heading', { name: 'Account activeren' }).waitFor();
    await page.getByText(`Voor ${contact.name} (${email})`).waitFor();
    await page.getByLabel('Nieuw wachtwoord').fill(password);
    await page.getByLabel('Herhaal het wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Account activeren' }).click();
    await page.getByRole('status').getByText('Uw account is geactiveerd. U kunt nu inloggen.').waitFor();
    await page.getByRole('link', { name: 'Naar inloggen' }).click();
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();

    // The first export is on record as given to the bureau, in the participant's own overview.
    await page.getByRole('link', { name: 'Wie bekeek mijn gegevens' }).click();
    const disclosures = page.getByRole('region', { name: 'Aan wie zijn uw gegevens verstrekt' });
    const toBureau = disclosures.getByText(new RegExp(`^Verstrekt aan ${RECIPIENT.replace(/[()]/g, '\\$&')} op `));
    await toBureau.first().waitFor();
    expect(await toBureau.count()).toBe(1);

    // 3. One step on "Toestemming en bezwaar": the objection, in effect at once.
    await page.getByRole('link', { name: 'Toestemming en bezwaar' }).click();
    await page.getByRole('heading', { name: 'Toestemming en bezwaar' }).waitFor();
    const survey = page.getByRole('region', { name: 'Tevredenheidsonderzoek' });
    await survey.getByText(/^Als uw traject is afgerond, geven wij uw naam, e-mailadres en telefoonnummer/).waitFor();
    await survey.getByText(/^U kunt hiertegen bezwaar maken\. Uw bezwaar gaat direct in/).waitFor();
    await screenshot(page, 'survey-objection-1-before');
    await survey.getByRole('button', { name: 'Bezwaar maken tegen het tevredenheidsonderzoek' }).click();
    await survey
      .getByRole('status')
      .getByText('Uw bezwaar is vastgelegd en gaat direct in. U vindt het ook bij Mijn verzoeken.')
      .waitFor();
    expect(await survey.getByRole('button', { name: 'Bezwaar maken tegen het tevredenheidsonderzoek' }).count()).toBe(
      0,
    );
    await screenshot(page, 'survey-objection-2-objected');
    // Coming back later, the page still says so, with the date; there is nothing left to object to.
    await page.reload();
    await survey
      .getByRole('status')
      .getByText(
        /^U hebt op \d{1,2} [a-z]{3} \d{4} bezwaar gemaakt\. Wij geven uw gegevens niet meer door voor het tevredenheidsonderzoek\.$/,
      )
      .waitFor();
    expect(await survey.getByRole('button').count()).toBe(0);
    // …and under "Mijn verzoeken".
    await page.getByRole('link', { name: 'Mijn verzoeken' }).click();
    const mine = page.getByRole('list', { name: 'Mijn verzoeken' }).getByRole('listitem');
    await mine.filter({ hasText: 'Bezwaar tegen het tevredenheidsonderzoek' }).waitFor();

    // 4. The privacy officer sees the objection in the request list.
    const officerContext = await contextBeside(session);
    extraContexts.push(officerContext);
    const officer = await officerContext.newPage();
    await loginThroughPage(officer, 'privacy@spoor.test');
    await officer.getByRole('link', { name: 'Verzoeken' }).click();
    await officer.getByRole('heading', { name: 'Verzoeken van betrokkenen' }).waitFor();
    const objection = officer
      .getByRole('table', { name: 'Verzoeken van betrokkenen' })
      .getByRole('row')
      .filter({ has: officer.getByRole('cell', { name: /^Bezwaar/ }) })
      .filter({ hasText: 'tegen het tevredenheidsonderzoek' })
      .filter({ hasText: personId.slice(0, 8) });
    await objection.waitFor();
    await screenshot(officer, 'survey-objection-3-officer-requests');

    // 5. The next export leaves the participant out, and only them.
    const after = await surveyExport(adminContext, admin);
    expect(after.items.map((item) => item.email)).not.toContain(email);
    expect(after.items.map((item) => item.name)).not.toContain(contact.name);
    const others = (items: SurveyExport['items']) => items.map((item) => `${item.name} <${item.email}>`).sort();
    expect(others(after.items)).toEqual(others(before.items.filter((item) => item.email !== email)));
    expect(after.total).toBe(before.total - 1);

    // Nothing more was given to the bureau about them: still the one disclosure, from before the objection.
    await page.getByRole('link', { name: 'Wie bekeek mijn gegevens' }).click();
    await page.reload(); // read afresh, not from the page's cache
    await toBureau.first().waitFor();
    expect(await toBureau.count()).toBe(1);
    // The access log agrees: the admin exported their contact details once, before the objection.
    const exported = page
      .getByRole('list', { name: 'Wie bekeek mijn gegevens' })
      .getByText(
        /^Ilse Vermeulen \(Functioneel beheerder\) exporteerde uw contactgegevens op .* — doel: tevredenheidsonderzoek$/,
      );
    await exported.first().waitFor();
    expect(await exported.count()).toBe(1);
    await screenshot(page, 'survey-objection-4-disclosures');
  });
});
