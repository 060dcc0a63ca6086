import { getDataSourceToken } from '@nestjs/typeorm';
import { authenticator } from 'otplib';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { AfterResponseQueue } from '../../src/invitations/after-response-queue';
import { MailService, type MailMessage } from '../../src/platform/mail/mail.service';
import { DEMO_PASSWORD } from '../../src/seed/demo-seed';
import { DEMO_TOTP_SECRET } from '../../src/seed/demo-secret';
import { createSeededApp, type SeededApp } from '../utils/seeded-app';
import { createTestApp } from '../utils/test-app';
import { csrfFrom, freshTotp } from '../utils/test-session';

/**
 * Red team, issue 14 items 1, 2, 3, 9, 10 (TOTP) and 11: attacks on logging in, replayed end to end over HTTP
 * against the real app and PostgreSQL. Each defence is asserted next to a positive control.
 */
describe('authentication attacks', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  const server = () => seeded.app.getHttpServer();
  const login = (email: string, password: string) =>
    request(server()).post('/api/auth/login').send({ email, password });
  const wrongCode = () => (authenticator.generate(DEMO_TOTP_SECRET) === '000000' ? '111111' : '000000');

  /** The attacker knows the password: each round is a fresh login, then second-factor guesses. */
  async function passwordStep(email: string) {
    const agent = request.agent(server());
    const response = await agent.post('/api/auth/login').send({ email, password: DEMO_PASSWORD });
    const csrf = csrfFrom(response) as string;
    return {
      status: response.status,
      body: response.body,
      agent,
      mfa: (code: string) => agent.post('/api/auth/mfa').set('X-CSRF-Token', csrf).send({ code }),
    };
  }

  /** A page before login: it carries the CSRF cookie and header, from the given source address. */
  async function resetPage(address: string) {
    const agent = request.agent(server());
    const csrf = csrfFrom(await agent.get('/api/auth/csrf').expect(200)) as string;
    return (email: string) =>
      agent.post('/api/auth/password-reset').set('X-CSRF-Token', csrf).set('X-Forwarded-For', address).send({ email });
  }

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
  }, 120_000);

  afterEach(async () => {
    jest.restoreAllMocks();
    await seeded.app.get(AfterResponseQueue).drained();
    await dataSource.query('DELETE FROM public.auth_failures');
  });

  afterAll(async () => {
    await seeded?.close();
  });

  describe('attack: guessing the second factor in rounds of 9, with a fresh login between rounds', () => {
    it('locks the second factor at the 10th wrong code; the right code and the right password do not open it', async () => {
      const rounds: number[][] = [];
      for (let round = 0; round < 3; round++) {
        const attempt = await passwordStep('expert@spoor.test');
        if (attempt.status !== 200) {
          rounds.push([attempt.status]);
          break;
        }
        const statuses: number[] = [];
        for (let i = 0; i < 9; i++) statuses.push((await attempt.mfa(wrongCode())).status);
        rounds.push(statuses);
      }
      // Round one: 9 × 401. Round two: the 10th wrong code is the last one checked. Round three: refused at login.
      expect(rounds).toEqual([Array(9).fill(401), [401, ...Array(8).fill(429)], [429]]);
      const victim = await passwordStep('expert@spoor.test');
      expect(victim.status).toBe(429);
      expect(victim.body.code).toBe('SECOND_FACTOR_LOCKED');

      // Positive control: an administrator releases it, and the right code logs in.
      const admin = await seeded.as('admin@spoor.test');
      const users = (await admin.get('/api/admin/users').expect(200)).body.items as { id: string; email: string }[];
      const expertId = users.find((u) => u.email === 'expert@spoor.test')?.id as string;
      await admin.post(`/api/admin/users/${expertId}/second-factor/release`).expect(204);
      const released = await passwordStep('expert@spoor.test');
      await released.mfa(freshTotp('expert@spoor.test')).expect(200);
    });
  });

  describe('attack: a fresh password budget per spelling of the address', () => {
    it.each([
      ['fullwidth', '\uff43oach@spoor.test'],
      ['circled', '\u24d2oach@spoor.test'],
      ['upper case', 'COACH@SPOOR.TEST'],
    ])('spends the account’s one budget whatever the spelling (%s)', async (_name, spelling) => {
      for (let i = 0; i < 10; i++) await login('coach@spoor.test', `guess-${i}`).expect(401);
      const other = await login(spelling, 'guess-10').expect(429);
      expect(other.body.code).toBe('TOO_MANY_ATTEMPTS');
      // Control: the spelling itself reaches the account (so it must share its budget).
      await dataSource.query('DELETE FROM public.auth_failures');
      expect((await login(spelling, DEMO_PASSWORD).expect(200)).body).toEqual({ mfaRequired: true });
    });
  });

  describe('attack: taking over an invitation with a guessable password', () => {
    it('refuses passwords from Dutch and English dictionaries and the owner’s own name, with a reason', async () => {
      const sent: MailMessage[] = [];
      jest.spyOn(seeded.app.get(MailService), 'send').mockImplementation(async (m) => void sent.push(m));
      const admin = await seeded.as('admin@spoor.test');
      await admin
        .post('/api/admin/users', { email: 'anouk.smit@spoor.test', displayName: 'Anouk Smit', role: 'coach' })
        .expect(201);
      const token = /invitation#token=([A-Za-z0-9_-]+)/.exec(sent[0]?.text ?? '')?.[1] as string;
      const agent = request.agent(server());
      const csrf = csrfFrom(await agent.get('/api/auth/csrf').expect(200)) as string;
      const accept = (password: string) =>
        agent.post('/api/invitations/accept').set('X-CSRF-Token', csrf).send({ token, password, code: '123456' });
      const reasons: Record<string, string> = {};
      for (const password of ['Amsterdam2024!', 'voetbal12345', 'AnoukSmit2026', 'iloveyou1234', '1q2w3e4r5t6y'])
        reasons[password] = (await accept(password).expect(400)).body.fields[0].code;
      expect(reasons).toEqual({
        'Amsterdam2024!': expect.stringMatching(/^PASSWORD_/),
        voetbal12345: expect.stringMatching(/^PASSWORD_/),
        AnoukSmit2026: 'PASSWORD_CONTAINS_PERSONAL_INFO',
        iloveyou1234: 'PASSWORD_TOO_COMMON',
        '1q2w3e4r5t6y': expect.stringMatching(/^PASSWORD_(TOO_COMMON|PREDICTABLE_PATTERN)$/),
      });
      // Control: a strong passphrase gets past the password rules (and on to the second factor's check).
      const strong = await accept('ijsvogel boven de Linge').expect(400);
      expect(strong.body.fields).toEqual([expect.objectContaining({ field: 'code' })]);
    });
  });

  describe('attack: telling accounts apart and mail-bombing through the password reset', () => {
    it('answers before the account is even looked up, while the mail is stuck', async () => {
      let release: () => void = () => undefined;
      const stuck = new Promise<void>((resolve) => (release = resolve));
      const sent: string[] = [];
      jest.spyOn(seeded.app.get(MailService), 'send').mockImplementation(async (m) => {
        await stuck;
        sent.push(m.to);
      });
      const reset = await resetPage('203.0.113.50');
      const known = await reset('participant@spoor.test').timeout(5_000).expect(202);
      const unknown = await reset('onbekend@spoor.test').timeout(5_000).expect(202);
      expect(known.body).toEqual(unknown.body);
      expect(sent).toEqual([]);
      release();
      await seeded.app.get(AfterResponseQueue).drained();
      expect(sent).toEqual(['participant@spoor.test']);
    });

    it('refuses the 6th reset mail to one account within the window, from any address or spelling', async () => {
      jest.spyOn(seeded.app.get(MailService), 'send').mockResolvedValue(undefined);
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        const reset = await resetPage(`198.51.100.${i + 1}`);
        statuses.push((await reset(i % 2 ? 'PARTICIPANT@spoor.test' : 'participant@spoor.test')).status);
      }
      expect(statuses).toEqual([202, 202, 202, 202, 202, 429, 429]);
    });
  });

  describe('attack: login CSRF (a cross-site form logs the victim into the attacker’s account)', () => {
    it('refuses the form post and the cross-site JSON post; no session cookie is set', async () => {
      const form = await request(server())
        .post('/api/auth/login')
        .set({ Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' })
        .type('form')
        .send({ email: 'client@globex.spoor.test', password: DEMO_PASSWORD });
      const json = await request(server())
        .post('/api/auth/login')
        .set({ Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' })
        .send({ email: 'client@globex.spoor.test', password: DEMO_PASSWORD });
      const plainForm = await request(server())
        .post('/api/auth/login')
        .type('form')
        .send({ email: 'client@globex.spoor.test', password: DEMO_PASSWORD });
      expect([form.status, json.status, plainForm.status]).toEqual([403, 403, 415]);
      for (const response of [form, json, plainForm])
        expect(String(response.headers['set-cookie'] ?? '')).not.toMatch(/spoor_session=[^;]/);
      // Control: the app's own page logs in.
      await request(server())
        .post('/api/auth/login')
        .set({ Origin: 'http://localhost:3000', 'Sec-Fetch-Site': 'same-origin' })
        .send({ email: 'client@globex.spoor.test', password: DEMO_PASSWORD })
        .expect(200);
    });
  });

  describe('login CSRF: the edges of the same-origin check', () => {
    const loginWith = (headers: Record<string, string>) =>
      request(server())
        .post('/api/auth/login')
        .set(headers)
        .send({ email: 'client@globex.spoor.test', password: DEMO_PASSWORD });

    it.each([
      ['Origin: null (sandboxed frame, file: page)', { Origin: 'null' }],
      ['a foreign Origin without Sec-Fetch-Site', { Origin: 'https://evil.example' }],
      ['Sec-Fetch-Site: same-site (a sibling subdomain)', { 'Sec-Fetch-Site': 'same-site' }],
      ['same-site with the app’s own Origin', { Origin: 'http://localhost:3000', 'Sec-Fetch-Site': 'same-site' }],
      ['a lookalike host', { Origin: 'http://localhost:3000.evil.example' }],
      ['another port', { Origin: 'http://localhost:30001' }],
      ['another scheme', { Origin: 'https://localhost:3000' }],
    ])('refuses %s with 403 LOGIN_CROSS_SITE and no session', async (_name, headers) => {
      const response = await loginWith(headers);
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 403, code: 'LOGIN_CROSS_SITE' });
      expect(String(response.headers['set-cookie'] ?? '')).not.toMatch(/spoor_session=[^;]/);
    });

    // Scheme and host are case-insensitive and URL parsing lower-cases them (browsers send the serialised,
    // lower-case origin anyway); no other site can send an Origin that parses to the app's own.
    it.each([
      ['upper case', 'HTTP://LOCALHOST:3000'],
      ['a trailing slash', 'http://localhost:3000/'],
    ])('takes the app’s own origin in %s as its own', async (_name, origin) => {
      expect((await loginWith({ Origin: origin, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    });
  });

  describe('attack: a second-factor challenge obtained before the lock, used after it', () => {
    it('refuses even the right code (429 SECOND_FACTOR_LOCKED): the lock holds for challenges issued earlier', async () => {
      const early = await passwordStep('expert@spoor.test');
      expect(early.status).toBe(200);
      const attacker = await passwordStep('expert@spoor.test');
      for (let i = 0; i < 10; i++) await attacker.mfa(wrongCode()).expect(401);
      const late = await early.mfa(authenticator.generate(DEMO_TOTP_SECRET));
      expect({ status: late.status, code: late.body.code }).toEqual({ status: 429, code: 'SECOND_FACTOR_LOCKED' });
      expect(Number(late.headers['retry-after'])).toBeGreaterThan(0);
      await early.agent.get('/api/auth/me').expect(401);
    });
  });

  describe('attack: unlimited tries at an invitation link (a refused password does not use it up)', () => {
    async function invite(email: string, displayName: string) {
      const sent: MailMessage[] = [];
      const spy = jest.spyOn(seeded.app.get(MailService), 'send').mockImplementation(async (m) => void sent.push(m));
      const admin = await seeded.as('admin@spoor.test');
      await admin.post('/api/admin/users', { email, displayName, role: 'coach' }).expect(201);
      spy.mockRestore();
      return /invitation#token=([A-Za-z0-9_-]+)/.exec(sent[0]?.text ?? '')?.[1] as string;
    }

    async function linkPage(address: string) {
      const agent = request.agent(server());
      const csrf = csrfFrom(await agent.get('/api/auth/csrf').expect(200)) as string;
      const post = (path: string, body: object) =>
        agent.post(path).set('X-CSRF-Token', csrf).set('X-Forwarded-For', address).send(body);
      return {
        accept: (token: string, password: string, code: string) =>
          post('/api/invitations/accept', { token, password, code }),
        secret: async (token: string) =>
          (await post('/api/invitations/inspect', { token }).expect(200)).body.secondFactor.secret as string,
      };
    }

    it('refuses the 11th try at one link (429, Retry-After) from any address, even with the right password and code', async () => {
      const token = await invite('sanne.visser@spoor.test', 'Sanne Visser');
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        const page = await linkPage(`192.0.2.${i + 1}`);
        statuses.push((await page.accept(token, 'welkom123456', '123456')).status);
      }
      expect(statuses).toEqual([...Array(10).fill(400), 429]);
      const page = await linkPage('192.0.2.100');
      const secret = await page.secret(token);
      const locked = await page.accept(token, 'ijsvogel boven de Linge', authenticator.generate(secret));
      expect({ status: locked.status, code: locked.body.code }).toEqual({ status: 429, code: 'TOO_MANY_ATTEMPTS' });
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      // Control: once the window has passed, the link still works for its owner.
      await dataSource.query('DELETE FROM public.auth_failures');
      await page.accept(token, 'ijsvogel boven de Linge', authenticator.generate(secret)).expect(204);
    });

    it('refuses the 31st try from one source address, whichever links it tries', async () => {
      const token = await invite('daan.jansen@spoor.test', 'Daan Jansen');
      const attacker = await linkPage('203.0.113.77');
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++)
        statuses.push(
          (await attacker.accept(`${'x'.repeat(30)}${String(i).padStart(4, '0')}`, 'welkom123456', '123456')).status,
        );
      expect(statuses).toEqual(Array(30).fill(410));
      const secret = await (await linkPage('203.0.113.78')).secret(token);
      const refused = await attacker.accept(token, 'ijsvogel boven de Linge', authenticator.generate(secret));
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 429, code: 'TOO_MANY_ATTEMPTS' });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // Control: the owner, elsewhere, is not locked out by the attacker's address.
      await (await linkPage('203.0.113.78'))
        .accept(token, 'ijsvogel boven de Linge', authenticator.generate(secret))
        .expect(204);
    });
  });

  describe('attack: replaying an observed TOTP code of an account with the published demo secret in production', () => {
    it('is refused in production; the demo exemption exists only outside it', async () => {
      const production = await createTestApp(seeded.db.urls, {
        nodeEnv: 'production',
        dataDir: seeded.dataDir,
        smtpUrl: 'smtp://127.0.0.1:9',
      });
      try {
        const mfaWith = async (code: string) => {
          const response = await request(production.getHttpServer())
            .post('/api/auth/login')
            .send({ email: 'coach2@spoor.test', password: DEMO_PASSWORD })
            .expect(200);
          const cookies = ([] as string[])
            .concat(response.headers['set-cookie'] ?? [])
            .map((c) => c.split(';')[0])
            .filter((c) => !c.endsWith('='));
          return request(production.getHttpServer())
            .post('/api/auth/mfa')
            .set('Cookie', cookies)
            .set('X-CSRF-Token', csrfFrom(response) as string)
            .send({ code });
        };
        const observed = freshTotp('coach2@spoor.test');
        expect((await mfaWith(observed)).status).toBe(200);
        const replay = await mfaWith(observed);
        expect({ status: replay.status, code: replay.body.code }).toEqual({
          status: 401,
          code: 'SECOND_FACTOR_CODE_INVALID',
        });
      } finally {
        await production.close();
      }
    });
  });

  describe('the replay exemption is chosen by the composition root: the demo secret in development only', () => {
    /** A demo account's observed code, used twice against the real app wired for `nodeEnv`. */
    async function replayIn(nodeEnv: 'production' | 'development' | 'test', email: string) {
      const app = await createTestApp(seeded.db.urls, {
        nodeEnv,
        dataDir: seeded.dataDir,
        ...(nodeEnv === 'production' ? { smtpUrl: 'smtp://127.0.0.1:9' } : {}),
      });
      try {
        const mfaWith = async (code: string) => {
          const login = await request(app.getHttpServer())
            .post('/api/auth/login')
            .send({ email, password: DEMO_PASSWORD })
            .expect(200);
          // Secure cookies (production) do not travel over plain HTTP in a cookie jar: carry them by hand.
          const cookies = ([] as string[])
            .concat(login.headers['set-cookie'] ?? [])
            .map((c) => c.split(';')[0])
            .filter((c) => !c.endsWith('='));
          return request(app.getHttpServer())
            .post('/api/auth/mfa')
            .set('Cookie', cookies)
            .set('X-CSRF-Token', csrfFrom(login) as string)
            .send({ code });
        };
        const observed = freshTotp(email);
        const first = await mfaWith(observed);
        const replay = await mfaWith(observed);
        return [first.status, replay.status];
      } finally {
        await app.close();
      }
    }

    it('production (SECOND_FACTOR_REPLAY_EXEMPT empty): the replayed code is refused', async () => {
      expect(await replayIn('production', 'admin@spoor.test')).toEqual([200, 401]);
    });

    it('development (the demo secret provided): the same replay is accepted', async () => {
      expect(await replayIn('development', 'coach@spoor.test')).toEqual([200, 200]);
    });

    it('test: no exemption unless a spec opts in (only NODE_ENV=development exactly gets it)', async () => {
      expect(await replayIn('test', 'privacy@spoor.test')).toEqual([200, 401]);
    });
  });
});
