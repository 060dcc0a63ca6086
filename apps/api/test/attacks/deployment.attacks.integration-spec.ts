import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import request from 'supertest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, seedDemoData } from '../../src/seed/demo-seed';
import { openJobContext } from '../../src/seed/seed-context';
import { HSTS_MAX_AGE_SECONDS } from '../../src/platform/http/security-headers';
import { createTestApp } from '../utils/test-app';
import {
  createTestDatabase,
  testConfig,
  TEST_MASTER_KEY,
  TEST_SPECIAL_MASTER_KEY,
  type TestDatabase,
} from '../utils/test-database';
import { csrfFrom, freshTotp } from '../utils/test-session';
import { CHALLENGE_COOKIE, CSRF_COOKIE, SESSION_COOKIE } from '../../src/security/session-tokens';

/**
 * Red team: how Spoor is deployed. An operator who points it at a database server and forgets NODE_ENV gets
 * production (no demo data, no published credentials, Secure cookies, real keys and SMTP or no start); the web
 * app cannot be framed and runs no inline script; the API's map (OpenAPI) is not handed to anonymous callers.
 * The start is a child process on the TypeScript sources, exactly as an operator runs `node main.js`.
 */
const ROOT = resolve(__dirname, '../../../..');
const SWC_PROJECT = join(ROOT, 'tools/tsconfig.json');
const children = new Set<ChildProcess>();

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** An SMTP server that is not there: no test sends mail, and nothing may fall back to the disk. */
async function absentSmtpUrl(): Promise<string> {
  return `smtp://127.0.0.1:${await freePort()}`;
}

function spawnTs(
  entry: 'main' | 'cli',
  args: string[],
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; output: string[] } {
  const file = entry === 'cli' ? 'apps/api/src/cli/cli.ts' : 'apps/api/src/main.ts';
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, file), ...args], {
    cwd: ROOT,
    env: { ...env, SWC_NODE_PROJECT: SWC_PROJECT },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  children.add(child);
  child.once('exit', () => children.delete(child));
  return { child, output };
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => child.once('exit', (code) => done(code)));
}

async function run(entry: 'main' | 'cli', args: string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000) {
  const { child, output } = spawnTs(entry, args, env);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await exited(child);
  clearTimeout(timer);
  return { code, output: output.join('') };
}

async function waitForHealth(url: string, child: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Spoor exited (${child.exitCode}) first:\n${output.join('')}`);
    try {
      if ((await fetch(`${url}/api/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Spoor did not become healthy:\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The environment of the test runner without anything that configures Spoor (jest sets NODE_ENV=test). */
function operatorEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(SPOOR_|DATABASE_|NODE_ENV$)/.test(name)),
  );
}

/** A web build stand-in: the real index.html template (what Vite builds from), served as the built app. */
function webDistFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spoor-web-dist-'));
  copyFileSync(join(ROOT, 'apps/web/index.html'), join(dir, 'index.html'));
  return dir;
}

/** `name=value` pairs of Set-Cookie lines, with their attributes, by cookie name. */
function setCookies(lines: string[] | string | undefined): Map<string, string> {
  return new Map(([] as string[]).concat(lines ?? []).map((line) => [line.split('=')[0], line]));
}

