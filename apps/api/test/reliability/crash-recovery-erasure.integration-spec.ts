import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { authenticator } from 'otplib';
import { Client } from 'pg';
import { ERASURE_STEPS } from '../../src/privacy/erasure-plan.entity';
import { ERASURE_CRASH_VARIABLE, type ErasureStage } from '../../src/privacy/erasure.service';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/seed/demo-seed';
import { changedTables, databaseFingerprint } from '../utils/database-fingerprint';
import {
  createTestDatabase,
  TEST_MASTER_KEY,
  TEST_SPECIAL_MASTER_KEY,
  type TestDatabase,
} from '../utils/test-database';

/**
 * kill -9 at every stage of an erasure, against the real API in a child process (TypeScript sources through
 * @swc-node/register, as crash-recovery.integration-spec.ts runs it). `SPOOR_CRASH_AFTER_ERASURE_STEP=<stage>`
 * makes the API kill itself (SIGKILL) right after that stage committed — deterministically, in the request that
 * completes an erasure request. One person per stage; every restart must carry each interrupted plan to its end:
 * the request completed, nothing of the person left in either schema, no stored file, every data key shredded.
 * A last restart (and completing again) changes nothing.
 */
const ROOT = resolve(__dirname, '../../../..');
const SWC_PROJECT = join(ROOT, 'tools/tsconfig.json');
/** Every stage the plan can be interrupted after, the last first (see the loop for why). */
const STAGES: ErasureStage[] = ['accepted' as const, ...ERASURE_STEPS].reverse();

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

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
}

interface RunningApi {
  child: ChildProcess;
  url: string;
  output: string[];
}

/** The API's `main` in a child process, exactly as `npm start` runs it; resolves once it answers its health check. */
async function startApi(env: NodeJS.ProcessEnv, port: number): Promise<RunningApi> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'apps/api/src/main.ts')], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), SWC_NODE_PROJECT: SWC_PROJECT },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  children.add(child);
  child.once('exit', () => children.delete(child));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    'API health',
    async () => {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`the API exited before it answered:\n${output.join('')}`);
      try {
        return (await fetch(`${url}/api/health`)).status === 200;
      } catch {
        return false;
      }
    },
    60_000,
  );
  return { child, url, output };
}

async function stopApi(api: RunningApi): Promise<void> {
  api.child.kill('SIGTERM');
  await exited(api.child);
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`${what}: timed out`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Cookies kept, CSRF double submit, as the browser does it. */
class Session {
  private readonly cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}

  async send(method: string, path: string, body?: object): Promise<Response> {
    const headers: Record<string, string> = {
      cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    };
    if (method !== 'GET') headers['x-csrf-token'] = decodeURIComponent(this.cookies.get('csrf_token') ?? '');
    if (body) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body ? JSON.stringify(body) : undefined,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }
}

async function loginAsOfficer(baseUrl: string): Promise<Session> {
  const session = new Session(baseUrl);
  const first = await session.send('POST', '/api/auth/login', { email: 'privacy@spoor.test', password: DEMO_PASSWORD });
  expect(first.status).toBe(200);
  // Demo accounts outside production accept the current code more than once (README, "Second factor").
  const mfa = await session.send('POST', '/api/auth/mfa', { code: authenticator.generate(DEMO_TOTP_SECRET) });
  expect(mfa.status).toBe(200);
  return session;
}

interface Person {
  id: string;
  accounts: string[];
  blobIds: string[];
  requestId?: string;
}

