import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { AccessSealService } from '../../access-log/access-seal.service';
import { loadConfig } from '../../platform/config/config';
import { withConnections } from '../cli-context';
import { usageError } from '../usage';

/**
 * `audit verify [--anchors]`: seal what has settled, then check every event's MAC, every seal and the chain;
 * with `--anchors`, also against the anchor file under SPOOR_DATA_DIR/anchors (required then). Exit code 1 on
 * any problem.
 */
@SubCommand({
  name: 'verify',
  description: "verify the access log's MACs, seals and hash chain (--anchors: and its external anchors)",
  allowUnknownOptions: true,
})
export class AuditVerifyCommand extends CommandRunner {
  async run(_arguments: string[], options: { anchors?: boolean } = {}): Promise<void> {
    const config = loadConfig();
    await withConnections(config, async (app) => {
      const seals = new AccessSealService(app, config);
      const sealed = await seals.sealPending();
      const result = await seals.verify({ anchors: options.anchors ? 'required' : 'skip' });
      process.stdout.write(`${JSON.stringify({ sealedNow: sealed, ...result }, null, 2)}\n`);
      process.stdout.write(
        result.ok
          ? `audit verify: ok${options.anchors ? ` (${result.anchors?.checked ?? 0} anchors)` : ''}\n`
          : `audit verify: FAILED at ${result.firstBad?.position}: ${result.firstBad?.reason}\n` +
              result.problems.map((problem) => `  ${problem.code} at ${problem.position}\n`).join(''),
      );
      process.exitCode = result.ok ? 0 : 1;
    });
  }

  @Option({ flags: '--anchors', description: 'also check the chain against the anchor file (SPOOR_DATA_DIR/anchors)' })
  parseAnchors(): boolean {
    return true;
  }
}

/** `audit` alone, or with an unknown subcommand: the usage. */
@Command({ name: 'audit', description: 'the access log', subCommands: [AuditVerifyCommand], allowUnknownOptions: true })
export class AuditCommand extends CommandRunner {
  async run(): Promise<void> {
    usageError();
  }
}
