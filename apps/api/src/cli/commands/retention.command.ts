import { Command, CommandRunner, Option } from 'nest-commander';
import { DataSource } from 'typeorm';
import { cutExpiredAccessLog } from '../../access-log/access-seal.service';
import { loadConfig } from '../../platform/config/config';
import { RetentionService } from '../../privacy/retention.service';
import { systemActor } from '../../security/system-actor';
import { withApplication, withDatabase } from '../cli-context';

/**
 * `retention [--dry-run]`: programme data through the same service the API and the daily job use, then the
 * access log's expired sealed ranges as the owner role, through `audit.cut_access_log` (the only way anything
 * leaves the log) and recorded by a MAC'd event.
 */
@Command({
  name: 'retention',
  description: 'programme data and the access log past their retention',
  allowUnknownOptions: true,
})
export class RetentionCommand extends CommandRunner {
  async run(_arguments: string[], options: { dryRun?: boolean }): Promise<void> {
    const dryRun = options.dryRun === true;
    const config = loadConfig();
    const years = config.accessLogRetentionYears;
    await withDatabase(config, async (database) => {
      const owner = new DataSource({ type: 'postgres', url: database.urls.owner });
      try {
        await owner.initialize();
        await withApplication(config, database.urls, async (context) => {
          const { user, request } = systemActor('privacy_officer', 'cli-retention');
          const result = await context.get(RetentionService).run(user, dryRun, request);
          const programme = result.categories.programme;
          process.stdout.write(
            `${dryRun ? 'Would erase' : 'Erased'} programme data (${programme.rule}): ${dryRun ? programme.people : programme.erased} people, ${programme.cases} cases; kept for a legal hold: ${programme.keptForLegalHold}.\n` +
              `Fiscal records (${result.categories.fiscal.rule}): ${result.categories.fiscal.note}.\n`,
          );
        });
        const olderThan = new Date(Date.now() - years * 365.25 * 24 * 3600_000);
        const cut = await cutExpiredAccessLog(owner, config, olderThan, { dryRun });
        process.stdout.write(
          `${dryRun ? 'Would remove' : 'Removed'} from the access log: ${cut.eventsRemoved} events in ${cut.sealsRemoved} sealed ranges older than ${olderThan.toISOString().slice(0, 10)} (retention ${years} years).\n`,
        );
      } finally {
        if (owner.isInitialized) await owner.destroy();
      }
    });
  }

  @Option({ flags: '--dry-run', description: 'say what would be removed, remove nothing' })
  parseDryRun(): boolean {
    return true;
  }
}
