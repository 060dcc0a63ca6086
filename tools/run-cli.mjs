#!/usr/bin/env node
// `npm run keys -- …` and friends: make sure the API bundle is built (Nx cache makes this quick when nothing
// changed; its output is shown only when the build fails), then run dist/apps/api/cli.js.
import { spawnSync } from 'node:child_process';

const build = spawnSync('npx', ['nx', 'run', 'api:build', '--output-style=static'], {
  encoding: 'utf8',
  env: { ...process.env, NX_DAEMON: 'false' },
});
if (build.status !== 0) {
  process.stderr.write(build.stdout + build.stderr);
  process.exit(build.status ?? 1);
}
const cli = spawnSync(process.execPath, ['dist/apps/api/cli.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(cli.status ?? 1);
