/**
 * The HTTP half of `npm run bench` (step 9): the built API as its own process, on a database with 20,000
 * synthetic cases (seeded once, reused by later runs), measured with autocannon from this process — 16
 * connections, a warm-up before every figure. PostgreSQL itself is measured too (primary-key read, durable
 * insert) as the physical reference the API stands on.
 */
import autocannon from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { authenticator } from 'otplib';
import { Client, Pool } from 'pg';
import { freePort, startEmbeddedPostgres } from '../../apps/api/src/platform/database/embedded-postgres';
import { ensureDatabase, withDatabase } from '../../apps/api/src/platform/database/provision';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../apps/api/src/seed/demo-seed';

export interface HttpRow {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  /** CPU time of the API process per request, in ms */
  apiCpuMs?: number;
  /** CPU time of PostgreSQL per request, in ms (backends that ended during the run are not counted) */
  postgresCpuMs?: number;
  /** requests/s divided by the framework floor's; 0 for rows that are not request rates */
  ratioToFloor: number;
  unit?: string;
  note?: string;
  target?: string;
  met?: boolean;
}

const root = resolve(__dirname, '../..');
const CONNECTIONS = 16;
const WARMUP_SECONDS = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 3);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 8);
const CASES = Number(process.env['BENCH_CASES'] ?? 20_000);
const DEMO_CASES = 44;
/** BENCH_ONLY=detail,list,special,write,documents,postgres runs only those (and the floor): for profiling. */
const ONLY = (process.env['BENCH_ONLY'] ?? '').split(',').filter(Boolean);
const wanted = (key: string) => ONLY.length === 0 || ONLY.includes(key);

interface Session {
  cookie: string;
  csrf: string;
}

/** Resident set of a process from /proc: current and peak (VmHWM), in MB. */
function rssOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** CPU time (user + system) the process has used so far, in ms: per-request cost that other load does not skew. */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** The postmaster whose CPU the benchmark counts: the embedded one's, or any PostgreSQL on this machine. */
let postmasterPid: number | undefined;

/** CPU time of the PostgreSQL server (postmaster and its backends), in ms. */
function postgresCpuMs(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.split(') ')[1].split(' ');
      if (postmasterPid !== undefined && Number(entry) !== postmasterPid && Number(fields[1]) !== postmasterPid)
        continue;
      total += ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

function cli(env: NodeJS.ProcessEnv, args: string[]): void {
  const result = spawnSync(process.execPath, [join(root, 'dist/apps/api/cli.js'), ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`cli ${args.join(' ')} exited with ${result.status}`);
}

async function startApi(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const output: string[] = [];
  const nodeOptions = (process.env['BENCH_API_NODE_OPTIONS'] ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeOptions, join(root, 'dist/apps/api/main.js')], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}):\n${output.join('')}`);
    const healthy = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return { child, base };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`the API did not become healthy:\n${output.join('')}`);
}

async function login(base: string, email: string): Promise<Session> {
  const first = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const jar = first.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrfOf = (cookies: string[]) => (cookies.find((c) => c.startsWith('csrf_token=')) ?? '').split('=')[1] ?? '';
  const mfa = await fetch(`${base}/api/auth/mfa`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: jar.join('; '), 'X-CSRF-Token': csrfOf(jar) },
    body: JSON.stringify({ code: authenticator.generate(DEMO_TOTP_SECRET) }),
  });
  const cookies = mfa.headers.getSetCookie().map((c) => c.split(';')[0]);
  const session = cookies.find((c) => c.startsWith('spoor_session='));
  if (mfa.status !== 200 || !session)
    throw new Error(`benchmark login of ${email} failed (${first.status}/${mfa.status})`);
  const csrf = csrfOf(cookies);
  return { cookie: `${session}; csrf_token=${csrf}`, csrf };
}

async function json<T>(base: string, path: string, session: Session): Promise<T> {
  const response = await fetch(`${base}${path}`, { headers: { Cookie: session.cookie } });
  if (!response.ok) throw new Error(`GET ${path.split('?')[0]} answered ${response.status}`);
  return (await response.json()) as T;
}

/** Paths taken in turn, so reads spread over many cases (and many people's data keys), not one hot row. */
function rotating(paths: string[], extra: Partial<autocannon.Request> = {}): autocannon.Request[] {
  let next = 0;
  return [{ method: 'GET', ...extra, setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }];
}

type Measured = autocannon.Result & { apiCpuMs: number; postgresCpuMs: number };

async function load(
  base: string,
  pid: number,
  options: { headers?: Record<string, string>; requests: autocannon.Request[]; method?: 'GET' | 'POST' },
): Promise<Measured> {
  const run = (duration: number) =>
    autocannon({
      url: base,
      connections: CONNECTIONS,
      duration,
      headers: options.headers,
      requests: options.requests,
      method: options.method,
    });
  await run(WARMUP_SECONDS);
  const cpuBefore = cpuMsOf(pid);
  const postgresBefore = postgresCpuMs();
  const result = await run(SECONDS);
  const apiCpuMs = (cpuMsOf(pid) - cpuBefore) / Math.max(1, result.requests.total);
  const postgresPerRequest = (postgresCpuMs() - postgresBefore) / Math.max(1, result.requests.total);
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`benchmark saw ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  return Object.assign(result, { apiCpuMs, postgresCpuMs: postgresPerRequest });
}

