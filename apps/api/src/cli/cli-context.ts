import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { appDataSourceOptions, specialDataSourceOptions } from '../data-sources';
import type { AppConfig } from '../platform/config/config';
import type { DatabaseUrls } from '../platform/database/provision';
import { prepareDatabase, type PreparedDatabase } from '../prepare-database';

/** The database, migrated, for the length of `work` (an embedded PostgreSQL is started and stopped around it). */
export async function withDatabase<T>(config: AppConfig, work: (database: PreparedDatabase) => Promise<T>): Promise<T> {
  const database = await prepareDatabase(config);
  try {
    return await work(database);
  } finally {
    await database.embedded?.stop();
  }
}

/**
 * The application's own services for a command: every feature module, but no HTTP server and no daily jobs
 * (a command must not start a scheduler of its own). Only warnings are logged.
 */
export async function withApplication<T>(
  config: AppConfig,
  urls: DatabaseUrls,
  work: (context: INestApplicationContext) => Promise<T>,
): Promise<T> {
  const context = await NestFactory.createApplicationContext(
    AppModule.register({ config: { ...config, logLevel: 'warn' }, urls, jobs: false }),
    { logger: false },
  );
  try {
    return await work(context);
  } finally {
    await context.close();
  }
}

/** Both runtime connections without Nest, for the key operations (which work below the application). */
export async function withConnections<T>(
  config: AppConfig,
  work: (app: DataSource, special: DataSource) => Promise<T>,
): Promise<T> {
  return withDatabase(config, async (database) => {
    const app = new DataSource(appDataSourceOptions(database.urls.app));
    const special = new DataSource(specialDataSourceOptions(database.urls.special));
    try {
      await app.initialize();
      await special.initialize();
      return await work(app, special);
    } finally {
      if (app.isInitialized) await app.destroy();
      if (special.isInitialized) await special.destroy();
    }
  });
}
