/**
 * `npm run bench`: prints a Markdown table and writes bench/results/latest.json (+ latest.md).
 * Step 2 figures: field encryption with and without the data-key cache, blind indexes, key unwrap, and
 * document streaming. Data keys live in a real PostgreSQL (DATABASE_URL's server, or an embedded one).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createDecryptStream, createEncryptStream, FileBlobStore, type KeyRing } from '../../libs/crypto/src';
import { createProcessKeyRing, sqlRunner } from '../../apps/api/src/platform/crypto/key-rings';
import { testConfig } from '../../apps/api/test/utils/test-database';
import { Client } from 'pg';
import { withScratchDatabase } from '../db/scratch-database';
import { httpFigures } from './http-bench';

interface Row {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

let peakRss = process.memoryUsage().rss;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

async function timePerOp(iterations: number, op: (i: number) => Promise<unknown> | unknown): Promise<number> {
  for (let i = 0; i < Math.min(1000, iterations / 10); i++) await op(i); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) await op(i);
  const elapsed = Number(process.hrtime.bigint() - start) / 1e3;
  sampleRss();
  return elapsed / iterations;
}

function generated(bytes: number, chunk = 64 * 1024): Readable {
  const block = randomBytes(chunk);
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= bytes) return this.push(null);
      const size = Math.min(chunk, bytes - sent);
      sent += size;
      sampleRss();
      this.push(block.subarray(0, size));
    },
  });
}

const sink = () =>
  new Writable({
    write: (_c, _e, cb) => {
      sampleRss();
      cb();
    },
  });

async function mbPerSecond(bytes: number, run: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return bytes / 1024 / 1024 / seconds;
}

async function cryptoFigures(ownerUrl: string): Promise<Row[]> {
  const rows: Row[] = [];
  const appUrl = new URL(ownerUrl); // the owner may do what spoor_app does; fine for a benchmark of crypto
  const client = new Client({ connectionString: appUrl.toString() });
  await client.connect();
  const run = sqlRunner({ query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows });
  const config = testConfig();
  const cached: KeyRing = createProcessKeyRing({ ...config, dekCacheSize: 10_000 }, run);
  const uncached: KeyRing = createProcessKeyRing({ ...config, dekCacheSize: 0 }, run);
  const subjects = Array.from({ length: 1000 }, () => randomUUID());
  const context = (i: number) => ({
    table: 'public.people',
    column: 'last_name',
    rowId: subjects[i % subjects.length],
  });
  const values: string[] = [];
  for (let i = 0; i < subjects.length; i++) values.push(await cached.encrypt(subjects[i], 'van den Berg', context(i)));

  rows.push({
    name: 'field encrypt (DEK cached)',
    value: await timePerOp(50_000, (i) => cached.encrypt(subjects[i % 1000], 'van den Berg', context(i))),
    unit: 'µs/op',
  });
  rows.push({
    name: 'field decrypt (DEK cached)',
    value: await timePerOp(50_000, (i) => cached.decrypt(values[i % 1000], context(i))),
    unit: 'µs/op',
  });
  rows.push({
    name: 'field encrypt (no cache: key row read + unwrap)',
    value: await timePerOp(5_000, (i) => uncached.encrypt(subjects[i % 1000], 'van den Berg', context(i))),
    unit: 'µs/op',
    note: 'includes one PostgreSQL round trip',
  });
  rows.push({
    name: 'field decrypt (no cache: key row read + unwrap)',
    value: await timePerOp(5_000, (i) => uncached.decrypt(values[i % 1000], context(i))),
    unit: 'µs/op',
    note: 'includes one PostgreSQL round trip',
  });
  rows.push({
    name: 'blind index',
    value: await timePerOp(50_000, (i) => cached.blindIndex('public.people.email', `persoon${i}@example.nl`)),
    unit: 'µs/op',
  });
  await client.end();

  const key = randomBytes(32);
  const size = 200 * 1024 * 1024;
  rows.push({
    name: 'document encrypt stream (200 MB, memory)',
    value: await mbPerSecond(size, () =>
      pipeline(
        generated(size),
        createEncryptStream({ ring: 's', keyId: 'bench', dataKey: key, context: 'bench' }),
        sink(),
      ),
    ),
    unit: 'MB/s',
  });
  rows.push({
    name: 'document encrypt+decrypt stream (200 MB)',
    value: await mbPerSecond(size, () =>
      pipeline(
        generated(size),
        createEncryptStream({ ring: 's', keyId: 'bench', dataKey: key, context: 'bench' }),
        createDecryptStream({ resolveKey: async () => key, expectedContext: 'bench' }),
        sink(),
      ),
    ),
    unit: 'MB/s',
  });
  const dir = mkdtempSync(join(tmpdir(), 'spoor-bench-'));
  const store = new FileBlobStore(dir);
  const diskSize = 100 * 1024 * 1024;
  let blobId = '';
  rows.push({
    name: 'document upload to disk (100 MB, encrypt + fsync)',
    value: await mbPerSecond(diskSize, async () => {
      ({ blobId } = await store.write(generated(diskSize), {
        ring: 's',
        keyId: 'bench',
        dataKey: key,
        context: (id) => `documents/${id}`,
      }));
    }),
    unit: 'MB/s',
  });
  rows.push({
    name: 'document download from disk (100 MB, decrypt)',
    value: await mbPerSecond(diskSize, () =>
      pipeline(
        store.openDecrypted(blobId, { resolveKey: async () => key, expectedContext: `documents/${blobId}` }),
        sink(),
      ),
    ),
    unit: 'MB/s',
  });
  rmSync(dir, { recursive: true, force: true });
  return rows;
}

async function main(): Promise<void> {
  const started = new Date();
  const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);
  progress('field and document crypto…');
  const rows = process.env['BENCH_ONLY'] ? [] : await withScratchDatabase(cryptoFigures);
  const http = await httpFigures(progress);
  for (const figure of http.rows) {
    const verdict = figure.target ? ` — target ${figure.target}: ${figure.met ? 'met' : 'missed'}` : '';
    if (figure.unit)
      rows.push({ name: figure.name, value: figure.rps, unit: figure.unit, note: `${figure.note ?? ''}${verdict}` });
    else
      rows.push({
        name: figure.name,
        value: figure.rps,
        unit: 'req/s',
        note: `${figure.ratioToFloor.toFixed(2)}× floor, p50 ${figure.p50} ms, p99 ${figure.p99} ms${figure.apiCpuMs !== undefined ? `, CPU per request: API ${figure.apiCpuMs.toFixed(2)} ms, PostgreSQL ${(figure.postgresCpuMs ?? 0).toFixed(2)} ms` : ''}${figure.note ? `, ${figure.note}` : ''}${verdict}`,
      });
  }
  sampleRss();
  rows.push({
    name: 'peak RSS of the API process',
    value: http.apiPeakRssMb,
    unit: 'MB',
    note: `over the whole HTTP run, ${http.cases} cases in the database`,
  });
  rows.push({
    name: 'peak RSS of the benchmark process (crypto figures, load generator)',
    value: peakRss / 1024 / 1024,
    unit: 'MB',
  });
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}`;
  const table = [
    `Spoor benchmark, ${started.toISOString()} — ${machine}; ${http.cases} cases; autocannon, 16 connections`,
    '',
    '| measurement | value | unit | note |',
    '|---|---:|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.value >= 100 ? r.value.toFixed(0) : r.value.toFixed(2)} | ${r.unit} | ${r.note ?? ''} |`,
    ),
  ].join('\n');
  const out = join(__dirname, '../../bench/results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'latest.json'),
    JSON.stringify({ startedAt: started.toISOString(), machine, cases: http.cases, rows, http: http.rows }, null, 2) +
      '\n',
  );
  writeFileSync(join(out, 'latest.md'), table + '\n');
  process.stdout.write(table + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
