#!/usr/bin/env node
// Runs jest with the given config and arguments, then prints the contract's closing line
// "N passed, N failed" as the very last line (jest's own summary would otherwise follow a reporter's output).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const [config, ...rest] = process.argv.slice(2);
const outDir = join(process.cwd(), 'tmp');
mkdirSync(outDir, { recursive: true });
const summaryFile = join(outDir, `jest-summary-${process.pid}.json`);
rmSync(summaryFile, { force: true });
const result = spawnSync(
  process.execPath,
  // --ci, always: a missing snapshot fails instead of being written (the route → policy snapshot is reviewed,
  // so it must never appear unnoticed). Writing or updating one is a deliberate act: `npm test -- -u <pattern>`
  // (jest lets an explicit --updateSnapshot override --ci), then review the .snap diff.
  ['node_modules/jest/bin/jest.js', '-c', config, '--json', '--outputFile', summaryFile, '--ci', ...rest],
  { stdio: 'inherit', env: process.env },
);
let passed = 0;
let failed = 0;
if (existsSync(summaryFile)) {
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  passed = summary.numPassedTests;
  // A suite that could not run (failing import or beforeAll) counts as a failure, not as nothing.
  const brokenSuites = summary.testResults.filter(
    (r) => r.status === 'failed' && r.assertionResults.every((a) => a.status !== 'failed'),
  ).length;
  failed = summary.numFailedTests + brokenSuites;
  rmSync(summaryFile, { force: true });
} else {
  failed = 1;
}
if (result.status !== 0 && failed === 0) failed = 1;
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);
