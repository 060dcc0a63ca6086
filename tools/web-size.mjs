#!/usr/bin/env node
// The web app's initial JavaScript, gzipped: the entry script and what index.html preloads. Budget 300 KB.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(process.cwd(), 'dist/apps/web');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const file of new Set(files)) {
  const size = gzipSync(readFileSync(join(dist, file))).length;
  total += size;
  process.stdout.write(`${file}: ${(size / 1024).toFixed(1)} KB gzip\n`);
}
const budget = 300 * 1024;
process.stdout.write(`initial JavaScript: ${(total / 1024).toFixed(1)} KB gzip (budget ${budget / 1024} KB)\n`);
if (files.length === 0 || total > budget) process.exit(1);