/** 16 concurrent loops of `op` against PostgreSQL for SECONDS, after a warm-up: ops/s and latency. */
async function postgresLoad(
  pool: Pool,
  op: (i: number) => Promise<unknown>,
): Promise<{ rps: number; p50: number; p99: number }> {
  const measure = async (seconds: number) => {
    const latencies: number[] = [];
    const until = Date.now() + seconds * 1000;
    let i = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (Date.now() < until) {
          const started = process.hrtime.bigint();
          await op(i++);
          latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    const at = (q: number) =>
      Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] * 100) / 100;
    return { rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99) };
  };
  await measure(WARMUP_SECONDS);
  return measure(SECONDS);
}

/** Server URL of DATABASE_URL, or of a persistent embedded PostgreSQL under .data/bench (reused by later runs). */
async function benchServer(): Promise<{ serverUrl: string; stop: () => Promise<void> }> {
  const given = process.env['DATABASE_URL'];
  if (given) return { serverUrl: given, stop: async () => undefined };
  mkdirSync(join(root, '.data/bench'), { recursive: true });
  const embedded = await startEmbeddedPostgres({ dataDir: join(root, '.data/bench/postgres') });
  postmasterPid = Number(readFileSync(join(root, '.data/bench/postgres/postmaster.pid'), 'utf8').split('\n')[0]);
  return { serverUrl: embedded.serverUrl, stop: () => embedded.stop() };
}

