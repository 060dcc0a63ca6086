import { Command, CommandRunner, Option } from 'nest-commander';
import { ConfigError, loadConfig, resolveNodeEnv } from '../../platform/config/config';
import { seedDemoData } from '../../seed/demo-seed';
import { openJobContext } from '../../seed/seed-context';
import { seedSynthetic } from '../../seed/synthetic-seed';
import { withDatabase } from '../cli-context';
import { USAGE_ERROR } from '../usage';

/**
 * `seed [--cases N]`: without --cases the demo data, on an empty database only; with --cases N also N
 * synthetic cases (people, reports, special files, access events) for load and scale work. Never in production.
 */
@Command({ name: 'seed', description: 'demo data, and synthetic cases with --cases N', allowUnknownOptions: true })
export class SeedCommand extends CommandRunner {
  async run(_arguments: string[], options: { cases?: string | boolean }): Promise<void> {
    // Asked before loadConfig: an operator who seeds against a server without NODE_ENV needs this answer, not
    // the list of production variables.
    const { nodeEnv, reason } = resolveNodeEnv(process.env);
    if (nodeEnv === 'production') {
      throw new ConfigError(
        `seeding is refused in production (${reason}): demo and synthetic data never enter a production database. ` +
          'For synthetic data in a development or test database, set NODE_ENV=development.',
      );
    }
    const config = loadConfig();
    const count = options.cases === undefined ? undefined : Number(options.cases);
    await withDatabase(config, async (database) => {
      const jobs = await openJobContext(config, database.urls);
      try {
        if (count === undefined) {
          const seeded = await seedDemoData(jobs);
          process.stdout.write(
            seeded ? 'Demo data seeded.\n' : 'The database is not empty: demo data left as it is.\n',
          );
          return;
        }
        if (typeof options.cases !== 'string' || !Number.isInteger(count) || count < 1 || count > 1_000_000) {
          process.stderr.write('--cases must be a whole number from 1 to 1000000\n');
          process.exitCode = USAGE_ERROR;
          return;
        }
        await seedDemoData(jobs);
        const result = await seedSynthetic(jobs, count, {
          onProgress: (done) => process.stdout.write(`  ${done} cases…\n`),
        });
        process.stdout.write(
          `Seeded ${result.cases} synthetic cases in ${result.seconds.toFixed(1)} s (${Math.round(result.cases / result.seconds)} cases/s):\n` +
            Object.entries(result.inserted)
              .map(([name, n]) => `  ${name}: ${n}`)
              .join('\n') +
            '\n',
        );
      } finally {
        await jobs.close();
      }
    });
  }

  /** Kept as given (a value-less --cases arrives as `true`): run() names what is wrong. */
  @Option({ flags: '--cases [n]', description: 'how many synthetic cases to add (1 to 1000000)' })
  parseCases(value: string): string {
    return value;
  }
}
