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