describe('crash recovery: kill -9 at every stage of an erasure', () => {
  let db: TestDatabase;
  let root: string;
  let dataDir: string;
  let owner: Client;
  let env: NodeJS.ProcessEnv;
  let port: number;
  let api: RunningApi | undefined;
  const people: Person[] = [];

  const query = async <T = Record<string, unknown>>(sql: string, parameters: unknown[] = []): Promise<T[]> =>
    (await owner.query(sql, parameters)).rows as T[];

  /** What is left of a person, and where their plan and request stand. */
  async function stateOf(person: Person) {
    const rows = async (tables: string[]) => {
      let total = 0;
      for (const table of tables)
        total += (
          await query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE person_id = $1`, [person.id])
        )[0].n;
      return total;
    };
    const subjects = [person.id, ...person.accounts];
    const liveKeys = async (table: string) =>
      (
        await query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${table} WHERE subject_id = ANY($1::uuid[]) AND destroyed_at IS NULL`,
          [subjects],
        )
      )[0].n;
    const [plan] = await query<{ steps: Array<{ step: string; doneAt: string | null }>; completed: boolean }>(
      'SELECT steps, completed_at IS NOT NULL AS completed FROM public.erasure_plans WHERE request_id = $1',
      [person.requestId],
    );
    const [request] = await query<{ status: string }>('SELECT status FROM public.privacy_requests WHERE id = $1', [
      person.requestId,
    ]);
    return {
      request: request?.status,
      planCompleted: plan?.completed ?? null,
      stepsDone: plan ? plan.steps.filter((s) => s.doneAt).map((s) => s.step) : null,
      special: await rows([
        'special.health_records',
        'special.fml_assessments',
        'special.health_documents',
        'special.sickness_events',
        'special.occupational_assessments',
        'special.uwv_opinions',
      ]),
      process: await rows(['public.progress_reports', 'public.activities', 'public.process_documents']),
      deliveries: await rows(['public.export_deliveries']),
      files: person.blobIds.filter((id) => existsSync(join(dataDir, 'documents', id.slice(0, 2), `${id}.spd`))).length,
      keys: (await liveKeys('public.data_keys')) + (await liveKeys('special.data_keys')),
      erased: (
        await query<{ erased: boolean }>('SELECT erased_at IS NOT NULL AS erased FROM public.people WHERE id = $1', [
          person.id,
        ])
      )[0].erased,
    };
  }

  const fullyErased = {
    request: 'completed',
    planCompleted: true,
    stepsDone: [...ERASURE_STEPS],
    special: 0,
    process: 0,
    deliveries: 0,
    files: 0,
    keys: 0,
    erased: true,
  };

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false }); // the API migrates it at its first start, like `npm start`
    root = mkdtempSync(join(tmpdir(), 'spoor-erasure-crash-'));
    chmodSync(root, 0o755);
    dataDir = join(root, 'data');
    mkdirSync(join(dataDir, 'keys'), { recursive: true, mode: 0o700 });
    writeFileSync(join(dataDir, 'keys', 'master.key'), `${TEST_MASTER_KEY.toString('base64')}\n`, { mode: 0o600 });
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !/^(SPOOR_|DATABASE_)/.test(name)),
    );
    env = {
      ...inherited,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      DATABASE_URL: db.urls.owner,
      SPOOR_DATA_DIR: dataDir,
      SPOOR_WEB_DIST: join(root, 'no-web-build'),
      SPOOR_SPECIAL_MASTER_KEY: TEST_SPECIAL_MASTER_KEY.toString('base64'),
    };
    owner = new Client({ connectionString: db.urls.owner });
    await owner.connect();
    port = await freePort();
    api = await startApi(env, port); // seeds the demo data on the empty database, like `npm start`
    await stopApi(api);
    api = undefined;

    // One person per stage: a single case each, with a special file; the programme ended (else erasure is
    // refused); and an export delivered for an earlier access request.
    const chosen = await query<{ person_id: string }>(
      `SELECT c.person_id FROM public.cases c
        WHERE c.person_id IN (SELECT person_id FROM public.cases GROUP BY person_id HAVING count(*) = 1)
          AND EXISTS (SELECT 1 FROM special.health_records h WHERE h.person_id = c.person_id)
        ORDER BY c.reference LIMIT $1`,
      [STAGES.length],
    );
    expect(chosen).toHaveLength(STAGES.length);
    for (const { person_id: id } of chosen) {
      await query("UPDATE public.cases SET status = 'completed', completed_at = now() WHERE person_id = $1", [id]);
      await query(
        `INSERT INTO public.export_deliveries (id, privacy_request_id, person_id, prepared_at, prepared_by, manifest)
         VALUES ($1, $2, $3, now(), $4, '[]')`,
        [randomUUID(), randomUUID(), id, randomUUID()],
      );
      const accounts = await query<{ id: string }>('SELECT id::text FROM public.users WHERE person_id = $1', [id]);
      const blobs = await query<{ id: string }>(
        `SELECT blob_id::text AS id FROM public.process_documents WHERE person_id = $1
         UNION ALL SELECT blob_id::text FROM special.health_documents WHERE person_id = $1`,
        [id],
      );
      people.push({ id, accounts: accounts.map((a) => a.id), blobIds: blobs.map((b) => b.id) });
    }
    expect(people.reduce((sum, p) => sum + p.blobIds.length, 0)).toBeGreaterThan(0);
  }, 120_000);

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await Promise.all([...children].map((child) => exited(child)));
    await owner?.end().catch(() => undefined);
    await db?.drop();
    if (root) rmSync(root, { recursive: true, force: true });
  }, 30_000);

  it('completes every interrupted erasure after a restart, and a second run changes nothing', async () => {
    // The stages run last to first: each start (with the next crash point armed) first resumes the previous
    // person's plan, whose remaining stages all come after that crash point, so it completes without tripping it.
    for (const [i, stage] of STAGES.entries()) {
      const person = people[i];
      const started = await startApi({ ...env, [ERASURE_CRASH_VARIABLE]: stage }, port);
      if (i > 0) {
        const previous = people[i - 1];
        await waitFor(`the resume of the erasure stopped after ${STAGES[i - 1]}`, async () =>
          Boolean((await stateOf(previous)).planCompleted),
        );
        expect({ stage: STAGES[i - 1], ...(await stateOf(previous)) }).toEqual({
          stage: STAGES[i - 1],
          ...fullyErased,
        });
      }
      const before = await stateOf({ ...person, requestId: randomUUID() });
      expect(before).toMatchObject({ special: expect.any(Number), deliveries: 1, erased: false });
      expect(before.special).toBeGreaterThan(0);
      expect(before.keys).toBeGreaterThan(0);
      expect(before.files).toBe(person.blobIds.length);

      const officer = await loginAsOfficer(started.url);
      const filed = await officer.send('POST', '/api/privacy-requests', { type: 'erasure', personId: person.id });
      expect(filed.status).toBe(201);
      person.requestId = (await filed.json()).id as string;
      // The API kills itself right after the stage committed: the request never gets its answer.
      const answer = await officer
        .send('POST', `/api/privacy-requests/${person.requestId}/complete`, { outcome: 'granted', note: 'Gewist.' })
        .then((response) => response.status)
        .catch(() => 'connection lost');
      expect({ stage, answer, exit: await exited(started.child) }).toEqual({
        stage,
        answer: 'connection lost',
        exit: { code: null, signal: 'SIGKILL' },
      });

      // Exactly the stages up to the crash point are done, and only their work is visible; the request is open.
      const done = ERASURE_STEPS.slice(0, stage === 'accepted' ? 0 : ERASURE_STEPS.indexOf(stage) + 1) as string[];
      const interrupted = await stateOf(person);
      expect({ stage, ...interrupted }).toEqual({
        stage,
        request: 'received',
        planCompleted: false,
        stepsDone: done,
        special: done.includes('special') ? 0 : before.special,
        process: done.includes('process') ? 0 : before.process,
        deliveries: done.includes('export_deliveries') ? 0 : 1,
        files: done.includes('documents') ? 0 : before.files,
        keys: done.includes('keys') ? 0 : before.keys,
        erased: done.includes('process'),
      });
    }

    // A start without a crash point carries the last one (interrupted right after it was accepted) to its end.
    api = await startApi(env, port);
    const last = people[people.length - 1];
    await waitFor('the resume of the last erasure', async () => Boolean((await stateOf(last)).planCompleted));
    for (const person of people) expect(await stateOf(person)).toEqual(fullyErased);

    // Again: another restart and completing each request again change nothing (409, already completed).
    const settled = await databaseFingerprint(db.urls.owner);
    await stopApi(api);
    api = await startApi(env, port);
    const officer = await loginAsOfficer(api.url);
    for (const person of people) {
      const again = await officer.send('POST', `/api/privacy-requests/${person.requestId}/complete`, {
        outcome: 'granted',
        note: 'Nogmaals.',
      });
      expect({ status: again.status, code: (await again.json()).code }).toEqual({
        status: 409,
        code: 'PRIVACY_REQUEST_COMPLETED',
      });
    }
    // (Logging in wrote a session; nothing else changed.)
    expect(changedTables(settled, await databaseFingerprint(db.urls.owner))).toEqual(['public.sessions']);
    for (const person of people) expect(await stateOf(person)).toEqual(fullyErased);
  }, 600_000);
});
