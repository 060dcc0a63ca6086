import { join } from 'node:path';
import { FileBlobStore } from '@spoor/crypto';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { rotateMasterKey, verifyEncryption } from '../../keys/key-operations';
import { ConfigError, loadConfig, rotateDevelopmentKey } from '../../platform/config/config';
import { createProcessKeyRing, createSpecialKeyRing, sqlRunner } from '../../platform/crypto/key-rings';
import { withConnections } from '../cli-context';
import { usageError } from '../usage';

/**
 * `keys rotate-master [--special]`: re-wrap every data key of the ring under the current master key. Exit code
 * 1 while keys under master keys that are not configured remain.
 */
@SubCommand({
  name: 'rotate-master',
  description: 're-wrap every data key under the current master key',
  allowUnknownOptions: true,
})
export class KeysRotateMasterCommand extends CommandRunner {
  async run(_arguments: string[], options: { special?: boolean }): Promise<void> {
    const ringName = options.special === true ? 'special' : 'process';
    let config = loadConfig();
    const generated =
      ringName === 'process' ? !process.env['SPOOR_MASTER_KEY'] : !process.env['SPOOR_SPECIAL_MASTER_KEY'];
    if (generated) {
      if (config.nodeEnv === 'production') throw new ConfigError('production keys come from the environment');
      rotateDevelopmentKey(config.dataDir, ringName);
      config = loadConfig();
      process.stdout.write(
        `Generated a new development ${ringName} master key; the old one stays readable meanwhile.\n`,
      );
    } else if ((ringName === 'process' ? config.previousMasterKeys : config.previousSpecialMasterKeys).length === 0) {
      process.stdout.write(
        `Note: no ${ringName === 'process' ? 'SPOOR_MASTER_KEY_PREVIOUS' : 'SPOOR_SPECIAL_MASTER_KEY_PREVIOUS'} set; ` +
          'keys under other master keys will be reported as remaining.\n',
      );
    }
    const rotated = config;
    await withConnections(rotated, async (app, special) => {
      const ring =
        ringName === 'process'
          ? createProcessKeyRing(rotated, sqlRunner(app))
          : createSpecialKeyRing(rotated, sqlRunner(special));
      const result = await rotateMasterKey(ring);
      process.stdout.write(
        `Rotated ${ringName} key ring to master key ${result.masterKeyId}: ${result.rewrapped} re-wrapped, ` +
          `${result.skipped} already done by another writer, ${result.remaining} under master keys not configured.\n`,
      );
      if (result.remaining === 0) {
        process.stdout.write(
          'Every data key is under the current master key: the previous master key may be retired.\n',
        );
      }
      process.exitCode = result.remaining === 0 ? 0 : 1;
    });
  }

  @Option({ flags: '--special', description: 'the special-file key ring' })
  parseSpecial(): boolean {
    return true;
  }
}

/** `keys verify`: every encrypted value and document decrypts (or is knowingly erased); prints counts. */
@SubCommand({
  name: 'verify',
  description: 'check that every encrypted value and document decrypts',
  allowUnknownOptions: true,
})
export class KeysVerifyCommand extends CommandRunner {
  async run(): Promise<void> {
    const config = loadConfig();
    await withConnections(config, async (app, special) => {
      const rings = {
        process: createProcessKeyRing(config, sqlRunner(app)),
        special: createSpecialKeyRing(config, sqlRunner(special)),
      };
      const documents = new FileBlobStore(join(config.dataDir, 'documents'));
      const report = await verifyEncryption({ rings, app, special, documents });
      const rows = [
        ...Object.entries(report.fields).map(([name, c]) => [name, c] as const),
        ['documents', report.documents] as const,
      ];
      process.stdout.write('what                                      ok   erased  failed\n');
      for (const [name, counts] of rows) {
        process.stdout.write(
          `${name.padEnd(40)} ${String(counts.ok).padStart(4)} ${String(counts.erased).padStart(8)} ${String(counts.failed).padStart(7)}\n`,
        );
      }
      process.stdout.write(
        `document rows whose stored file is missing: ${report.documentFiles.missing}\n` +
          `stored documents no row references (orphans, removed by the daily sweep): ${report.documentFiles.unreferenced}\n`,
      );
      for (const [ring, counts] of Object.entries(report.keys)) {
        for (const row of counts) {
          process.stdout.write(
            `${ring} data keys ${row.destroyed ? 'destroyed' : `under master key ${row.kekId}`}: ${row.count}\n`,
          );
        }
      }
      process.stdout.write(report.ok ? 'keys verify: ok\n' : 'keys verify: FAILED (see the counts above)\n');
      process.exitCode = report.ok ? 0 : 1;
    });
  }
}

/** `keys` alone, or with an unknown subcommand: the usage. */
@Command({
  name: 'keys',
  description: 'the encryption keys',
  subCommands: [KeysRotateMasterCommand, KeysVerifyCommand],
  allowUnknownOptions: true,
})
export class KeysCommand extends CommandRunner {
  async run(): Promise<void> {
    usageError();
  }
}
