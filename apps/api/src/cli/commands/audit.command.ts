import { Command, CommandRunner, SubCommand } from 'nest-commander';
import { AccessSealService } from '../../access-log/access-seal.service';
import { loadConfig } from '../../platform/config/config';
import { withConnections } from '../cli-context';
import { usageError } from '../usage';

/** `audit verify`: seal what has settled, then recompute every seal and the chain. */
@SubCommand({ name: 'verify', description: "verify the access log's seals and hash chain", allowUnknownOptions: true })
export class AuditVerifyCommand extends CommandRunner {
  async run(): Promise<void> {
    const config = loadConfig();
    await withConnections(config, async (app) => {
      const seals = new AccessSealService(app);
      const sealed = await seals.sealPending();
      const result = await seals.verify();
      process.stdout.write(`${JSON.stringify({ sealedNow: sealed, ...result }, null, 2)}\n`);
      process.stdout.write(
        result.ok
          ? 'audit verify: ok\n'
          : `audit verify: FAILED at ${result.firstBad?.position}: ${result.firstBad?.reason}\n`,
      );
      process.exitCode = result.ok ? 0 : 1;
    });
  }
}

/** `audit` alone, or with an unknown subcommand: the usage. */
@Command({ name: 'audit', description: 'the access log', subCommands: [AuditVerifyCommand], allowUnknownOptions: true })
export class AuditCommand extends CommandRunner {
  async run(): Promise<void> {
    usageError();
  }
}