export async function httpFigures(
  onProgress: (line: string) => void,
): Promise<{ rows: HttpRow[]; cases: number; apiPeakRssMb: number }> {
  const server = await benchServer();
  const ownerUrl = withDatabase(server.serverUrl, 'spoor_bench');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: ownerUrl,
    SPOOR_DATA_DIR: join(root, '.data/bench'),
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
  };
  let api: ChildProcess | undefined;
  const pool = new Pool({ connectionString: ownerUrl, max: CONNECTIONS });
  // An idle client's connection ending at shutdown is no failure of the benchmark.
  pool.on('error', () => undefined);
  try {
    await ensureDatabase(ownerUrl);
    cli(env, ['seed']); // migrates; the demo data on an empty database only
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    const [{ count }] = (await owner.query('SELECT count(*)::int AS count FROM public.cases')).rows;
    if (count < CASES + DEMO_CASES) {
      onProgress(`seeding ${CASES + DEMO_CASES - count} synthetic cases (once; later runs reuse them)…`);
      cli(env, ['seed', '--cases', String(CASES + DEMO_CASES - count)]);
    }
    const [{ total }] = (await owner.query('SELECT count(*)::int AS total FROM public.cases')).rows;
    await owner.query('VACUUM ANALYZE'); // as autovacuum would have by now: visibility map for index-only counts
    await owner.end();

    const started = await startApi(env);
    api = started.child;
    const base = started.base;
    const pid = api.pid as number;
    const coach = await login(base, 'coach@spoor.test');
    const expert = await login(base, 'expert@spoor.test');
    const coachCases = (
      await json<{ items: Array<{ id: string; status: string }> }>(base, '/api/cases?pageSize=100', coach)
    ).items;
    const expertCases = (
      await json<{ items: Array<{ id: string }> }>(base, '/api/cases?pageSize=100&type=reintegration_track1', expert)
    ).items;
    const writable = coachCases.filter((c) => c.status === 'active' || c.status === 'intake').map((c) => c.id);
    if (coachCases.length < 100 || expertCases.length === 0 || writable.length === 0)
      throw new Error('the benchmark database lacks cases for the coach or the expert');

    const rows: HttpRow[] = [];
    const row = (name: string, result: Measured, floor: number, target?: { ratio: number }): HttpRow => {
      const ratio = result.requests.average / floor;
      const p99 = result.latency.p99;
      return {
        name,
        rps: result.requests.average,
        p50: result.latency.p50,
        p99,
        apiCpuMs: result.apiCpuMs,
        postgresCpuMs: result.postgresCpuMs,
        ratioToFloor: ratio,
        ...(target ? { target: `≥ ${target.ratio}× floor, p99 ≤ 25 ms`, met: ratio >= target.ratio && p99 <= 25 } : {}),
      };
    };
    onProgress('framework floor…');
    const floorResult = await load(base, pid, { requests: rotating(['/api/health']) });
    const floor = floorResult.requests.average;
    rows.push(row('GET /api/health (framework floor)', floorResult, floor));
    onProgress('case detail…');
    if (wanted('detail'))
      rows.push(
        row(
          'GET /api/cases/:id as coach (read logged)',
          await load(base, pid, {
            headers: { Cookie: coach.cookie },
            requests: rotating(coachCases.map((c) => `/api/cases/${c.id}`)),
          }),
          floor,
          { ratio: 0.6 },
        ),
      );
    onProgress('case list…');
    if (wanted('list'))
      rows.push(
        row(
          `GET /api/cases?pageSize=20 as coach (list logged, ${coachCases.length}+ cases in reach)`,
          await load(base, pid, {
            headers: { Cookie: coach.cookie },
            requests: rotating(Array.from({ length: 20 }, (_, i) => `/api/cases?pageSize=20&page=${i + 1}`)),
          }),
          floor,
          { ratio: 0.4 },
        ),
      );
    onProgress('special-file read…');
    if (wanted('special'))
      rows.push(
        row(
          'GET /api/cases/:id/special-file as labour expert (read logged)',
          await load(base, pid, {
            headers: { Cookie: expert.cookie },
            requests: rotating(expertCases.map((c) => `/api/cases/${c.id}/special-file`)),
          }),
          floor,
          { ratio: 0.5 },
        ),
      );
    onProgress('progress-report write…');
    if (wanted('write'))
      rows.push(
        row(
          'POST /api/cases/:id/progress-reports as coach (encrypted, logged in the same transaction)',
          await load(base, pid, {
            method: 'POST',
            headers: { Cookie: coach.cookie, 'X-CSRF-Token': coach.csrf, 'Content-Type': 'application/json' },
            requests: rotating(
              writable.map((id) => `/api/cases/${id}/progress-reports`),
              {
                method: 'POST',
                body: JSON.stringify({
                  title: 'Voortgang week 12',
                  body: 'Gesprek gevoerd over werkhervatting; afspraken gemaakt voor de komende periode.',
                }),
              },
            ),
          }),
          floor,
        ),
      );
    onProgress('20 MB upload and download…');
    if (wanted('documents')) rows.push(...(await documentFigures(base, expert, expertCases[0].id, pid)));

    onProgress('PostgreSQL reference…');
    if (!wanted('postgres')) return { rows, cases: total, apiPeakRssMb: rssOf(pid).peak };
    const ids = coachCases.map((c) => c.id);
    const pkRead = await postgresLoad(pool, (i) =>
      pool.query('SELECT id, reference, status, version FROM public.cases WHERE id = $1', [ids[i % ids.length]]),
    );
    await pool.query(
      'CREATE TABLE IF NOT EXISTS public.bench_inserts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), payload text NOT NULL)',
    );
    const insert = await postgresLoad(pool, (i) =>
      pool.query('INSERT INTO public.bench_inserts (payload) VALUES ($1)', [`row ${i}`]),
    );
    await pool.query('TRUNCATE public.bench_inserts');
    rows.push({
      name: 'PostgreSQL primary-key read (pg, 16 clients)',
      rps: pkRead.rps,
      p50: pkRead.p50,
      p99: pkRead.p99,
      ratioToFloor: pkRead.rps / floor,
      note: 'physical reference',
    });
    rows.push({
      name: 'PostgreSQL durable insert, one commit each (pg, 16 clients)',
      rps: insert.rps,
      p50: insert.p50,
      p99: insert.p99,
      ratioToFloor: insert.rps / floor,
      note: 'physical reference',
    });
    const apiPeakRssMb = rssOf(pid).peak;
    return { rows, cases: total, apiPeakRssMb };
  } finally {
    if (api && api.exitCode === null) {
      const exited = new Promise((r) => api?.once('exit', r));
      api.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (api.exitCode === null) api.kill('SIGKILL');
    }
    await pool.end().catch(() => undefined);
    await server.stop();
  }
}

