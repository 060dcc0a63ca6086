import autocannon from 'autocannon';
import type { AddressInfo } from 'node:net';
import { authenticator } from 'otplib';
import { createApp } from '../../apps/api/src/create-app';
import { provisionRoles } from '../../apps/api/src/database/provision';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, seedDemoData } from '../../apps/api/src/seed/demo-seed';
import { openJobContext } from '../../apps/api/src/seed/seed-context';
import { testConfig } from '../../apps/api/src/testing/test-database';

export interface HttpRow {
  unit?: string;
  note?: string;
  name: string;
  rps: number;
  p50: number;
  p99: number;
  ratioToFloor: number;
}

async function run(url: string, headers: Record<string, string>, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url, connections: 16, duration: seconds, headers });
}

/**
 * Case reads through the whole stack (session, CASL → SQL, decryption, access event committed before the
 * response) against the framework floor (GET /api/health), 16 connections, after a warm-up.
 */
export async function httpFigures(ownerUrl: string): Promise<HttpRow[]> {
  const urls = await provisionRoles(ownerUrl);
  const config = testConfig({ logLevel: 'silent' });
  const jobs = await openJobContext(config, urls);
  await seedDemoData(jobs);
  await jobs.close();
  const app = await createApp({ config, urls });
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  try {
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'coach@spoor.test', password: DEMO_PASSWORD }) });
    const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]);
    const csrf = (cookies.find((c) => c.startsWith('csrf_token=')) ?? '').split('=')[1];
    const mfa = await fetch(`${base}/api/auth/mfa`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookies.join('; '), 'X-CSRF-Token': csrf },
      body: JSON.stringify({ code: authenticator.generate(DEMO_TOTP_SECRET) }),
    });
    const session = mfa.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('spoor_session='));
    if (!session) throw new Error('benchmark login failed');
    const list = (await (await fetch(`${base}/api/cases?pageSize=1`, { headers: { Cookie: session } })).json()) as { items: Array<{ id: string }> };
    const caseUrl = `${base}/api/cases/${list.items[0].id}`;
    const auth = { Cookie: session };
    await run(`${base}/api/health`, {}, 2);
    await run(caseUrl, auth, 2);
    const floor = await run(`${base}/api/health`, {}, 5);
    const detail = await run(caseUrl, auth, 5);
    const listPage = await run(`${base}/api/cases?pageSize=20`, auth, 5);
    const row = (name: string, result: autocannon.Result): HttpRow => ({
      name,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      ratioToFloor: result.requests.average / floor.requests.average,
    });
    const documents = await documentFigures(base, urls.owner);
    const errors = detail.non2xx + listPage.non2xx + floor.non2xx;
    if (errors > 0) throw new Error(`benchmark saw ${errors} non-2xx answers`);
    return [
      row('GET /api/health (framework floor)', floor),
      row('GET /api/cases/:id as coach (logged read)', detail),
      row('GET /api/cases?pageSize=20 as coach (logged list)', listPage),
      ...documents,
    ];
  } finally {
    await app.close();
  }
}

/** Samples this process's RSS while `work` runs; returns the growth of the peak over the start. */
async function rssGrowth(work: () => Promise<void>): Promise<number> {
  global.gc?.();
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  return (peak - start) / 1024 / 1024;
}

/**
 * A 20 MB upload and download as the labour expert, streamed from and into a counter (the client holds one
 * 64 KiB chunk), while sampling the RSS of this process, which also runs the API.
 */
async function documentFigures(base: string, _ownerUrl: string): Promise<HttpRow[]> {
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'expert@spoor.test', password: DEMO_PASSWORD }) });
  const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = (cookies.find((c) => c.startsWith('csrf_token=')) ?? '').split('=')[1];
  const mfa = await fetch(`${base}/api/auth/mfa`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookies.join('; '), 'X-CSRF-Token': csrf },
    body: JSON.stringify({ code: authenticator.generate(DEMO_TOTP_SECRET) }),
  });
  const jar = mfa.headers.getSetCookie().map((c) => c.split(';')[0]);
  const session = jar.find((c) => c.startsWith('spoor_session=')) as string;
  const csrf2 = (jar.find((c) => c.startsWith('csrf_token=')) ?? '').split('=')[1];
  const list = (await (await fetch(`${base}/api/cases?pageSize=1&type=reintegration_track1`, { headers: { Cookie: session } })).json()) as { items: Array<{ id: string }> };
  const caseId = list.items[0].id;
  const size = 20 * 1024 * 1024 - 64 * 1024;
  const boundary = '----spoorbench' + Date.now();
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nfml\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  chunk.write('%PDF-1.7\n', 0);
  let uploaded: { href: string } | undefined;
  let uploadSeconds = 0;
  const uploadGrowth = await rssGrowth(async () => {
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
        const piece = sent === 0 ? chunk : Buffer.alloc(64 * 1024, 0x20);
        sent += piece.length;
        controller.enqueue(piece);
      },
    });
    const response = await fetch(`${base}/api/cases/${caseId}/special-file/documents`, {
      method: 'POST',
      headers: { Cookie: `${session}; csrf_token=${csrf2}`, 'X-CSRF-Token': csrf2, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: 'half',
    } as RequestInit);
    if (response.status !== 201) throw new Error(`benchmark upload answered ${response.status}`);
    uploaded = (await response.json()) as { href: string };
    uploadSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  });
  let downloadSeconds = 0;
  let received = 0;
  const downloadGrowth = await rssGrowth(async () => {
    const started = process.hrtime.bigint();
    const response = await fetch(`${base}${uploaded?.href}`, { headers: { Cookie: session } });
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
    { name: '20 MB upload (stream, type check, encrypt, fsync, row + event)', rps: mb / uploadSeconds, p50: 0, p99: 0, ratioToFloor: 0, unit: 'MB/s', note: `RSS growth ${uploadGrowth.toFixed(1)} MB` },
    { name: '20 MB download (decrypt, stream)', rps: mb / downloadSeconds, p50: 0, p99: 0, ratioToFloor: 0, unit: 'MB/s', note: `RSS growth ${downloadGrowth.toFixed(1)} MB` },
  ];
}
