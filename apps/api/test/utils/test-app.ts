import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '../../src/platform/config/config';
import { createApp } from '../../src/create-app';
import type { DatabaseUrls } from '../../src/platform/database/provision';
import { testConfig } from './test-database';

/** The real application (all modules, filters, pipes) on a suite's own database. */
export async function createTestApp(
  urls: DatabaseUrls,
  overrides: Partial<AppConfig> = {},
  logStream?: NodeJS.WritableStream,
): Promise<NestExpressApplication> {
  const app = await createApp({ config: testConfig(overrides), urls, logStream });
  await app.init();
  return app;
}