describe('attack: an operator sets DATABASE_URL and forgets NODE_ENV', () => {
  let db: TestDatabase;
  let owner: Client;
  let root: string;

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false }); // an empty database, as an operator provides it
    owner = new Client({ connectionString: db.urls.owner });
    await owner.connect();
    root = mkdtempSync(join(tmpdir(), 'spoor-deploy-'));
    chmodSync(root, 0o755);
  }, 60_000);

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await Promise.all([...children].map((child) => exited(child)));
    await owner?.end().catch(() => undefined);
    await db?.drop();
    if (root) rmSync(root, { recursive: true, force: true });
  }, 30_000);

  const base = (dataDir: string): NodeJS.ProcessEnv => ({
    ...operatorEnvironment(),
    LOG_LEVEL: 'warn',
    DATABASE_URL: db.urls.owner,
    SPOOR_DATA_DIR: dataDir,
    SPOOR_WEB_DIST: join(root, 'no-web-build'),
  });

  it('is refused at the start without SMTP and real keys, naming each variable and why; nothing is touched', async () => {
    const dataDir = join(root, 'refused');
    const withoutAnything = await run('main', [], base(dataDir));
    expect(withoutAnything.code).toBe(1);
    expect(withoutAnything.output).toContain('SPOOR_MASTER_KEY is required in production');
    expect(withoutAnything.output).toContain('SPOOR_SPECIAL_MASTER_KEY is required in production');
    expect(withoutAnything.output).toMatch(
      /SPOOR_SMTP_URL is required in production: without it, password-reset and invitation links would be written to disk/,
    );
    expect(withoutAnything.output).toContain('because DATABASE_URL is set and NODE_ENV is not');
    expect(withoutAnything.output).toContain('set NODE_ENV=development explicitly');

    const keysButNoSmtp = await run('main', [], {
      ...base(dataDir),
      SPOOR_MASTER_KEY: TEST_MASTER_KEY.toString('base64'),
      SPOOR_SPECIAL_MASTER_KEY: TEST_SPECIAL_MASTER_KEY.toString('base64'),
    });
    expect(keysButNoSmtp.code).toBe(1);
    expect(keysButNoSmtp.output).toContain('SPOOR_SMTP_URL is required in production');
    expect(keysButNoSmtp.output).not.toContain('SPOOR_MASTER_KEY is required');

    // Refused before anything happened: no generated keys, no outbox, not even a migration.
    expect(existsSync(join(dataDir, 'keys'))).toBe(false);
    expect(existsSync(join(dataDir, 'outbox'))).toBe(false);
    const { rows } = await owner.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
    expect(rows[0].n).toBe(0);
  }, 120_000);

  it('refuses to seed synthetic data and says to set NODE_ENV=development', async () => {
    const result = await run('cli', ['seed', '--cases', '5'], {
      ...base(join(root, 'seed')),
      SPOOR_MASTER_KEY: TEST_MASTER_KEY.toString('base64'),
      SPOOR_SPECIAL_MASTER_KEY: TEST_SPECIAL_MASTER_KEY.toString('base64'),
      SPOOR_SMTP_URL: await absentSmtpUrl(),
      SPOOR_MAIL_FROM: 'Spoor <no-reply@agency.example>',
      SPOOR_PUBLIC_URL: 'https://spoor.agency.example',
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain('seeding is refused in production (DATABASE_URL is set and NODE_ENV is not)');
    expect(result.output).toContain('set NODE_ENV=development');
    const { rows } = await owner.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
    expect(rows[0].n).toBe(0);
  }, 120_000);

  it('with keys and SMTP runs as production: no demo data, demo credentials refused, Secure cookies, HSTS', async () => {
    const dataDir = join(root, 'production');
    const port = await freePort();
    const env = {
      ...base(dataDir),
      PORT: String(port),
      SPOOR_MASTER_KEY: TEST_MASTER_KEY.toString('base64'),
      SPOOR_SPECIAL_MASTER_KEY: TEST_SPECIAL_MASTER_KEY.toString('base64'),
      SPOOR_SMTP_URL: await absentSmtpUrl(),
      SPOOR_MAIL_FROM: 'Spoor <no-reply@agency.example>',
      SPOOR_PUBLIC_URL: 'https://spoor.agency.example',
    };
    const { child, output } = spawnTs('main', [], env);
    const url = `http://127.0.0.1:${port}`;
    await waitForHealth(url, child, output);
    const started = output.join('');
    expect(started).toContain('Mode: production (DATABASE_URL is set and NODE_ENV is not)');
    expect(started).not.toContain(DEMO_PASSWORD);
    expect(started).not.toContain(DEMO_TOTP_SECRET);

    // Nothing was seeded: no demo account, no case, no person.
    const count = async (table: string) =>
      (await owner.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;
    expect({ users: await count('public.users'), cases: await count('public.cases') }).toEqual({ users: 0, cases: 0 });
    const demoLogin = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@spoor.test', password: DEMO_PASSWORD }),
    });
    expect(demoLogin.status).toBe(401);

    const health = await fetch(`${url}/api/health`);
    expect(health.headers.get('strict-transport-security')).toBe(`max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`);

    // The first admin, the production way (`npm run admin:create`): every cookie of its login is Secure.
    const created = await run(
      'cli',
      ['admin:create', '--email', 'beheer@example.test', '--name', 'Eerste Beheerder'],
      env,
    );
    expect(created.code).toBe(0);
    const token = /\/invitation#token=(\S+)/.exec(created.output)?.[1] as string;
    expect(token).toBeDefined();
    const csrfAnswer = await fetch(`${url}/api/auth/csrf`);
    const csrfLine = setCookies(csrfAnswer.headers.getSetCookie()).get('csrf_token') as string;
    expect(csrfLine).toMatch(/; Secure/);
    const csrf = decodeURIComponent(csrfLine.split(';')[0].slice('csrf_token='.length));
    const post = (path: string, body: object, cookie: string) =>
      fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie },
        body: JSON.stringify(body),
      });
    const invitation = await (await post('/api/invitations/inspect', { token }, `csrf_token=${csrf}`)).json();
    const secret = new URL(invitation.secondFactor.otpauthUrl).searchParams.get('secret') as string;
    const password = 'Zeilboot-Kapstok-Lantaarn-7319';
    const accepted = await post(
      '/api/invitations/accept',
      { token, password, code: freshTotp('beheer@example.test', secret) },
      `csrf_token=${csrf}`,
    );
    expect(accepted.status).toBe(204);

    const login = await post('/api/auth/login', { email: 'beheer@example.test', password }, `csrf_token=${csrf}`);
    expect(login.status).toBe(200);
    expect(await login.json()).toEqual({ mfaRequired: true });
    const loginCookies = setCookies(login.headers.getSetCookie());
    const challenge = loginCookies.get(CHALLENGE_COOKIE);
    expect(challenge).toBeDefined();
    const mfaCsrf = decodeURIComponent(
      (loginCookies.get('csrf_token') as string).split(';')[0].slice('csrf_token='.length),
    );
    const mfa = await fetch(`${url}/api/auth/mfa`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': mfaCsrf,
        cookie: [`csrf_token=${mfaCsrf}`, (challenge as string).split(';')[0]].join('; '),
      },
      body: JSON.stringify({ code: freshTotp('beheer@example.test', secret) }),
    });
    expect(mfa.status).toBe(200);
    const sessionCookies = [...loginCookies.values(), ...mfa.headers.getSetCookie()].filter(
      (line) => !/=;|Expires=Thu, 01 Jan 1970/i.test(line),
    );
    expect(sessionCookies.length).toBeGreaterThanOrEqual(3); // csrf, challenge, session
    for (const line of sessionCookies) expect(line).toMatch(/; Secure/);
    expect(sessionCookies.some((line) => line.startsWith(`${SESSION_COOKIE}=`))).toBe(true);

    child.kill('SIGTERM');
    await exited(child);
    // The start wrote no mail and generated no key on disk.
    expect(existsSync(join(dataDir, 'outbox'))).toBe(false);
    expect(existsSync(join(dataDir, 'keys'))).toBe(false);
  }, 240_000);
});

