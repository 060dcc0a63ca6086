import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { request as httpRequest, type ClientRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { FileBlobStore, KeyRing, masterKeyId, PgKeyStore, StaticKeyProvider, type SqlRunner } from '@spoor/crypto';
import { authenticator } from 'otplib';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AccessSealService } from '../../src/access-log/access-seal.service';
import { DOCUMENT_STORE, PROCESS_KEY_RING } from '../../src/platform/crypto/crypto.module';
import { SPECIAL_DATA_SOURCE, SPECIAL_KEY_RING } from '../../src/special-file/special-file.tokens';
import { verifyEncryption, type VerifyCounts } from '../../src/keys/key-operations';
import { appDataSourceOptions, specialDataSourceOptions } from '../../src/data-sources';
import { DocumentSweepService } from '../../src/jobs/document-sweep.service';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/seed/demo-seed';
import { createTestApp } from '../utils/test-app';
import {
  createTestDatabase,
  TEST_MASTER_KEY,
  TEST_SPECIAL_MASTER_KEY,
  type TestDatabase,
} from '../utils/test-database';

/**
 * kill -9 at the two moments where a crash could lose or half-write data, against the real API and the real
 * CLI in child processes (TypeScript sources through @swc-node/register, so no build is needed):
 *
 *  - during a streaming upload to the special file: no row, no access event, no blob a row does not
 *    reference; the half-written temporary file is removed by the orphan sweep once its grace has passed;
 *    `keys verify` and `audit verify` pass; the next upload works.
 *  - during `keys rotate-master` (both rings, development and production procedure): the re-run completes,
 *    every value still decrypts, and the previous master key can then be retired.
 */
const ROOT = resolve(__dirname, '../../../..');
const SWC_PROJECT = join(ROOT, 'tools/tsconfig.json');
const MB = 1024 * 1024;

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

/** A TypeScript entry point of the API in a child process, exactly as its `main`/`cli` would run. */
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

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
}

async function killHard(child: ChildProcess): Promise<NodeJS.Signals | null> {
  child.kill('SIGKILL');
  return (await exited(child)).signal;
}

async function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 40_000,
): Promise<{ code: number | null; output: string }> {
  const { child, output } = spawnTs('cli', args, env);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const { code } = await exited(child);
  clearTimeout(timer);
  return { code, output: output.join('') };
}

