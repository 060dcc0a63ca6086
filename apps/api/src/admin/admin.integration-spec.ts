import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { authenticator } from 'otplib';
import request from 'supertest';
import { AfterResponseQueue } from '../invitations/after-response-queue';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';
import { queryAs } from '../../test/utils/test-database';
import { csrfFrom } from '../../test/utils/test-session';

describe('administration: accounts, invitations, assignments', () => {
  let seeded: SeededApp;
  const server = () => seeded.app.getHttpServer();
  const outbox = () => join(seeded.dataDir, 'outbox');

  /** The newest e-mail to `to`, and the token in its link. */
  async function lastMailTo(to: string): Promise<{ text: string; token: string }> {
    // Reset mails are sent after the response, from a queue: wait until it has sent what it holds.
    await seeded.app.get(AfterResponseQueue).drained();
    const files = (await readdir(outbox()).catch(() => [] as string[])).sort();
    for (const file of files.reverse()) {
      const text = await readFile(join(outbox(), file), 'utf8');
      if (text.includes(`To: ${to}`)) {
        const decoded = text.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
        const token = /invitation#token=([A-Za-z0-9_-]+)/.exec(decoded)?.[1];
        if (token) return { text, token };
      }
    }
    throw new Error(`no mail to ${to}`);
  }

  /** A client without session that carries a CSRF cookie, as the invitation page does. */
  async function anonymous() {
    const agent = request.agent(server());
    const csrf = csrfFrom(await agent.get('/api/auth/csrf').expect(200)) as string;
    return { agent, post: (path: string, body: object) => agent.post(path).set('X-CSRF-Token', csrf).send(body) };
  }

  beforeAll(async () => {
    seeded = await createSeededApp();
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('invites a new coach who sets a password, enrols TOTP from the QR code and logs in', async () => {
    const admin = await seeded.as('admin@spoor.test');
    const created = await admin
      .post('/api/admin/users', { email: 'Fleur.Bakker@spoor.test', displayName: 'Fleur Bakker', role: 'coach' })
      .expect(201);
    expect(created.body).toMatchObject({
      email: 'fleur.bakker@spoor.test',
      role: 'coach',
      passwordSet: false,
      secondFactorEnrolled: false,
    });
    await admin
      .post('/api/admin/users', { email: 'fleur.bakker@spoor.test', displayName: 'Dubbel', role: 'coach' })
      .expect(409);

    const { token, text } = await lastMailTo('fleur.bakker@spoor.test');
    expect(text).toContain('Beste Fleur Bakker');
    const page = await anonymous();
    const inspect = await page.post('/api/invitations/inspect', { token }).expect(200);
    expect(inspect.body).toMatchObject({ purpose: 'invite', email: 'fleur.bakker@spoor.test', needsPassword: true });
    expect(inspect.body.secondFactor.qrCode).toMatch(/^data:image\/png;base64,/);
    const secret = inspect.body.secondFactor.secret as string;

    const weak = await page
      .post('/api/invitations/accept', { token, password: 'wachtwoord123', code: authenticator.generate(secret) })
      .expect(400);
    expect(weak.body.fields).toEqual([
      expect.objectContaining({ field: 'password', code: expect.stringMatching(/^PASSWORD_TOO_/) }),
    ]);
    const wrongCode = await page
      .post('/api/invitations/accept', { token, password: 'fietsen langs de Vecht', code: '000000' })
      .expect(400);
    expect(JSON.stringify(wrongCode.body.message)).toContain('code');
    await page
      .post('/api/invitations/accept', {
        token,
        password: 'fietsen langs de Vecht',
        code: authenticator.generate(secret),
      })
      .expect(204);
    await page
      .post('/api/invitations/accept', {
        token,
        password: 'nog een keer proberen',
        code: authenticator.generate(secret),
      })
      .expect(410);

    const agent = request.agent(server());
    const login = await agent
      .post('/api/auth/login')
      .send({ email: 'fleur.bakker@spoor.test', password: 'fietsen langs de Vecht' })
      .expect(200);
    expect(login.body).toEqual({ mfaRequired: true });
    const mfa = await agent
      .post('/api/auth/mfa')
      .set('X-CSRF-Token', csrfFrom(login) as string)
      .send({ code: authenticator.generate(secret) })
      .expect(200);
    expect(mfa.body.user).toMatchObject({ role: 'coach', displayName: 'Fleur Bakker' });
  });

  it('assigns a case to another coach with history, effective at once', async () => {
    const admin = await seeded.as('admin@spoor.test');
    const coach2 = await seeded.as('coach2@spoor.test');
    const coach2Id = (await coach2.get('/api/auth/me')).body.user.id;
    const cases = await admin.get('/api/cases?q=RI-2026-0001').expect(200);
    const caseId = cases.body.items[0].id;
    await coach2.get(`/api/cases/${caseId}`).expect(404);
    const history = await admin.agent
      .put(`/api/cases/${caseId}/assignments`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ role: 'coach', userId: coach2Id })
      .expect(200);
    expect(
      history.body.items
        .filter((a: { role: string }) => a.role === 'coach')
        .map((a: { userName: string; unassignedAt: string | null }) => [a.userName, a.unassignedAt === null]),
    ).toEqual([
      ['Sanne Jacobs', false],
      ['Mohamed El Amrani', true],
    ]);
    await coach2.get(`/api/cases/${caseId}`).expect(200);
    await (await seeded.as('coach@spoor.test')).get(`/api/cases/${caseId}`).expect(404);
    const bad = await admin.agent
      .put(`/api/cases/${caseId}/assignments`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ role: 'labour_expert', userId: coach2Id })
      .expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('userId');
    await coach2.agent
      .put(`/api/cases/${caseId}/assignments`)
      .set('X-CSRF-Token', coach2.csrf)
      .send({ role: 'coach', userId: coach2Id })
      .expect(403);
  });

  it('shows a case\u2019s assignment history only for a case that exists, naming its person in the access event', async () => {
    const admin = await seeded.as('admin@spoor.test');
    const cases = await admin.get('/api/cases?q=RI-2026-0001').expect(200);
    const [{ id: caseId, personId }] = cases.body.items as Array<{ id: string; personId: string }>;
    const history = await admin.get(`/api/cases/${caseId}/assignments`).expect(200);
    expect(history.body.total).toBeGreaterThan(0);
    expect(history.body).not.toHaveProperty('personId');
    const events = await queryAs(
      seeded.db.urls.owner,
      `SELECT person_ids::text[] AS person_ids FROM audit.access_events WHERE resource = 'case_assignment' AND action = 'read' AND case_id = '${caseId}' ORDER BY id DESC LIMIT 1`,
    );
    expect(events).toEqual({ rows: [{ person_ids: [personId] }] });
    const unknown = await admin.get('/api/cases/00000000-0000-4000-8000-00000000dead/assignments').expect(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
  });

  it('disables a user and changes roles with effect on the very next request', async () => {
    const admin = await seeded.as('admin@spoor.test');
    const client = await seeded.as('client@globex.spoor.test');
    await client.get('/api/cases').expect(200);
    const users = await admin.get('/api/admin/users').expect(200);
    const target = users.body.items.find((u: { email: string }) => u.email === 'client@globex.spoor.test');
    await admin.patch(`/api/admin/users/${target.id}`, { disabled: true }).expect(200);
    await client.get('/api/cases').expect(401);
    await admin.patch(`/api/admin/users/${target.id}`, { disabled: false }).expect(200);
    const self = users.body.items.find((u: { email: string }) => u.email === 'admin@spoor.test');
    await admin.patch(`/api/admin/users/${self.id}`, { disabled: true }).expect(409);
    const bad = await admin.patch(`/api/admin/users/${target.id}`, { role: 'wizard' }).expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('role');
    await (await seeded.as('coach@spoor.test')).get('/api/admin/users').expect(403);
  });

  it('resets a lost second factor: no login until the new one is enrolled', async () => {
    const admin = await seeded.as('admin@spoor.test');
    const users = await admin.get('/api/admin/users').expect(200);
    const expert = users.body.items.find((u: { email: string }) => u.email === 'expert@spoor.test');
    await admin.post(`/api/admin/users/${expert.id}/reset-second-factor`).expect(200);
    const refused = await request(server())
      .post('/api/auth/login')
      .send({ email: 'expert@spoor.test', password: 'Spoor-demo-2026!' })
      .expect(403);
    expect(refused.body.message).toMatch(/second factor/);
    const { token } = await lastMailTo('expert@spoor.test');
    const page = await anonymous();
    const inspect = await page.post('/api/invitations/inspect', { token }).expect(200);
    expect(inspect.body).toMatchObject({ purpose: 'reset_mfa', needsPassword: false });
    await page
      .post('/api/invitations/accept', { token, code: authenticator.generate(inspect.body.secondFactor.secret) })
      .expect(204);
    const login = await request(server())
      .post('/api/auth/login')
      .send({ email: 'expert@spoor.test', password: 'Spoor-demo-2026!' })
      .expect(200);
    expect(login.body).toEqual({ mfaRequired: true });
  });

  it('answers a password-reset request the same for known and unknown addresses, mailing only the known', async () => {
    const page = await anonymous();
    const known = await page.post('/api/auth/password-reset', { email: 'client@acme.spoor.test' }).expect(202);
    const unknown = await page.post('/api/auth/password-reset', { email: 'niemand@spoor.test' }).expect(202);
    expect(known.body).toEqual(unknown.body);
    const { token } = await lastMailTo('client@acme.spoor.test');
    await page.post('/api/invitations/accept', { token, password: 'een nieuw lang wachtwoord' }).expect(204);
    await request(server())
      .post('/api/auth/login')
      .send({ email: 'client@acme.spoor.test', password: 'een nieuw lang wachtwoord' })
      .expect(200);
    const files = await readdir(outbox());
    for (const file of files) expect(await readFile(join(outbox(), file), 'utf8')).not.toContain('niemand@spoor.test');
  });
});