/** Samples the API process's RSS while `work` runs; returns the growth of the peak over the start, in MB. */
async function rssGrowth(pid: number, work: () => Promise<void>): Promise<number> {
  const start = rssOf(pid).rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, rssOf(pid).rss)), 10);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, rssOf(pid).rss) - start;
}

/**
 * A 20 MB upload and download as the labour expert, streamed from a generator and into a counter (this side
 * holds one 64 KiB chunk at a time), while sampling the RSS of the API process.
 */
async function documentFigures(base: string, expert: Session, caseId: string, pid: number): Promise<HttpRow[]> {
  const size = 20 * 1024 * 1024 - 64 * 1024;
  const boundary = '----spoorbench' + Date.now();
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nfml\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  let href = '';
  let uploadSeconds = 0;
  const uploadGrowth = await rssGrowth(pid, async () => {
    const started = process.hrtime.bigint();
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(head);
        if (sent >= size) {
          controller.enqueue(tail);
          controller.close();
          return;
        }
        const piece = Buffer.alloc(64 * 1024, 0x20);
        if (sent === 0) piece.write('%PDF-1.7\n', 0);
        sent += piece.length;
        controller.enqueue(piece);
      },
    });
    const response = await fetch(`${base}/api/cases/${caseId}/special-file/documents`, {
      method: 'POST',
      headers: {
        Cookie: expert.cookie,
        'X-CSRF-Token': expert.csrf,
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
      },
      body,
      duplex: 'half',
    } as RequestInit);
    if (response.status !== 201) throw new Error(`benchmark upload answered ${response.status}`);
    href = ((await response.json()) as { href: string }).href;
    uploadSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  });
  let downloadSeconds = 0;
  let received = 0;
  const downloadGrowth = await rssGrowth(pid, async () => {
    const started = process.hrtime.bigint();
    const response = await fetch(`${base}${href}`, { headers: { Cookie: expert.cookie } });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.length;
    }
    downloadSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  });
  if (received !== size) throw new Error(`benchmark download returned ${received} of ${size} bytes`);
  const mb = size / 1024 / 1024;
  return [
    {
      name: '20 MB upload (stream, type check, encrypt, fsync, row + event)',
      rps: mb / uploadSeconds,
      p50: 0,
      p99: 0,
      ratioToFloor: 0,
      unit: 'MB/s',
      note: `API RSS growth ${uploadGrowth.toFixed(1)} MB (dead 64 KiB buffers included: V8 frees them lazily)`,
    },
    {
      name: '20 MB download (decrypt, stream)',
      rps: mb / downloadSeconds,
      p50: 0,
      p99: 0,
      ratioToFloor: 0,
      unit: 'MB/s',
      note: `API RSS growth ${downloadGrowth.toFixed(1)} MB`,
    },
  ];
}