async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  options: { timeoutMs?: number; child?: ChildProcess; output?: string[] } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    if (await check()) return;
    if (options.child && options.child.exitCode !== null)
      throw new Error(
        `${what}: the child exited (${options.child.exitCode}) first:\n${options.output?.join('') ?? ''}`,
      );
    if (Date.now() > deadline) throw new Error(`${what}: timed out\n${options.output?.join('') ?? ''}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

interface RunningApi {
  child: ChildProcess;
  url: string;
  output: string[];
}

async function startApi(env: NodeJS.ProcessEnv, port: number): Promise<RunningApi> {
  const { child, output } = spawnTs('main', [], { ...env, PORT: String(port) });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    'API health',
    async () => {
      try {
        return (await fetch(`${url}/api/health`)).status === 200;
      } catch {
        return false;
      }
    },
    { timeoutMs: 60_000, child, output },
  );
  return { child, url, output };
}

/** Cookies kept, CSRF double submit, as the browser does it. */
class Session {
  private readonly cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}

  get csrf(): string {
    return this.cookies.get('csrf_token') ?? '';
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async send(method: string, path: string, body?: object | FormData): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookieHeader };
    if (method !== 'GET') headers['x-csrf-token'] = decodeURIComponent(this.csrf);
    if (body && !(body instanceof FormData)) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined,
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

async function login(baseUrl: string, email: string): Promise<Session> {
  const session = new Session(baseUrl);
  const first = await session.send('POST', '/api/auth/login', { email, password: DEMO_PASSWORD });
  expect(first.status).toBe(200);
  if ((await first.json()).mfaRequired) {
    // Demo accounts outside production accept the current code more than once (README, "Second factor").
    const mfa = await session.send('POST', '/api/auth/mfa', { code: authenticator.generate(DEMO_TOTP_SECRET) });
    expect(mfa.status).toBe(200);
  }
  return session;
}

/** A body that passes the content check as a PDF; the rest is noise. */
function pdfLike(bytes: number): Buffer {
  const body = randomBytes(bytes);
  body.write('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 0, 'latin1');
  return body;
}

/**
 * Starts a multipart upload and keeps it open: the caller decides when (and whether) it ends. Resolves `result`
 * with the HTTP status, or with the socket error when the server vanished.
 */
function openUpload(
  session: Session,
  caseId: string,
): {
  request: ClientRequest;
  result: Promise<{ status?: number; error?: string }>;
  write(chunk: Buffer): Promise<void>;
} {
  const boundary = `----spoor-crash-${randomBytes(8).toString('hex')}`;
  const request = httpRequest(`${session.baseUrl}/api/cases/${caseId}/special-file/documents`, {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      cookie: session.cookieHeader,
      'x-csrf-token': decodeURIComponent(session.csrf),
    },
  });
  const result = new Promise<{ status?: number; error?: string }>((done) => {
    request.on('response', (response) => {
      response.resume();
      done({ status: response.statusCode });
    });
    request.on('error', (error: NodeJS.ErrnoException) => done({ error: error.code ?? error.name }));
  });
  request.write(
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nfml\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="fml-half.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  return {
    request,
    result,
    async write(chunk) {
      if (!request.write(chunk)) await Promise.race([once(request, 'drain'), result]);
    },
  };
}

function listFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** The encrypted documents on disk, by blob id, and the temporary files of uploads in flight. */
function documentStore(dataDir: string): { blobs: string[]; temporary: string[] } {
  const root = join(dataDir, 'documents');
  const blobs = listFiles(root)
    .filter((name) => /^[0-9a-f]{2}$/.test(name))
    .flatMap((shard) => listFiles(join(root, shard)).map((file) => file.replace(/\.spd$/, '')));
  return { blobs: blobs.sort(), temporary: listFiles(join(root, 'tmp')) };
}

/** Parses the `keys verify` table: per column (and `documents`) ok / erased / failed, and DEKs per master key. */
function parseVerify(output: string): {
  counts: Record<string, { ok: number; erased: number; failed: number }>;
  keys: string[];
} {
  const counts: Record<string, { ok: number; erased: number; failed: number }> = {};
  for (const match of output.matchAll(/^(\S+)\s+(\d+)\s+(\d+)\s+(\d+)$/gm)) {
    counts[match[1]] = { ok: Number(match[2]), erased: Number(match[3]), failed: Number(match[4]) };
  }
  const keys = [...output.matchAll(/^(process|special) data keys (.+)$/gm)].map((m) => `${m[1]} ${m[2]}`);
  return { counts, keys };
}

const runner =
  (pool: Pool): SqlRunner =>
  async (sql, parameters) =>
    (await pool.query(sql, parameters)).rows;

function ringFor(name: 'p' | 's', pool: Pool, current: Buffer, previous: Buffer[] = []): KeyRing {
  // No cache: every decrypt unwraps the data key again under the configured master keys.
  return new KeyRing({
    ring: name,
    provider: new StaticKeyProvider(current, previous),
    store: new PgKeyStore(runner(pool), name === 'p' ? 'public.data_keys' : 'special.data_keys'),
    cache: { max: 0, ttlMs: 0 },
  });
}

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

describe('crash recovery: kill -9', () => {
  let db: TestDatabase;
  let root: string;
  let dataDir: string;
  let owner: Client;
  let env: NodeJS.ProcessEnv;
  let api: RunningApi | undefined;
  let port: number;
  const pools: Pool[] = [];
  /**
   * pg-pool's `end()` resolves before its idle clients' sockets have closed; the database's DROP … WITH (FORCE)
   * in teardown can then terminate one (57P01), which an idle client reports as an `error` event on its pool.
   * That is the teardown, not a finding: without a listener it would fail the last test as an unhandled error.
   */
  const openPool = (connectionString: string): Pool => {
    const pool = new Pool({ connectionString, max: 8 });
    pool.on('error', () => undefined);
    pools.push(pool);
    return pool;
  };
  const dataSources: DataSource[] = [];
  const dataSource = async (source: DataSource): Promise<DataSource> => {
    dataSources.push(source);
    return source.initialize();
  };
  let inProcess: NestExpressApplication | undefined;

  const query = async <T = Record<string, unknown>>(sql: string, parameters: unknown[] = []): Promise<T[]> =>
    (await owner.query(sql, parameters)).rows as T[];

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false }); // the API migrates it at its first start, like `npm start`
    root = mkdtempSync(join(tmpdir(), 'spoor-crash-'));
    chmodSync(root, 0o755);
    dataDir = join(root, 'data');
    // The process ring's master key as `npm start` keeps it in development (a file under .data/keys); the
    // special ring's from the environment, as in production. Both the test keys, so in-process code agrees.
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
  }, 120_000);

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await Promise.all([...children].map((child) => exited(child)));
    await inProcess?.close().catch(() => undefined);
    await Promise.all(pools.map((pool) => pool.end().catch(() => undefined)));
    await Promise.all(dataSources.map((source) => (source.isInitialized ? source.destroy() : undefined)));
    await owner?.end().catch(() => undefined);
    await db?.drop();
    if (root) rmSync(root, { recursive: true, force: true });
  }, 30_000);

  async function documentRows(): Promise<{ health: number; blobs: string[]; createEvents: number }> {
    const health = await query<{ blob_id: string }>('SELECT blob_id::text FROM special.health_documents');
    const processFile = await query<{ blob_id: string }>('SELECT blob_id::text FROM public.process_documents');
    const [{ n }] = await query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit.access_events WHERE resource = 'health_document' AND action = 'create'",
    );
    return { health: health.length, blobs: [...health, ...processFile].map((r) => r.blob_id).sort(), createEvents: n };
  }

  it('loses nothing and keeps nothing half-written when the API is killed mid-upload', async () => {
    if (!api) throw new Error('the API did not start');
    const expert = await login(api.url, 'expert@spoor.test');
    const cases = await expert.send('GET', '/api/cases?pageSize=100');
    expect(cases.status).toBe(200);
    const target = ((await cases.json()).items as Array<{ id: string; type: string }>).find((c) =>
      c.type.startsWith('reintegration'),
    );
    if (!target) throw new Error('the labour expert has no reintegration case in the demo data');
    const listDocuments = async (session: Session): Promise<string[]> => {
      const response = await session.send('GET', `/api/cases/${target.id}/special-file`);
      expect(response.status).toBe(200);
      return ((await response.json()).documents as Array<{ id: string }>).map((d) => d.id).sort();
    };

    const rowsBefore = await documentRows();
    const storeBefore = documentStore(dataDir);
    expect(storeBefore.blobs).toEqual(rowsBefore.blobs); // the seeded state is consistent to begin with
    const visibleBefore = await listDocuments(expert);

    // Stream 8 MB of an upload that has not ended (chunked: the server cannot tell how much is still to come),
    // then kill the server while it is writing the temporary file.
    const upload = openUpload(expert, target.id);
    const head = pdfLike(256 * 1024);
    await upload.write(head);
    for (let sent = head.length; sent < 8 * MB; sent += 256 * 1024) await upload.write(randomBytes(256 * 1024));
    const tmp = join(dataDir, 'documents', 'tmp');
    await waitFor(
      'the server writing the upload',
      async () => listFiles(tmp).some((file) => statSync(join(tmp, file)).size >= 5 * MB),
      { child: api.child, output: api.output },
    );
    expect(await killHard(api.child)).toBe('SIGKILL');
    api = undefined;
    const outcome = await upload.result;
    expect(outcome.status).toBeUndefined(); // the client never got an answer, least of all a 201
    expect(outcome.error).toEqual(expect.any(String));

    api = await startApi(env, port); // same port, same database, same data folder
    // Nothing of the half upload became a document: no row, no access event, nothing visible to the expert.
    const rowsAfter = await documentRows();
    expect(rowsAfter).toEqual(rowsBefore);
    expect(await listDocuments(expert)).toEqual(visibleBefore); // the session survived the crash as well
    // No blob without a row and no row without a blob; what is left is one temporary file in tmp/.
    const storeAfter = documentStore(dataDir);
    expect(storeAfter.blobs).toEqual(rowsAfter.blobs);
    expect(storeAfter.temporary).toHaveLength(1);
    expect(storeAfter.temporary[0]).toMatch(/^[0-9a-f-]{36}\.part$/);
    const leftover = join(tmp, storeAfter.temporary[0]);
    // It is ciphertext (an SPD1 stream), not the document: no plaintext reached the disk.
    const leftoverBytes = readFileSync(leftover);
    expect(leftoverBytes.subarray(0, 4).toString('latin1')).toBe('SPD1');
    expect(leftoverBytes.includes(head.subarray(0, 9))).toBe(false);
    expect(leftoverBytes.includes(head.subarray(100_000, 100_064))).toBe(false);

    // The daily orphan sweep (DocumentSweepService.sweep, on FileBlobStore.sweepOrphans) leaves files
    // younger than its hour of grace alone (another instance may be writing them) and removes the stale one.
    inProcess = await createTestApp(db.urls, { dataDir });
    const sweep = inProcess.get(DocumentSweepService);
    expect(await sweep.sweep()).toBe(0);
    expect(existsSync(leftover)).toBe(true);
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    for (const blobId of storeAfter.blobs)
      utimesSync(join(dataDir, 'documents', blobId.slice(0, 2), `${blobId}.spd`), twoHoursAgo, twoHoursAgo);
    utimesSync(leftover, twoHoursAgo, twoHoursAgo);
    expect(await sweep.sweep()).toBe(1);
    // `keys verify` would notice a row whose file is gone (move one away for a moment): the check can fail.
    const app = inProcess;
    const verifyInProcess = () =>
      verifyEncryption({
        rings: { process: app.get<KeyRing>(PROCESS_KEY_RING), special: app.get<KeyRing>(SPECIAL_KEY_RING) },
        app: app.get<DataSource>(getDataSourceToken()),
        special: app.get<DataSource>(SPECIAL_DATA_SOURCE),
        documents: app.get<FileBlobStore>(DOCUMENT_STORE),
      });
    const [someBlob] = rowsAfter.blobs;
    const blobPath = join(dataDir, 'documents', someBlob.slice(0, 2), `${someBlob}.spd`);
    renameSync(blobPath, `${blobPath}.away`);
    try {
      const report = await verifyInProcess();
      expect(report.documentFiles).toEqual({ missing: 1, unreferenced: 0 });
      expect(report.ok).toBe(false);
    } finally {
      renameSync(`${blobPath}.away`, blobPath);
    }
    expect(await verifyInProcess()).toMatchObject({ ok: true, documentFiles: { missing: 0, unreferenced: 0 } });
    await inProcess.close();
    inProcess = undefined;
    expect(documentStore(dataDir)).toEqual({ blobs: rowsAfter.blobs, temporary: [] }); // every referenced blob kept

    // A complete upload after the restart works and reads back byte for byte.
    const content = pdfLike(3 * MB);
    const form = new FormData();
    form.append('kind', 'fml');
    form.append('file', new Blob([new Uint8Array(content)], { type: 'application/pdf' }), 'fml-na-herstart.pdf');
    const created = await expert.send('POST', `/api/cases/${target.id}/special-file/documents`, form);
    expect(created.status).toBe(201);
    const { id, sizeBytes } = await created.json();
    expect(sizeBytes).toBe(content.length);
    const download = await expert.send('GET', `/api/documents/${id}/content`);
    expect(download.status).toBe(200);
    const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    expect(sha(Buffer.from(await download.arrayBuffer()))).toBe(sha(content));
    const rowsFinal = await documentRows();
    expect(rowsFinal.health).toBe(rowsBefore.health + 1);
    expect(rowsFinal.createEvents).toBe(rowsBefore.createEvents + 1);
    expect(documentStore(dataDir).blobs).toEqual(rowsFinal.blobs);
    expect(await listDocuments(expert)).toEqual([...visibleBefore, id].sort());

    // The operator's checks.
    const [keys, audit] = await Promise.all([runCli(['keys', 'verify'], env), runCli(['audit', 'verify'], env)]);
    expect(keys.output).toContain('keys verify: ok');
    expect(keys.code).toBe(0);
    expect(parseVerify(keys.output).counts['documents']).toEqual({ ok: rowsFinal.blobs.length, erased: 0, failed: 0 });
    expect(keys.output).toContain('document rows whose stored file is missing: 0\n');
    expect(keys.output).toContain('stored documents no row references (orphans, removed by the daily sweep): 0\n');
    expect(audit.output).toContain('audit verify: ok');
    expect(audit.code).toBe(0);
  }, 120_000);

  it('loses no data key when `keys rotate-master` is killed half-way, in either ring, and the re-run completes', async () => {
    const stopped = api ? (api.child.kill('SIGTERM'), exited(api.child)) : Promise.resolve();
    api = undefined;
    const processPool = openPool(db.urls.app);
    const specialPool = openPool(db.urls.special);
    const probeContext = (subject: string) => ({ table: 'reliability.probe', column: 'value', rowId: subject });

    // More data keys than one rotation batch (500) in each ring, each with a value encrypted under it; the
    // API stops meanwhile.
    const probes: Record<'p' | 's', Array<{ subject: string; value: string }>> = { p: [], s: [] };
    const seedProbes = async (name: 'p' | 's', pool: Pool, key: Buffer) => {
      const ring = ringFor(name, pool, key);
      await inBatches(
        Array.from({ length: 1000 }, () => randomUUID()),
        16,
        async (subject) => {
          probes[name].push({ subject, value: await ring.encrypt(subject, `probe ${subject}`, probeContext(subject)) });
        },
      );
    };
    await Promise.all([
      seedProbes('p', processPool, TEST_MASTER_KEY),
      seedProbes('s', specialPool, TEST_SPECIAL_MASTER_KEY),
      stopped,
    ]);
    // The baseline through the same function `keys verify` runs, in-process (the CLI itself runs at the end).
    const appDataSource = await dataSource(new DataSource(appDataSourceOptions(db.urls.app)));
    const baseline = await verifyEncryption({
      rings: {
        process: ringFor('p', processPool, TEST_MASTER_KEY),
        special: ringFor('s', specialPool, TEST_SPECIAL_MASTER_KEY),
      },
      app: appDataSource,
      special: await dataSource(new DataSource(specialDataSourceOptions(db.urls.special))),
      documents: new FileBlobStore(join(dataDir, 'documents')),
    });
    expect(baseline.ok).toBe(true);
    const before: Record<string, VerifyCounts> = { ...baseline.fields, documents: baseline.documents };
    expect(Object.keys(before).length).toBeGreaterThan(10);
    expect(before['public.progress_reports.body'].ok).toBeGreaterThan(0);

    const kekCounts = async (table: string) =>
      Object.fromEntries(
        (
          await query<{ kek_id: string; n: number }>(
            `SELECT kek_id, count(*)::int AS n FROM ${table} WHERE destroyed_at IS NULL GROUP BY 1`,
          )
        ).map((r) => [r.kek_id, r.n]),
      );
    const activeKeys = async (table: string) =>
      (await query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE destroyed_at IS NULL`))[0].n;
    const totals = { p: await activeKeys('public.data_keys'), s: await activeKeys('special.data_keys') };
    expect(await kekCounts('public.data_keys')).toEqual({ [masterKeyId(TEST_MASTER_KEY)]: totals.p });
    expect(await kekCounts('special.data_keys')).toEqual({ [masterKeyId(TEST_SPECIAL_MASTER_KEY)]: totals.s });

    const decryptsAll = async (ring: KeyRing, name: 'p' | 's'): Promise<number> => {
      let ok = 0;
      await inBatches(probes[name], 16, async ({ subject, value }) => {
        if ((await ring.decrypt(value, probeContext(subject))) === `probe ${subject}`) ok++;
      });
      return ok;
    };

    /**
     * Runs `keys rotate-master …` and kills it while it re-wraps: a row lock held on a data key 60 % into the
     * key order (in the second batch) stops the rotation there, deterministically, without touching its code.
     */
    const rotateAndKill = async (
      table: 'public.data_keys' | 'special.data_keys',
      args: string[],
      rotationEnv: NodeJS.ProcessEnv,
      fromKekId: string,
    ) => {
      const ids = (
        await query<{ id: string }>(`SELECT id::text FROM ${table} WHERE destroyed_at IS NULL ORDER BY id`)
      ).map((r) => r.id);
      const stopAt = Math.floor(ids.length * 0.6);
      const lock = new Client({ connectionString: db.urls.owner });
      await lock.connect();
      try {
        await lock.query('BEGIN');
        await lock.query(`SELECT 1 FROM ${table} WHERE id = $1 FOR UPDATE`, [ids[stopAt]]);
        const { child, output } = spawnTs('cli', ['keys', 'rotate-master', ...args], rotationEnv);
        await waitFor(
          `the rotation of ${table} reaching the locked key`,
          async () =>
            (
              await query<{ n: number }>(
                "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE $1",
                [`UPDATE ${table} %`],
              )
            )[0].n > 0,
          { child, output, timeoutMs: 40_000 },
        );
        const [{ moved }] = await query<{ moved: number }>(
          `SELECT count(*)::int AS moved FROM ${table} WHERE destroyed_at IS NULL AND kek_id <> $1`,
          [fromKekId],
        );
        expect(await killHard(child)).toBe('SIGKILL');
        return { moved, stopAt };
      } finally {
        await lock.query('ROLLBACK').catch(() => undefined);
        await lock.end();
      }
    };
    const keyFile = (name: string) => join(dataDir, 'keys', name);
    const readKeys = (name: string) => readFileSync(keyFile(name), 'utf8').split('\n').filter(Boolean);

    // Both rings at once. Process ring, development procedure: the CLI generates the new master key into
    // .data/keys itself. Special ring, production procedure: new key in SPOOR_SPECIAL_MASTER_KEY, old in …_PREVIOUS.
    const k1 = TEST_MASTER_KEY;
    const s1 = TEST_SPECIAL_MASTER_KEY;
    const s2 = randomBytes(32);
    const rotating = {
      ...env,
      SPOOR_SPECIAL_MASTER_KEY: s2.toString('base64'),
      SPOOR_SPECIAL_MASTER_KEY_PREVIOUS: s1.toString('base64'),
    };
    const [first, second] = await Promise.all([
      rotateAndKill('public.data_keys', [], env, masterKeyId(k1)),
      rotateAndKill('special.data_keys', ['--special'], rotating, masterKeyId(s1)),
    ]);
    // Every key before the lock was re-wrapped and committed one by one (past the first batch), none after it.
    for (const interrupted of [first, second]) {
      expect(interrupted.stopAt).toBeGreaterThan(500);
      expect(interrupted.moved).toBe(interrupted.stopAt);
    }
    const k2 = Buffer.from(readKeys('master.key')[0], 'base64');
    expect(k2.length).toBe(32);
    expect(readKeys('master.previous')).toEqual([k1.toString('base64')]);
    // In the interrupted state, with the current and the previous key configured, everything reads.
    expect(await decryptsAll(ringFor('p', processPool, k2, [k1]), 'p')).toBe(probes.p.length);
    expect(await decryptsAll(ringFor('s', specialPool, s2, [s1]), 's')).toBe(probes.s.length);

    // The re-runs complete. (The development procedure generates yet another key and keeps both older ones.)
    const reruns = await Promise.all([
      runCli(['keys', 'rotate-master'], env),
      runCli(['keys', 'rotate-master', '--special'], rotating),
    ]);
    for (const rerun of reruns) {
      expect(rerun.output).toContain('Every data key is under the current master key');
      expect(rerun.code).toBe(0);
    }
    const k3 = Buffer.from(readKeys('master.key')[0], 'base64');
    expect(readKeys('master.previous')).toEqual([k2, k1].map((k) => k.toString('base64')));
    expect(await kekCounts('public.data_keys')).toEqual({ [masterKeyId(k3)]: totals.p });
    expect(await kekCounts('special.data_keys')).toEqual({ [masterKeyId(s2)]: totals.s });

    // Retire the previous keys: everything decrypts under the new master keys alone, and nothing under the old.
    unlinkSync(keyFile('master.previous'));
    const retired = { ...env, SPOOR_SPECIAL_MASTER_KEY: s2.toString('base64') };
    const verified = await runCli(['keys', 'verify'], retired);
    expect(verified.output).toContain('keys verify: ok');
    expect(verified.code).toBe(0);
    const after = parseVerify(verified.output);
    expect(after.counts).toEqual(before); // every column and the documents: the same values decrypt, none fail
    expect(after.keys).toEqual([
      `process under master key ${masterKeyId(k3)}: ${totals.p}`,
      `special under master key ${masterKeyId(s2)}: ${totals.s}`,
    ]);
    expect(await decryptsAll(ringFor('p', processPool, k3), 'p')).toBe(probes.p.length);
    expect(await decryptsAll(ringFor('s', specialPool, s2), 's')).toBe(probes.s.length);
    await expect(
      ringFor('p', processPool, k1).decrypt(probes.p[0].value, probeContext(probes.p[0].subject)),
    ).rejects.toThrow(/not configured/);
    await expect(
      ringFor('s', specialPool, s1).decrypt(probes.s[0].value, probeContext(probes.s[0].subject)),
    ).rejects.toThrow(/not configured/);
    // The access log is intact too (what `audit verify --anchors` checks; the CLI ran it in the first test). Its
    // MACs are under the retired master key: a seal made under the new one while the old one was still
    // configured (what the API's sealer does within 30 s of its restart) vouches for them.
    await new AccessSealService(appDataSource, { masterKey: k3, previousMasterKeys: [k1], dataDir }).sealPending(0);
    const seals = new AccessSealService(appDataSource, { masterKey: k3, previousMasterKeys: [], dataDir });
    const audit = await seals.verify({ anchors: 'required' });
    expect(audit).toMatchObject({ ok: true, problems: [] });
    expect(audit.macs.retiredKey).toBeGreaterThan(0);
  }, 120_000);
});
