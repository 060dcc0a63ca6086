import { DataSource, DataSourceOptions } from 'typeorm';
import { allEntities, processEntities, specialEntities } from './entities';
import { REQUEST_POOL_OPTIONS } from './platform/database/connections';
import { migrations } from './platform/database/migrations';

export { SPECIAL_CONNECTION } from './platform/database/connections';

const common = {
  type: 'postgres' as const,
  synchronize: false,
  migrationsRun: false,
  logging: false,
};

/** Owner: migrations and the drift check only; never serves requests. */
export function ownerDataSourceOptions(url: string): DataSourceOptions {
  return { ...common, url, entities: allEntities, migrations, migrationsTableName: 'migrations', extra: { max: 2 } };
}

/** `spoor_app`: the process file and the access log. */
export function appDataSourceOptions(url: string): DataSourceOptions {
  return {
    ...common,
    url,
    entities: processEntities,
    extra: { max: 20, connectionTimeoutMillis: 5000, options: REQUEST_POOL_OPTIONS },
  };
}

/** `spoor_special`: the special file and the access log. In the API only the special-file module opens it (SPECIAL_DATABASE_OPTIONS); offline tools (seed, CLI) open their own. */
export function specialDataSourceOptions(url: string): DataSourceOptions {
  return {
    ...common,
    url,
    entities: specialEntities,
    extra: { max: 10, connectionTimeoutMillis: 5000, options: REQUEST_POOL_OPTIONS },
  };
}

export async function runMigrations(ownerUrl: string): Promise<string[]> {
  const dataSource = new DataSource(ownerDataSourceOptions(ownerUrl));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

/** SQL that would bring the database in line with the entities; empty when migrations and entities agree. */
export async function pendingSchemaChanges(ownerUrl: string): Promise<{ up: string[]; down: string[] }> {
  const dataSource = new DataSource(ownerDataSourceOptions(ownerUrl));
  await dataSource.initialize();
  try {
    const log = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: log.upQueries.map((q) => q.query),
      down: log.downQueries.map((q) => q.query),
    };
  } finally {
    await dataSource.destroy();
  }
}
