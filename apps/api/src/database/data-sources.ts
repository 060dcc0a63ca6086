import { DataSource, DataSourceOptions } from 'typeorm';
import { allEntities, processEntities, specialEntities } from './entities';
import { migrations } from './migrations';

export const SPECIAL_CONNECTION = 'special';

const common = {
  type: 'postgres' as const,
  synchronize: false,
  migrationsRun: false,
  logging: false,
};

/**
 * Request pools plan prepared statements once (generic plans): their statements are OLTP lookups whose best
 * plan does not depend on the values, and PostgreSQL would otherwise re-plan the case list's seven-way join on
 * every request (it cannot see that LIMIT is small; ~1.7 ms of planning against ~0.4 ms of work at 20,000
 * cases). reliability/query-plans.integration-spec.ts checks those generic plans.
 */
export const REQUEST_POOL_OPTIONS = '-c plan_cache_mode=force_generic_plan';

/** Owner: migrations and the drift check only; never serves requests. */
export function ownerDataSourceOptions(url: string): DataSourceOptions {
  return { ...common, url, entities: allEntities, migrations, migrationsTableName: 'migrations', extra: { max: 2 } };
}

/** `spoor_app`: the process file and the access log. */
export function appDataSourceOptions(url: string): DataSourceOptions {
  return { ...common, url, entities: processEntities, extra: { max: 20, connectionTimeoutMillis: 5000, options: REQUEST_POOL_OPTIONS } };
}

/** `spoor_special`: the special file and the access log; handed only to the special-file module. */
export function specialDataSourceOptions(url: string): DataSourceOptions {
  return { ...common, url, entities: specialEntities, extra: { max: 10, connectionTimeoutMillis: 5000, options: REQUEST_POOL_OPTIONS } };
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
