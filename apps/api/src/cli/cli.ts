import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { CliModule } from './cli.module';
import { USAGE, USAGE_ERROR } from './usage';

/**
 * `node dist/apps/api/cli.js <command>` (`npm run keys -- …`, `npm run retention`, …). Exit codes: 0 done,
 * 1 failed (the message on stderr, never a stack), 2 used wrongly (the usage on stderr).
 */
async function main(): Promise<void> {
  await CommandFactory.run(CliModule, {
    logger: false,
    cliName: 'cli',
    // Every help text is the usage; commander's own error lines give way to it (see usageOrHelp).
    helpConfiguration: { formatHelp: () => USAGE },
    outputConfiguration: { outputError: () => undefined },
    errorHandler: usageOrHelp,
    serviceErrorHandler: (error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    },
  });
}

/**
 * Commander stopped before any command ran (its CommanderError carries a `code`): --help (exit 0), or a
 * command it does not know (usage, exit 2).
 */
function usageOrHelp(error: Error & { code?: string }): never {
  if (error.code === 'commander.helpDisplayed') process.exit(0);
  // `cli` without a command has already printed the usage (to stderr) as its help.
  if (error.code !== 'commander.help') process.stderr.write(USAGE);
  process.exit(USAGE_ERROR);
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