/** A suite database with the demo accounts, and the app on it in the given mode, serving a web build. */
async function appInMode(
  db: TestDatabase,
  nodeEnv: 'production' | 'development',
): Promise<{ app: NestExpressApplication; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'spoor-deploy-data-'));
  const app = await createTestApp(db.urls, {
    nodeEnv,
    dataDir,
    webDist: webDistFixture(),
    smtpUrl: nodeEnv === 'production' ? await absentSmtpUrl() : undefined,
  });
  return { app, dataDir };
}

/** A login as the browser does it, cookies sent by hand (supertest's jar keeps Secure cookies off plain http). */
async function sessionCookie(app: NestExpressApplication, email: string): Promise<string> {
  const server = app.getHttpServer();
  const login = await request(server).post('/api/auth/login').send({ email, password: DEMO_PASSWORD });
  expect(login.status).toBe(200);
  const cookies = setCookies(login.headers['set-cookie']);
  const pair = (name: string) => (cookies.get(name) ?? '').split(';')[0];
  if (!login.body.mfaRequired) return pair(SESSION_COOKIE);
  const csrf = csrfFrom(login) as string;
  const mfa = await request(server)
    .post('/api/auth/mfa')
    .set('X-CSRF-Token', csrf)
    .set('Cookie', [pair(CSRF_COOKIE), pair(CHALLENGE_COOKIE)].join('; '))
    .send({ code: freshTotp(email) });
  expect(mfa.status).toBe(200);
  return (setCookies(mfa.headers['set-cookie']).get(SESSION_COOKIE) ?? '').split(';')[0];
}

