import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { baseUrl, screenshot, useBrowserSession } from './support/browser';

const NEW_PASSWORD = 'Kwartel-Zeilboot-93!';

interface PersonMatch {
  personId: string;
  name: string;
  caseReferences: string[];
  hasAccount: boolean;
}

/** Waits until an opening Mantine modal has finished its transition, so a screenshot shows it, not a fade. */
async function modalSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const content = document.querySelector('.mantine-Modal-content');
    return content !== null && getComputedStyle(content).opacity === '1' && content.getAnimations().length === 0;
  });
}

/** The body of an .eml as text, decoded when nodemailer chose quoted-printable. */
function mailBody(eml: string): { headers: string; body: string } {
  const text = eml.replace(/\r\n/g, '\n');
  const split = text.indexOf('\n\n');
  const headers = text.slice(0, split);
  let body = text.slice(split + 2);
  if (/^Content-Transfer-Encoding: quoted-printable$/im.test(headers)) {
    body = Buffer.from(
      body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  } else if (/^Content-Transfer-Encoding: base64$/im.test(headers)) {
    body = Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8');
  }
  return { headers, body };
}

/**
 * The mail to `to` in the development outbox (<data dir>/outbox/*.eml). Mail goes out after the response, so
 * this polls the folder until the message is there.
 */
async function invitationMailTo(to: string): Promise<{ headers: string; body: string }> {
  const dataDir = process.env['E2E_DATA_DIR'];
  if (!dataDir) throw new Error('E2E_DATA_DIR is not set: run the browser tests with `npm run e2e`.');
  const outbox = join(dataDir, 'outbox');
  const deadline = Date.now() + 15_000;
  for (;;) {
    const files = await readdir(outbox).catch(() => [] as string[]);
    for (const file of files.filter((name) => name.endsWith('.eml'))) {
      const mail = mailBody(await readFile(join(outbox, file), 'utf8'));
      if (new RegExp(`^To: ${to.replace(/[.+]/g, '\\$&')}$`, 'im').test(mail.headers)) return mail;
    }
    if (Date.now() > deadline) throw new Error(`No mail to ${to} in ${outbox}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The ways a birth date (YYYY-MM-DD) could be written out in a mail. */
function birthDateForms(isoDay: string): string[] {
  const [year, month, day] = isoDay.split('-');
  const d = String(Number(day));
  const m = String(Number(month));
  const written = (style: 'long' | 'short') =>
    new Date(`${isoDay}T12:00:00Z`).toLocaleDateString('nl-NL', {
      day: 'numeric',
      month: style,
      year: 'numeric',
      timeZone: 'UTC',
    });
  return [
    isoDay,
    `${day}-${month}-${year}`,
    `${d}-${m}-${year}`,
    `${day}/${month}/${year}`,
    `${day}.${month}.${year}`,
    written('long'),
    written('short'),
  ];
}

describe('inviting a participant', () => {
  const session = useBrowserSession();

  it('lets the admin invite a person of a case, who activates the account and sees only their own case', async () => {
    const { page } = session;
    await session.login('admin@spoor.test');

    // A person with a case but no account yet, found the way the dialog finds one: by a case reference.
    const csrf = (await session.context.cookies()).find((cookie) => cookie.name === 'csrf_token')?.value ?? '';
    const listed = await page.request.get(baseUrl() + '/api/cases?pageSize=100');
    expect(listed.status()).toBe(200);
    const references = ((await listed.json()) as { items: Array<{ reference: string }> }).items.map(
      (item) => item.reference,
    );
    // Any such person will do; a person who already has an account (Jan de Vries, say) is skipped.
    let target: { reference: string; person: PersonMatch } | undefined;
    for (const reference of references.reverse()) {
      const found = await page.request.post(baseUrl() + '/api/admin/people/search', {
        headers: { 'X-CSRF-Token': csrf },
        data: { q: reference },
      });
      expect(found.status()).toBe(200);
      const { items } = (await found.json()) as { items: PersonMatch[] };
      const [only] = items;
      if (items.length === 1 && only && !only.hasAccount) {
        target = { reference, person: only };
        break;
      }
    }
    if (!target) throw new Error('The demo seed has no person with a case and without an account');
    const { reference, person } = target;
    const email = `deelnemer.${Date.now()}@spoor.test`;

    await page.getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('heading', { name: 'Gebruikers' }).waitFor();
    await page.getByRole('button', { name: 'Nieuwe gebruiker' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe gebruiker uitnodigen' });
    await dialog.getByLabel('E-mailadres').fill(email);
    await dialog.getByRole('textbox', { name: 'Rol' }).click();
    await page.getByRole('option', { name: 'Deelnemer' }).click();

    // Sending without a person is refused at the person search.
    await dialog.getByRole('button', { name: 'Uitnodigen' }).click();
    await dialog.getByText('Zoek en kies de persoon over wie de dossiers van deze deelnemer gaan').waitFor();

    await dialog.getByRole('textbox', { name: 'Zoek de persoon' }).fill(reference);
    await dialog.getByRole('button', { name: 'Zoeken' }).click();
    const results = dialog.getByRole('list', { name: 'Gevonden personen' });
    const match = results.getByRole('listitem').filter({ hasText: person.name });
    await match.getByText(`Dossiers: ${person.caseReferences.join(', ')}`).waitFor();
    expect(await results.getByRole('listitem').count()).toBe(1);
    await modalSettled(page);
    await screenshot(page, 'invite-participant-search');
    await match.getByRole('button', { name: `${person.name} kiezen` }).click();

    const chosen = dialog.getByRole('group', { name: 'Persoon' });
    await chosen.getByText(`Gekozen: ${person.name}`).waitFor();
    await chosen.getByText(`Dossiers: ${person.caseReferences.join(', ')}`).waitFor();
    // The account's name is taken from the person.
    expect(await dialog.getByRole('textbox', { name: 'Naam' }).inputValue()).toBe(person.name);
    await screenshot(page, 'invite-participant-chosen');
    await dialog.getByRole('button', { name: 'Uitnodigen' }).click();

    await page.getByText(`Uitnodiging verstuurd naar ${email}.`).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: email, exact: true }) });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(0).innerText()).toBe(person.name);
    expect(await row.getByRole('cell').nth(2).innerText()).toBe('Deelnemer');
    expect(await row.getByRole('cell').nth(3).innerText()).toBe('Uitgenodigd');
    await screenshot(page, 'invite-participant-users');

    // The invitation: a greeting and a one-time link, nothing about the case or the person's data.
    const mail = await invitationMailTo(email);
    expect(mail.headers).toMatch(/^Subject: Uw account voor Spoor$/m);
    expect(mail.body).toContain(`Beste ${person.name},`);
    const links = mail.body.match(/https?:\/\/\S+/g) ?? [];
    expect(links).toHaveLength(1);
    const [link = ''] = links;
    expect(link.startsWith(`${baseUrl()}/invitation#token=`)).toBe(true);
    // What the mail says, without the transport headers and the (random) token.
    const addressing = mail.headers.split('\n').filter((line) => /^(From|To|Subject):/.test(line));
    const mailText = [...addressing, mail.body.replace(link, '')].join('\n');
    for (const caseReference of person.caseReferences) expect(mailText).not.toContain(caseReference);
    expect(mailText).not.toMatch(/\b[A-Z]{2,4}-\d{4}-\d{1,8}\b/);
    expect(mailText).not.toMatch(/\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}/);
    expect(mailText).not.toMatch(/ziek|gezondheid|dossier|diagnose|bijzonder|traject/i);

    // The invited person follows the link in a browser of their own.
    const browser = session.context.browser();
    if (!browser) throw new Error('No browser');
    const own = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    try {
      const participant = await own.newPage();
      await participant.goto(link);
      await participant.getByRole('heading', { name: 'Account activeren' }).waitFor();
      await participant.getByText(`Voor ${person.name} (${email})`).waitFor();
      // A participant sets a password only: no second factor.
      expect(await participant.getByText('Tweestapsverificatie').count()).toBe(0);
      await participant.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
      await participant.getByLabel('Herhaal het wachtwoord').fill(NEW_PASSWORD);
      await screenshot(participant, 'invite-participant-activate');
      await participant.getByRole('button', { name: 'Account activeren' }).click();
      await participant.getByRole('status').getByText('Uw account is geactiveerd. U kunt nu inloggen.').waitFor();
      await participant.getByRole('link', { name: 'Naar inloggen' }).click();

      await participant.getByLabel('E-mailadres').fill(email);
      await participant.getByLabel('Wachtwoord').fill(NEW_PASSWORD);
      await participant.getByRole('button', { name: 'Inloggen' }).click();
      await participant.getByRole('button', { name: 'Uitloggen' }).waitFor();

      // Their own case(s), and nobody else's.
      for (const caseReference of person.caseReferences) {
        await participant.getByRole('cell', { name: caseReference, exact: true }).waitFor();
      }
      expect(await participant.locator('tbody tr').count()).toBe(person.caseReferences.length);
      expect(await participant.getByRole('cell', { name: 'RI-2026-0001', exact: true }).count()).toBe(
        reference === 'RI-2026-0001' ? 1 : 0,
      );
      await screenshot(participant, 'invite-participant-cases');
      await participant.getByRole('cell', { name: reference, exact: true }).click();
      await participant.getByText(person.name).first().waitFor();
      await participant.getByText(reference).first().waitFor();
      await screenshot(participant, 'invite-participant-case');

      // Their own data page, and the data behind it is theirs.
      await participant.getByRole('link', { name: 'Mijn gegevens downloaden' }).click();
      await participant.getByRole('heading', { name: 'Mijn gegevens downloaden' }).waitFor();
      await participant.getByRole('link', { name: 'Download mijn gegevens' }).waitFor();
      await screenshot(participant, 'invite-participant-my-data');
      const exported = await participant.request.get(baseUrl() + '/api/me/export');
      expect(exported.status()).toBe(200);
      const data = (await exported.json()) as {
        personalia: { firstName: string; lastName: string; birthDate: string | null };
        cases: Array<{ reference: string }>;
      };
      expect(`${data.personalia.firstName} ${data.personalia.lastName}`).toBe(person.name);
      expect(data.cases.map((item) => item.reference).sort()).toEqual([...person.caseReferences].sort());

      // The mail did not carry the birth date, in any way of writing it.
      if (data.personalia.birthDate) {
        for (const form of birthDateForms(data.personalia.birthDate)) expect(mailText).not.toContain(form);
      }
    } finally {
      await own.close();
    }
  });
});
