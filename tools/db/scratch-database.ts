import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../apps/api/src/platform/database/embedded-postgres';
import { runMigrations } from '../../apps/api/src/data-sources';
import { ensureDatabase, provisionRoles, withDatabase } from '../../apps/api/src/platform/database/provision';
import { dropDatabase } from '../../apps/api/test/utils/test-database';

/**
 * A migrated throw-away database on DATABASE_URL's server (or on an embedded PostgreSQL started for the
 * occasion); dropped afterwards whatever `work` does.
 */
export async function withScratchDatabase<T>(work: (ownerUrl: string) => Promise<T>): Promise<T> {
  let server = process.env['DATABASE_URL'];
  let stopEmbedded: (() => Promise<void>) | undefined;
  let root: string | undefined;
  if (!server) {
    root = mkdtempSync(join(tmpdir(), 'spoor-scratch-'));
    chmodSync(root, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir: join(root, 'postgres'), persistent: false });
    server = embedded.serverUrl;
    stopEmbedded = () => embedded.stop();
  }
  const name = `spoor_scratch_${randomBytes(6).toString('hex')}`;
  const ownerUrl = withDatabase(server, name);
  try {
    await ensureDatabase(ownerUrl);
    await provisionRoles(ownerUrl);
    await runMigrations(ownerUrl);
    return await work(ownerUrl);
  } finally {
    await dropDatabase(server, name).catch(() => undefined);
    await stopEmbedded?.();
    if (root) rmSync(root, { recursive: true, force: true });
  }
}