describe('attack: frame the web app, or run a script injected into it', () => {
  let db: TestDatabase;
  const apps: NestExpressApplication[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
  }, 60_000);

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await db?.drop();
  });

  function csp(header: string | undefined): Map<string, string> {
    return new Map(
      (header ?? '')
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => [part.split(' ')[0], part.slice(part.indexOf(' ') + 1)] as [string, string]),
    );
  }

  it.each(['production', 'development'] as const)(
    '%s: the HTML is not frameable, allows no inline script, and its styles need this answer’s nonce',
    async (mode) => {
      const { app } = await appInMode(db, mode);
      apps.push(app);
      const server = app.getHttpServer();
      for (const path of ['/', '/cases/some-client-route', '/index.html']) {
        const page = await request(server).get(path);
        expect(page.status).toBe(200);
        expect(page.headers['content-type']).toMatch(/^text\/html/);
        expect(page.headers['x-frame-options']).toBe('DENY');
        expect(page.headers['referrer-policy']).toBe('no-referrer');
        expect(page.headers['x-content-type-options']).toBe('nosniff');
        const policy = csp(page.headers['content-security-policy']);
        expect(policy.get('default-src')).toBe("'self'");
        expect(policy.get('script-src')).toBe("'self'");
        expect(policy.get('script-src-attr')).toBe("'none'");
        expect(policy.get('frame-ancestors')).toBe("'none'");
        expect(policy.get('object-src')).toBe("'none'");
        expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
        expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');
        const nonce = /^'self' 'nonce-([A-Za-z0-9+/=]{24})'$/.exec(policy.get('style-src') ?? '')?.[1];
        expect(nonce).toBeDefined();
        // The page hands exactly that nonce to Mantine, and has no inline script of its own.
        expect(page.text).toContain(`<meta property="csp-nonce" nonce="${nonce}"`);
        expect(page.text).not.toContain('__SPOOR_STYLE_NONCE__');
        expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
        expect(page.text).not.toMatch(/\son[a-z]+\s*=/i);
        if (mode === 'production') {
          expect(page.headers['strict-transport-security']).toBe(`max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`);
        } else {
          expect(page.headers['strict-transport-security']).toBeUndefined();
        }
      }
      // A fresh nonce for every answer: one seen in a page is useless for the next.
      const first = csp((await request(server).get('/')).headers['content-security-policy']).get('style-src');
      const second = csp((await request(server).get('/')).headers['content-security-policy']).get('style-src');
      expect(first).not.toBe(second);
    },
    60_000,
  );

  it.each(['production', 'development'] as const)(
    '%s: API answers carry the same headers, with no inline style at all',
    async (mode) => {
      const { app } = await appInMode(db, mode);
      apps.push(app);
      const server = app.getHttpServer();
      for (const answer of [
        await request(server).get('/api/health'),
        await request(server).get('/api/auth/me'),
        await request(server).get('/api/no-such-route'),
        // A malformed body is refused by the body parser, before any route: the headers are there too.
        await request(server).post('/api/auth/login').set('Content-Type', 'application/json').send('{"email": '),
      ]) {
        expect(answer.headers['x-frame-options']).toBe('DENY');
        expect(answer.headers['cache-control']).toBe('no-store');
        expect(answer.headers['referrer-policy']).toBe('no-referrer');
        expect(answer.headers['x-content-type-options']).toBe('nosniff');
        const policy = csp(answer.headers['content-security-policy']);
        expect(policy.get('frame-ancestors')).toBe("'none'");
        expect(policy.get('script-src')).toBe("'self'");
        expect(policy.get('style-src')).toBe("'self'");
        expect(answer.headers['strict-transport-security']).toBe(
          mode === 'production' ? `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains` : undefined,
        );
      }
    },
    60_000,
  );
});

