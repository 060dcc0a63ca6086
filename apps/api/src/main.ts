import 'reflect-metadata';
import { ConfigError, loadConfig, resolveNodeEnv } from './platform/config/config';
import { prepareDatabase } from './prepare-database';
import { createApp } from './create-app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET, seedDemoData } from './seed/demo-seed';
import { openJobContext } from './seed/seed-context';

async function main(): Promise<void> {
  const config = loadConfig();
  const mode = resolveNodeEnv(process.env);
  const database = await prepareDatabase(config);
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping Spoor…\n`);
    try {
      await app?.close();
    } finally {
      await database.embedded?.stop();
      process.stdout.write('Stopped.\n');
      process.exit(0);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  try {
    let seeded = false;
    if (config.nodeEnv !== 'production') {
      const jobs = await openJobContext(config, database.urls);
      try {
        seeded = await seedDemoData(jobs);
      } finally {
        await jobs.close();
      }
    }
    app = await createApp({ config, urls: database.urls });
    await app.listen(config.port);
    const url = `http://localhost:${config.port}`;
    const lines = [
      '',
      `Spoor is running on ${url}  (API ${url}/api, OpenAPI ${url}/api/docs` +
        `${config.nodeEnv === 'production' ? ', for logged-in staff' : ''})`,
      `Mode: ${config.nodeEnv} (${mode.reason})`,
      database.embedded ? `PostgreSQL: embedded, data in ${config.dataDir}/postgres` : 'PostgreSQL: DATABASE_URL',
      database.appliedMigrations.length
        ? `Migrations applied: ${database.appliedMigrations.join(', ')}`
        : 'Migrations: up to date',
    ];
    if (config.nodeEnv !== 'production') {
      lines.push(
        seeded ? 'Demo data: seeded now (44 cases)' : 'Demo data: kept from before',
        `Demo accounts (password ${DEMO_PASSWORD}; staff second factor: TOTP secret ${DEMO_TOTP_SECRET}):`,
        ...DEMO_ACCOUNTS.map(
          (a) => `  ${a.email.padEnd(26)} ${a.role.padEnd(16)} ${a.displayName}${a.note ? ` — ${a.note}` : ''}`,
        ),
      );
    }
    process.stdout.write(lines.join('\n') + '\n\n');
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.embedded?.stop();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Spoor failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
