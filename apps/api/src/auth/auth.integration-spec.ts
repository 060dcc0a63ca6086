import { getDataSourceToken } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { authenticator } from 'otplib';
import request from 'supertest';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { User } from '../users/user.entity';
import type { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../seed/demo-seed';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';
import { createTestApp } from '../../test/utils/test-app';
import { DEMO_TOTP_SECRET } from '../seed/demo-secret';
import { csrfFrom, freshTotp, loginAs } from '../../test/utils/test-session';

const cookiesOf = (response: request.Response): string[] =>
  ([] as string[]).concat(response.headers['set-cookie'] ?? []);
const cookieNamed = (response: request.Response, name: string) =>
  cookiesOf(response).find((c) => c.startsWith(`${name}=`));

describe('authentication', () => {
  let seeded: SeededApp;
  const server = () => seeded.app.getHttpServer();

  beforeAll(async () => {
    seeded = await createSeededApp();
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('logs a participant in with a password only: httpOnly SameSite=Strict session, readable CSRF cookie', async () => {
    const response = await request(server())
      .post('/api/auth/login')
      .send({ email: 'participant@spoor.test', password: DEMO_PASSWORD })
      .expect(200);
    expect(response.body).toEqual({
      user: {
        id: expect.any(String),
        email: 'participant@spoor.test',
        role: 'participant',
        displayName: 'Jan de Vries',
        organisationId: null,
        personId: expect.any(String),
      },
    });
    const session = cookieNamed(response, 'spoor_session') ?? '';
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    const csrf = cookieNamed(response, 'csrf_token') ?? '';
    expect(csrf).not.toMatch(/HttpOnly/i);
  });

  it('gives staff no session before the second factor, and one after it', async () => {
    const agent = request.agent(server());
    const login = await agent
      .post('/api/auth/login')
      .send({ email: 'coach@spoor.test', password: DEMO_PASSWORD })
      .expect(200);
    expect(login.body).toEqual({ mfaRequired: true });
    expect(cookieNamed(login, 'spoor_session') ?? '').not.toMatch(/spoor_session=[^;]+/);
    await agent.get('/api/auth/me').expect(401);
    const csrf = csrfFrom(login) as string;
    await agent.post('/api/auth/mfa').set('X-CSRF-Token', csrf).send({ code: '000000' }).expect(401);
    const code = freshTotp('coach@spoor.test');
    const mfa = await agent.post('/api/auth/mfa').set('X-CSRF-Token', csrf).send({ code }).expect(200);
    expect(mfa.body.user).toMatchObject({ email: 'coach@spoor.test', role: 'coach', displayName: 'Sanne Jacobs' });
    await agent.get('/api/auth/me').expect(200);
  });

  it('accepts a TOTP code only once (accounts with their own secret)', async () => {
    const secret = authenticator.generateSecret();
    const email = 'nieuwe.coach@spoor.test';
    const fields = seeded.app.get<EncryptedFields>(PROCESS_FIELDS);
    const dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    const id = randomUUID();
    const user = await fields.seal(
      User,
      Object.assign(new User(), {
        id,
        role: 'coach',
        email,
        displayName: 'Nieuwe Coach',
        passwordHash: await hash(DEMO_PASSWORD),
        totpSecret: secret,
        mfaEnrolledAt: new Date(),
        organisationId: null,
        personId: null,
        disabledAt: null,
        totpLastStep: null,
      }),
    );
    await dataSource.getRepository(User).insert(user);
    const code = authenticator.generate(secret);
    const first = request.agent(server());
    const login1 = await first.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
    await first
      .post('/api/auth/mfa')
      .set('X-CSRF-Token', csrfFrom(login1) as string)
      .send({ code })
      .expect(200);
    const second = request.agent(server());
    const login2 = await second.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
    const replay = await second
      .post('/api/auth/mfa')
      .set('X-CSRF-Token', csrfFrom(login2) as string)
      .send({ code })
      .expect(401);
    expect(replay.body.message).toBe('Invalid or already used code');
  });

  it('lets scripts log in to a demo staff account repeatedly with the current code (published secret)', async () => {
    await loginAs(seeded.app, 'expert@spoor.test');
    await loginAs(seeded.app, 'expert@spoor.test');
  });

  it('answers a wrong password and an unknown account alike', async () => {
    const wrong = await request(server())
      .post('/api/auth/login')
      .send({ email: 'client@acme.spoor.test', password: 'not-the-password' })
      .expect(401);
    const unknown = await request(server())
      .post('/api/auth/login')
      .send({ email: 'nobody@spoor.test', password: 'not-the-password' })
      .expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({
      statusCode: 401,
      code: 'LOGIN_INVALID',
      message: 'Invalid e-mail address or password',
      error: 'Unauthorized',
    });
  });

  it('names the field of malformed login input', async () => {
    const response = await request(server())
      .post('/api/auth/login')
      .send({ email: 'not-an-email', password: '' })
      .expect(400);
    expect(response.body.message).toEqual(expect.arrayContaining(['email must be an e-mail address']));
    expect(JSON.stringify(response.body.message)).toContain('password');
  });

  it('refuses a state-changing request without the CSRF header', async () => {
    const client = await loginAs(seeded.app, 'client@globex.spoor.test');
    const response = await client.agent.post('/api/auth/logout').expect(403);
    expect(response.body.message).toMatch(/CSRF/);
    await client.agent.post('/api/auth/logout').set('X-CSRF-Token', 'forged').expect(403);
    await client.get('/api/auth/me').expect(200);
  });

  it('ends the session on the server at logout: the old cookie is dead', async () => {
    const login = await request(server())
      .post('/api/auth/login')
      .send({ email: 'client@acme.spoor.test', password: DEMO_PASSWORD })
      .expect(200);
    // Captured before logout, as an attacker who copied it would have it; the browser's jar drops it at logout.
    // (Login first clears any old session cookie, then sets the new one: take the one with a value.)
    const stolen =
      cookiesOf(login)
        .map((c) => c.split(';')[0])
        .find((c) => /^spoor_session=.+/.test(c)) ?? '';
    expect(stolen).toMatch(/^spoor_session=[^;]+$/);
    const csrf = csrfFrom(login) as string;
    const me = await request(server()).get('/api/auth/me').set('Cookie', stolen).expect(200);
    expect(me.body.user.email).toBe('client@acme.spoor.test');
    await request(server())
      .post('/api/auth/logout')
      .set('Cookie', [stolen, `csrf_token=${encodeURIComponent(csrf)}`])
      .set('X-CSRF-Token', csrf)
      .expect(204);
    await request(server()).get('/api/auth/me').set('Cookie', stolen).expect(401);
  });

  it('throttles 25 wrong passwords in a row, and then refuses even the right one', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const response = await request(server())
        .post('/api/auth/login')
        .send({ email: 'coach2@spoor.test', password: `wrong-${i}` });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(401), ...Array<number>(15).fill(429)]);
    const locked = await request(server())
      .post('/api/auth/login')
      .send({ email: 'coach2@spoor.test', password: DEMO_PASSWORD })
      .expect(429);
    expect(locked.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_ATTEMPTS', error: 'Too Many Requests' });
    expect(locked.body.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('throttles a parallel burst too: of 25 guesses at once at most 10 are checked, the rest get 429 with Retry-After', async () => {
    const dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    // One listening server for the burst (supertest would otherwise start one per request, all on this server).
    const http = server();
    if (!http.listening) await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
    try {
      const responses = await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          request(server())
            .post('/api/auth/login')
            .set('X-Forwarded-For', '203.0.113.7')
            .send({ email: 'privacy@spoor.test', password: `guess-${i}` }),
        ),
      );
      const statuses = responses.map((r) => r.status);
      // At most ten guesses are ever checked against the password, however the burst interleaves.
      const checked = statuses.filter((s) => s === 401).length;
      expect(checked).toBeGreaterThan(0);
      expect(checked).toBeLessThanOrEqual(10);
      expect(statuses.filter((s) => s === 429)).toHaveLength(25 - checked);
      await request(server())
        .post('/api/auth/login')
        .set('X-Forwarded-For', '203.0.113.8')
        .send({ email: 'privacy@spoor.test', password: DEMO_PASSWORD })
        .expect(429);
      const refused = responses.find((r) => r.status === 429);
      expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await dataSource.query('DELETE FROM public.auth_failures');
    }
  });

  it('throttles per source address across accounts (30 failures), then refuses a new account from there too', async () => {
    const dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    try {
      for (let i = 0; i < 30; i++) {
        await request(server())
          .post('/api/auth/login')
          .set('X-Forwarded-For', '198.51.100.9')
          .send({ email: `nobody-${i}@example.test`, password: 'wrong-password-1' })
          .expect(401);
      }
      await request(server())
        .post('/api/auth/login')
        .set('X-Forwarded-For', '198.51.100.9')
        .send({ email: 'client@globex.spoor.test', password: DEMO_PASSWORD })
        .expect(429);
      // Another address is not affected.
      await request(server())
        .post('/api/auth/login')
        .set('X-Forwarded-For', '198.51.100.10')
        .send({ email: 'client@globex.spoor.test', password: DEMO_PASSWORD })
        .expect(200);
    } finally {
      await dataSource.query('DELETE FROM public.auth_failures');
    }
  });

  it('throttles wrong second-factor codes per account: the eleventh try is 429 even with the right code', async () => {
    const dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    try {
      const agent = request.agent(server());
      const login = await agent
        .post('/api/auth/login')
        .send({ email: 'admin@spoor.test', password: DEMO_PASSWORD })
        .expect(200);
      expect(login.body).toEqual({ mfaRequired: true });
      const csrf = csrfFrom(login) as string;
      const valid = authenticator.generate('JBSWY3DPEHPK3PXP');
      const wrong = valid === '000000' ? '111111' : '000000';
      for (let i = 0; i < 10; i++)
        await agent.post('/api/auth/mfa').set('X-CSRF-Token', csrf).send({ code: wrong }).expect(401);
      const locked = await agent.post('/api/auth/mfa').set('X-CSRF-Token', csrf).send({ code: valid }).expect(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      await agent.get('/api/auth/me').expect(401);
    } finally {
      await dataSource.query('DELETE FROM public.auth_failures');
    }
  });

  describe('second factor brute force: its own count, across logins', () => {
    const wrongCode = () => (authenticator.generate(DEMO_TOTP_SECRET) === '000000' ? '111111' : '000000');

    /** A fresh login with the right password: the second factor is pending. */
    async function passwordStep(email: string) {
      const agent = request.agent(server());
      const login = await agent.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
      expect(login.body).toEqual({ mfaRequired: true });
      const csrf = csrfFrom(login) as string;
      return { agent, mfa: (code: string) => agent.post('/api/auth/mfa').set('X-CSRF-Token', csrf).send({ code }) };
    }

    it('locks the second factor at 10 wrong codes even when each login starts afresh; only an admin or the window releases it', async () => {
      const dataSource = seeded.app.get<DataSource>(getDataSourceToken());
      try {
        // 9 wrong codes, a fresh login with the right password, 9 more: before, the fresh login cleared the count.
        const first = await passwordStep('coach@spoor.test');
        for (let i = 0; i < 9; i++) await first.mfa(wrongCode()).expect(401);
        const second = await passwordStep('coach@spoor.test');
        await second.mfa(wrongCode()).expect(401); // the tenth
        const locked = await second.mfa(authenticator.generate(DEMO_TOTP_SECRET)).expect(429);
        expect(locked.body).toMatchObject({ statusCode: 429, code: 'SECOND_FACTOR_LOCKED' });
        expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
        await second.agent.get('/api/auth/me').expect(401);
        // A right password does not unlock it: the login itself says the second factor is locked.
        const again = await request(server())
          .post('/api/auth/login')
          .send({ email: 'coach@spoor.test', password: DEMO_PASSWORD })
          .expect(429);
        expect(again.body.code).toBe('SECOND_FACTOR_LOCKED');

        // The admin releases it (access-logged); then the right code logs in.
        const admin = await seeded.as('admin@spoor.test');
        const coachId = (await admin.get('/api/admin/users').expect(200)).body.items.find(
          (u: { email: string }) => u.email === 'coach@spoor.test',
        ).id as string;
        await admin.post(`/api/admin/users/${coachId}/second-factor/release`).expect(204);
        const [event] = await dataSource.query(
          `SELECT action, outcome, resource, resource_id, fields FROM audit.access_events
            WHERE resource = 'user' AND resource_id = $1 AND 'secondFactorLock' = ANY(fields)`,
          [coachId],
        );
        expect(event).toMatchObject({ action: 'update', outcome: 'allowed', resource_id: coachId });
        const released = await passwordStep('coach@spoor.test');
        await released.mfa(freshTotp('coach@spoor.test')).expect(200);
        await released.agent.get('/api/auth/me').expect(200);
      } finally {
        await dataSource.query('DELETE FROM public.auth_failures');
      }
    });

    it('lets only an admin release a second factor', async () => {
      const coach = await seeded.as('coach2@spoor.test');
      const admin = await seeded.as('admin@spoor.test');
      const users = (await admin.get('/api/admin/users').expect(200)).body.items as { id: string; email: string }[];
      const expertId = users.find((u) => u.email === 'expert@spoor.test')?.id as string;
      const participantId = users.find((u) => u.email === 'participant@spoor.test')?.id as string;
      await coach.post(`/api/admin/users/${expertId}/second-factor/release`).expect(403);
      await admin.post(`/api/admin/users/${participantId}/second-factor/release`).expect(409);
      await admin.post('/api/admin/users/00000000-0000-4000-8000-000000000000/second-factor/release').expect(404);
      const bad = await admin.post('/api/admin/users/not-a-uuid/second-factor/release').expect(400);
      expect(JSON.stringify(bad.body)).toContain('id');
    });
  });

  it.each([
    ['fullwidth c', '\uff43oach2@spoor.test'],
    ['circled c', '\u24d2oach2@spoor.test'],
    ['upper case and spaces', '  COACH2@SPOOR.TEST '],
  ])('counts password guesses by the account, not by its spelling (%s)', async (_name, spelling) => {
    const dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    try {
      // Each spelling reaches the account (the lookup normalises NFKC + case folding)…
      const right = await request(server())
        .post('/api/auth/login')
        .send({ email: spelling.trim(), password: DEMO_PASSWORD });
      expect(right.status).toBe(200);
      expect(right.body).toEqual({ mfaRequired: true });
      // …so it also spends the account's budget: 10 guesses in plain spelling, then the other spelling is refused.
      for (let i = 0; i < 10; i++)
        await request(server())
          .post('/api/auth/login')
          .send({ email: 'coach2@spoor.test', password: `wrong-${i}` })
          .expect(401);
      const other = await request(server())
        .post('/api/auth/login')
        .send({ email: spelling.trim(), password: 'yet-another-guess' })
        .expect(429);
      expect(other.body.code).toBe('TOO_MANY_ATTEMPTS');
    } finally {
      await dataSource.query('DELETE FROM public.auth_failures');
    }
  });

  it('counts guesses at an unknown address by its normalised form too', async () => {
    const dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    try {
      for (let i = 0; i < 10; i++)
        await request(server())
          .post('/api/auth/login')
          .send({ email: 'nobody.here@spoor.test', password: `wrong-${i}` })
          .expect(401);
      await request(server())
        .post('/api/auth/login')
        .send({ email: '\uff4eobody.here@SPOOR.test', password: 'wrong' })
        .expect(429);
    } finally {
      await dataSource.query('DELETE FROM public.auth_failures');
    }
  });

  describe('login CSRF: JSON only, from the app itself', () => {
    it('refuses a form-encoded login with 415 and sets no session', async () => {
      const response = await request(server())
        .post('/api/auth/login')
        .type('form')
        .send({ email: 'participant@spoor.test', password: DEMO_PASSWORD })
        .expect(415);
      expect(response.body).toMatchObject({ statusCode: 415, code: 'JSON_REQUIRED' });
      expect(cookieNamed(response, 'spoor_session')).toBeUndefined();
    });

    it.each([
      ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
      ['Sec-Fetch-Site: same-site', { 'Sec-Fetch-Site': 'same-site' }],
      ['a foreign Origin', { Origin: 'https://evil.example' }],
      ['Origin: null', { Origin: 'null' }],
    ])('refuses a login marked %s with 403 LOGIN_CROSS_SITE', async (_name, headers) => {
      const response = await request(server())
        .post('/api/auth/login')
        .set(headers)
        .send({ email: 'participant@spoor.test', password: DEMO_PASSWORD })
        .expect(403);
      expect(response.body).toMatchObject({ statusCode: 403, code: 'LOGIN_CROSS_SITE' });
      expect(cookieNamed(response, 'spoor_session')).toBeUndefined();
    });

    it('accepts a login from its own origin (public URL or request host) and one without either header', async () => {
      await request(server())
        .post('/api/auth/login')
        .set({ Origin: 'http://localhost:3000', 'Sec-Fetch-Site': 'same-origin' })
        .send({ email: 'participant@spoor.test', password: DEMO_PASSWORD })
        .expect(200);
      await request(server())
        .post('/api/auth/login')
        .set({ Origin: 'http://spoor.internal:8080', Host: 'spoor.internal:8080' })
        .send({ email: 'participant@spoor.test', password: DEMO_PASSWORD })
        .expect(200);
      await request(server())
        .post('/api/auth/login')
        .send({ email: 'participant@spoor.test', password: DEMO_PASSWORD })
        .expect(200);
    });

    it('refuses a cross-site second-factor step too', async () => {
      const agent = request.agent(server());
      const login = await agent
        .post('/api/auth/login')
        .send({ email: 'expert@spoor.test', password: DEMO_PASSWORD })
        .expect(200);
      const response = await agent
        .post('/api/auth/mfa')
        .set({ 'X-CSRF-Token': csrfFrom(login) as string, 'Sec-Fetch-Site': 'cross-site' })
        .send({ code: authenticator.generate(DEMO_TOTP_SECRET) })
        .expect(403);
      expect(response.body.code).toBe('LOGIN_CROSS_SITE');
    });
  });

  it('gives the demo secret no replay exemption in production (the exemption is the demo configuration, not auth)', async () => {
    const production = await createTestApp(seeded.db.urls, {
      nodeEnv: 'production',
      dataDir: seeded.dataDir,
      smtpUrl: 'smtp://127.0.0.1:9',
    });
    try {
      // Secure cookies do not travel over plain HTTP in a cookie jar: carry them by hand.
      const step = async () => {
        const login = await request(production.getHttpServer())
          .post('/api/auth/login')
          .send({ email: 'privacy@spoor.test', password: DEMO_PASSWORD })
          .expect(200);
        const cookies = cookiesOf(login)
          .map((c) => c.split(';')[0])
          .filter((c) => !/=$/.test(c));
        return (code: string) =>
          request(production.getHttpServer())
            .post('/api/auth/mfa')
            .set('Cookie', cookies)
            .set('X-CSRF-Token', csrfFrom(login) as string)
            .send({ code });
      };
      const code = freshTotp('privacy@spoor.test');
      await (await step())(code).expect(200);
      const replay = await (await step())(code).expect(401);
      expect(replay.body.code).toBe('SECOND_FACTOR_CODE_INVALID');
    } finally {
      await production.close();
      await seeded.app.get<DataSource>(getDataSourceToken()).query('DELETE FROM public.auth_failures');
    }
  });

  it('ends a session after 30 idle minutes and after 12 hours in all, whatever the activity', async () => {
    const dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    const idle = await loginAs(seeded.app, 'client@globex.spoor.test');
    const userId = (await idle.get('/api/auth/me').expect(200)).body.user.id;
    await dataSource.query(
      "UPDATE public.sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1",
      [userId],
    );
    await idle.get('/api/auth/me').expect(401);
    const busy = await loginAs(seeded.app, 'client@globex.spoor.test');
    await busy.get('/api/auth/me').expect(200);
    // Active a minute ago, but its 12 hours are over: the absolute limit holds.
    await dataSource.query(
      "UPDATE public.sessions SET last_seen_at = now() - interval '1 minute', expires_at = now() - interval '1 second' WHERE user_id = $1",
      [userId],
    );
    await busy.get('/api/auth/me').expect(401);
    const fresh = await loginAs(seeded.app, 'client@globex.spoor.test');
    await fresh.get('/api/auth/me').expect(200);
  });

  it('takes a disabled account out at the very next request', async () => {
    const client = await loginAs(seeded.app, 'participant@spoor.test');
    await client.get('/api/auth/me').expect(200);
    const dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    await dataSource.query("UPDATE public.users SET disabled_at = now() WHERE role = 'participant'");
    await client.get('/api/auth/me').expect(401);
    await request(server())
      .post('/api/auth/login')
      .send({ email: 'participant@spoor.test', password: DEMO_PASSWORD })
      .expect(401);
    await dataSource.query("UPDATE public.users SET disabled_at = NULL WHERE role = 'participant'");
  });

  it('answers 401 without a session on a protected route', async () => {
    await request(server()).get('/api/cases').expect(401);
  });
});