describe('attack: read the API map (OpenAPI) without being staff', () => {
  let db: TestDatabase;
  let production: NestExpressApplication;
  let productionDataDir: string;
  let development: NestExpressApplication;
  // Express routes regardless of letter case: the variants reach Swagger too, so they must be refused alike.
  const documentPaths = [
    '/api/docs',
    '/api/docs/',
    '/api/docs.json',
    '/api/docs-yaml',
    '/api/docs/swagger-ui-init.js',
    '/api/DOCS.json',
    '/API/docs.json',
    '/api/Docs-yaml',
  ];

  beforeAll(async () => {
    db = await createTestDatabase();
    const jobs = await openJobContext(testConfig(), db.urls);
    try {
      await seedDemoData(jobs, '2026-11-23');
    } finally {
      await jobs.close();
    }
    ({ app: production, dataDir: productionDataDir } = await appInMode(db, 'production'));
    development = (await appInMode(db, 'development')).app;
  }, 120_000);

  afterAll(async () => {
    await production?.close();
    await development?.close();
    await db?.drop();
  });

  it('production: anonymous callers get 401 for the document, the UI and its init script', async () => {
    for (const path of documentPaths) {
      const answer = await request(production.getHttpServer()).get(path);
      expect({ path, status: answer.status, code: answer.body.code }).toEqual({
        path,
        status: 401,
        code: 'NOT_AUTHENTICATED',
      });
      expect(answer.text).not.toContain('/api/cases');
    }
    // A forged or expired session cookie is no better.
    const forged = await request(production.getHttpServer())
      .get('/api/docs.json')
      .set('Cookie', 'spoor_session=forged-session-token');
    expect(forged.status).toBe(401);
  });

  it('production: a participant and a client contact get 403; staff read it', async () => {
    for (const email of ['participant@spoor.test', 'client@acme.spoor.test']) {
      const cookie = await sessionCookie(production, email);
      for (const path of documentPaths) {
        const answer = await request(production.getHttpServer()).get(path).set('Cookie', cookie);
        expect({ email, path, status: answer.status, code: answer.body.code }).toEqual({
          email,
          path,
          status: 403,
          code: 'FORBIDDEN',
        });
      }
    }
    const coach = await sessionCookie(production, 'coach@spoor.test');
    const document = await request(production.getHttpServer()).get('/api/docs.json').set('Cookie', coach);
    expect(document.status).toBe(200);
    expect(document.body.paths['/api/cases']).toBeDefined();
    const ui = await request(production.getHttpServer()).get('/api/docs').set('Cookie', coach);
    expect(ui.status).toBe(200);
    expect(ui.headers['content-security-policy']).toContain("script-src 'self'");
    expect(ui.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  }, 60_000);

  it('development: the document is served freely', async () => {
    const answer = await request(development.getHttpServer()).get('/api/docs.json');
    expect(answer.status).toBe(200);
    expect(answer.body.paths['/api/cases']).toBeDefined();
  });

  it('production: a password-reset link for a real account is never written to disk, even when SMTP fails', async () => {
    const server = production.getHttpServer();
    const issued = await request(server).get('/api/auth/csrf');
    const csrf = csrfFrom(issued) as string;
    const reset = await request(server)
      .post('/api/auth/password-reset')
      .set('X-CSRF-Token', csrf)
      .set('Cookie', `${CSRF_COOKIE}=${encodeURIComponent(csrf)}`)
      .send({ email: 'coach@spoor.test' });
    expect(reset.status).toBe(202);
    await new Promise((r) => setTimeout(r, 1500)); // the mail leaves after the answer, from a queue
    expect(existsSync(join(productionDataDir, 'outbox'))).toBe(false);
  });
});
