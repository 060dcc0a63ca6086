import { join } from 'node:path';
import type { AppConfig } from './platform/config/config';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './platform/database/embedded-postgres';
import { runMigrations } from './data-sources';
import {
  ensureDatabase,
  provisionRoles,
  withDatabase,
  withMigrationLock,
  type DatabaseUrls,
} from './platform/database/provision';

export interface PreparedDatabase {
  urls: DatabaseUrls;
  embedded: EmbeddedPostgresHandle | undefined;
  appliedMigrations: string[];
}

/**
 * Everything between "configuration is valid" and "Nest may connect": start the embedded PostgreSQL when
 * DATABASE_URL is absent, create the database and the runtime roles, run the migrations (owner role,
 * under an advisory lock so concurrent instances take turns).
 */
export async function prepareDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'databaseAppUrl' | 'databaseSpecialUrl' | 'dataDir'> & { port?: number },
): Promise<PreparedDatabase> {
  let embedded: EmbeddedPostgresHandle | undefined;
  let ownerUrl = config.databaseUrl;
  if (!ownerUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: join(config.dataDir, 'postgres'),
      avoidPorts: config.port ? [config.port] : [],
    });
    ownerUrl = withDatabase(embedded.serverUrl, 'spoor');
  }
  try {
    await ensureDatabase(ownerUrl);
    const owner = ownerUrl;
    return await withMigrationLock(owner, async () => {
      const urls = await provisionRoles(owner, {
        app: config.databaseAppUrl,
        special: config.databaseSpecialUrl,
      });
      const appliedMigrations = await runMigrations(owner);
      return { urls, embedded, appliedMigrations };
    });
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
