import { getDataSourceToken } from '@nestjs/typeorm';
import { authenticator } from 'otplib';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';
import { csrfFrom } from '../../test/utils/test-session';
import { MailService, type MailMessage } from '../platform/mail/mail.service';
import { AfterResponseQueue } from './after-response-queue';

describe('invitations and password reset', () => {
  let seeded: SeededApp;
  const server = () => seeded.app.getHttpServer();
  const mail = () => seeded.app.get(MailService);
  const queue = () => seeded.app.get(AfterResponseQueue);
  const dataSource = () => seeded.app.get<DataSource>(getDataSourceToken());
  const tokenIn = (message: MailMessage) => /invitation#token=([A-Za-z0-9_-]+)/.exec(message.text)?.[1] as string;

  /** A client without session that carries a CSRF cookie, as the invitation and reset pages do. */
  async function anonymous(address = '192.0.2.1') {
    const agent = request.agent(server());
    const csrf = csrfFrom(await agent.get('/api/auth/csrf').expect(200)) as string;
    return {
      post: (path: string, body: object) =>
        agent.post(path).set('X-CSRF-Token', csrf).set('X-Forwarded-For', address).send(body),
    };
  }

  beforeAll(async () => {
    seeded = await createSeededApp();
  }, 120_000);

  afterEach(async () => {
    jest.restoreAllMocks();
    await queue().drained();
    await dataSource().query('DELETE FROM public.auth_failures');
  });

  afterAll(async () => {
    await seeded?.close();
  });

  it('refuses a guessable password where a password is set (invitation), naming the reason; accepts a strong one', async () => {
    const sent: MailMessage[] = [];
    jest.spyOn(mail(), 'send').mockImplementation(async (message) => void sent.push(message));
    const admin = await seeded.as('admin@spoor.test');
    await admin
      .post('/api/admin/users', { email: 'joost.mulder@spoor.test', displayName: 'Joost Mulder', role: 'coach' })
      .expect(201);
    const token = tokenIn(sent.find((m) => m.to === 'joost.mulder@spoor.test') as MailMessage);
    const page = await anonymous();
    const inspect = await page.post('/api/invitations/inspect', { token }).expect(200);
    const code = () => authenticator.generate(inspect.body.secondFactor.secret as string);
    for (const [password, reason] of [
      ['welkom123456', 'PASSWORD_TOO_COMMON'],
      ['JoostMulder1985', 'PASSWORD_CONTAINS_PERSONAL_INFO'],
      ['asdfasdfasdf', 'PASSWORD_PREDICTABLE_PATTERN'],
      ['wachtwoord123', 'PASSWORD_TOO_WEAK'],
    ]) {
      const weak = await page.post('/api/invitations/accept', { token, password, code: code() }).expect(400);
      expect({ password, body: weak.body }).toMatchObject({
        password,
        body: { code: 'VALIDATION_FAILED', fields: [{ field: 'password', code: reason }] },
      });
      expect(JSON.stringify(weak.body)).not.toContain(password);
    }
    await page
      .post('/api/invitations/accept', { token, password: 'ijsvogel boven de Linge', code: code() })
      .expect(204);
    const login = await request(server())
      .post('/api/auth/login')
      .send({ email: 'joost.mulder@spoor.test', password: 'ijsvogel boven de Linge' })
      .expect(200);
    expect(login.body).toEqual({ mfaRequired: true });
  });

  it('answers a reset request before any lookup, link or mail is done: the answer leaves while the mailer hangs', async () => {
    let release: () => void = () => undefined;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const sent: MailMessage[] = [];
    jest.spyOn(mail(), 'send').mockImplementation(async (message) => {
      await blocked;
      sent.push(message);
    });
    const page = await anonymous();
    const started = Date.now();
    const known = await page.post('/api/auth/password-reset', { email: 'client@globex.spoor.test' }).timeout(5_000);
    const unknown = await page.post('/api/auth/password-reset', { email: 'niemand@spoor.test' }).timeout(5_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(known.body).toEqual(unknown.body);
    expect(sent).toEqual([]); // the mailer is still blocked: the answers did not wait for it
    release();
    await queue().drained();
    expect(sent.map((m) => m.to)).toEqual(['client@globex.spoor.test']);
    expect(tokenIn(sent[0])).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  });

  it('throttles reset requests per address, whatever its spelling, and per source address', async () => {
    jest.spyOn(mail(), 'send').mockResolvedValue(undefined);
    const page = await anonymous('192.0.2.10');
    const spellings = [
      'coach@spoor.test',
      'COACH@spoor.test',
      '\uff43oach@spoor.test',
      'coach@SPOOR.test',
      'coach@spoor.test',
    ];
    for (const email of spellings) await page.post('/api/auth/password-reset', { email }).expect(202);
    const refused = await page.post('/api/auth/password-reset', { email: '\u24d2oach@spoor.test' }).expect(429);
    expect(refused.body).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // From another source address the same account stays refused (the count is per account)…
    await (await anonymous('192.0.2.11')).post('/api/auth/password-reset', { email: 'coach@spoor.test' }).expect(429);
    // …and one source address cannot walk through many addresses either.
    const spray = await anonymous('192.0.2.12');
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++)
      statuses.push((await spray.post('/api/auth/password-reset', { email: `iemand-${i}@example.test` })).status);
    expect(statuses).toEqual([...Array<number>(20).fill(202), 429]);
  });
});
