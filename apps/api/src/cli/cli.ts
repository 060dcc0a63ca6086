import 'reflect-metadata';
import { join } from 'node:path';
import { FileBlobStore } from '@spoor/crypto';
import { NestFactory } from '@nestjs/core';
import { defineAbilityFor } from '@spoor/domain';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { PrivacyService } from '../privacy/privacy.service';
import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import { authenticator } from 'otplib';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { InvitationsService } from '../invitations/invitations.service';
import { User } from '../users/user.entity';
import { AccessSealService, cutExpiredAccessLog } from '../access-log/access-seal.service';
import { ConfigError, loadConfig, rotateDevelopmentKey, type AppConfig } from '../platform/config/config';
import { createProcessKeyRing, createSpecialKeyRing, sqlRunner } from '../platform/crypto/key-rings';
import { rotateMasterKey, verifyEncryption } from '../keys/key-operations';
import { appDataSourceOptions, specialDataSourceOptions } from '../data-sources';
import { prepareDatabase } from '../prepare-database';
import { seedDemoData } from '../seed/demo-seed';
import { openJobContext } from '../seed/seed-context';
import { seedSynthetic } from '../seed/synthetic-seed';

const USAGE = `Spoor command line

  keys rotate-master [--special]   re-wrap every data key under the current master key
                                   (development: first generates a new master key into .data/keys)
  keys verify                      check that every encrypted value and document decrypts; prints counts
  audit verify                     seal settled access events, then recompute every seal and the chain;
                                   prints the result and the newest seal (anchor it outside the database)
  retention [--dry-run]            programme data two years after the end (legal holds kept), and the access
                                   log's whole sealed ranges older than SPOOR_ACCESS_LOG_RETENTION_YEARS (5)
  admin:create --email E --name N  the first admin (production): prints a one-time link to set the password
                                   and enrol the second factor; refused when an admin exists
  seed [--cases N]                 without --cases: the demo data, on an empty database only;
                                   with --cases N: N more synthetic cases (people, files, special files)
`;

async function withConnections<T>(config: AppConfig, work: (app: DataSource, special: DataSource) => Promise<T>): Promise<T> {
  const database = await prepareDatabase(config);
  const app = new DataSource(appDataSourceOptions(database.urls.app));
  const special = new DataSource(specialDataSourceOptions(database.urls.special));
  try {
    await app.initialize();
    await special.initialize();
    return await work(app, special);
  } finally {
    if (app.isInitialized) await app.destroy();
    if (special.isInitialized) await special.destroy();
    await database.embedded?.stop();
  }
}

async function keys(args: string[]): Promise<number> {
  const [command, ...flags] = args;
  if (command === 'rotate-master') {
    const ringName = flags.includes('--special') ? 'special' : 'process';
    let config = loadConfig();
    const generated = ringName === 'process' ? !process.env['SPOOR_MASTER_KEY'] : !process.env['SPOOR_SPECIAL_MASTER_KEY'];
    if (generated) {
      if (config.nodeEnv === 'production') throw new ConfigError('production keys come from the environment');
      rotateDevelopmentKey(config.dataDir, ringName);
      config = loadConfig();
      process.stdout.write(`Generated a new development ${ringName} master key; the old one stays readable meanwhile.\n`);
    } else if ((ringName === 'process' ? config.previousMasterKeys : config.previousSpecialMasterKeys).length === 0) {
      process.stdout.write(
        `Note: no ${ringName === 'process' ? 'SPOOR_MASTER_KEY_PREVIOUS' : 'SPOOR_SPECIAL_MASTER_KEY_PREVIOUS'} set; ` +
          'keys under other master keys will be reported as remaining.\n',
      );
    }
    return withConnections(config, async (app, special) => {
      const ring = ringName === 'process' ? createProcessKeyRing(config, sqlRunner(app)) : createSpecialKeyRing(config, sqlRunner(special));
      const result = await rotateMasterKey(ring);
      process.stdout.write(
        `Rotated ${ringName} key ring to master key ${result.masterKeyId}: ${result.rewrapped} re-wrapped, ` +
          `${result.skipped} already done by another writer, ${result.remaining} under master keys not configured.\n`,
      );
      if (result.remaining === 0) {
        process.stdout.write('Every data key is under the current master key: the previous master key may be retired.\n');
      }
      return result.remaining === 0 ? 0 : 1;
    });
  }
  if (command === 'verify') {
    const config = loadConfig();
    return withConnections(config, async (app, special) => {
      const rings = { process: createProcessKeyRing(config, sqlRunner(app)), special: createSpecialKeyRing(config, sqlRunner(special)) };
      const documents = new FileBlobStore(join(config.dataDir, 'documents'));
      const report = await verifyEncryption({ rings, app, special, documents });
      const rows = [
        ...Object.entries(report.fields).map(([name, c]) => [name, c] as const),
        ['documents', report.documents] as const,
      ];
      process.stdout.write('what                                      ok   erased  failed\n');
      for (const [name, counts] of rows) {
        process.stdout.write(`${name.padEnd(40)} ${String(counts.ok).padStart(4)} ${String(counts.erased).padStart(8)} ${String(counts.failed).padStart(7)}\n`);
      }
      process.stdout.write(
        `document rows whose stored file is missing: ${report.documentFiles.missing}\n` +
          `stored documents no row references (orphans, removed by the daily sweep): ${report.documentFiles.unreferenced}\n`,
      );
      for (const [ring, counts] of Object.entries(report.keys)) {
        for (const row of counts) {
          process.stdout.write(`${ring} data keys ${row.destroyed ? 'destroyed' : `under master key ${row.kekId}`}: ${row.count}\n`);
        }
      }
      process.stdout.write(report.ok ? 'keys verify: ok\n' : 'keys verify: FAILED (see the counts above)\n');
      return report.ok ? 0 : 1;
    });
  }
  process.stderr.write(USAGE);
  return 2;
}

async function seed(args: string[]): Promise<number> {
  const index = args.indexOf('--cases');
  const config = loadConfig();
  if (config.nodeEnv === 'production') throw new ConfigError('seeding is refused when NODE_ENV=production');
  const database = await prepareDatabase(config);
  const jobs = await openJobContext(config, database.urls);
  try {
    if (index === -1) {
      const seeded = await seedDemoData(jobs);
      process.stdout.write(seeded ? 'Demo data seeded.\n' : 'The database is not empty: demo data left as it is.\n');
      return 0;
    }
    const count = Number(args[index + 1]);
    if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
      process.stderr.write('--cases must be a whole number from 1 to 1000000\n');
      return 2;
    }
    await seedDemoData(jobs);
    const result = await seedSynthetic(jobs, count, { onProgress: (done) => process.stdout.write(`  ${done} cases…\n`) });
    process.stdout.write(
      `Seeded ${result.cases} synthetic cases in ${result.seconds.toFixed(1)} s (${Math.round(result.cases / result.seconds)} cases/s):\n` +
        Object.entries(result.inserted).map(([name, n]) => `  ${name}: ${n}`).join('\n') + '\n',
    );
    return 0;
  } finally {
    await jobs.close();
    await database.embedded?.stop();
  }
}

async function audit(args: string[]): Promise<number> {
  if (args[0] !== 'verify') {
    process.stderr.write(USAGE);
    return 2;
  }
  const config = loadConfig();
  return withConnections(config, async (app) => {
    const seals = new AccessSealService(app);
    const sealed = await seals.sealPending();
    const result = await seals.verify();
    process.stdout.write(`${JSON.stringify({ sealedNow: sealed, ...result }, null, 2)}\n`);
    process.stdout.write(result.ok ? 'audit verify: ok\n' : `audit verify: FAILED at ${result.firstBad?.position}: ${result.firstBad?.reason}\n`);
    return result.ok ? 0 : 1;
  });
}

async function retention(args: string[]): Promise<number> {
  const dryRun = args.includes('--dry-run');
  const config = loadConfig();
  const years = config.accessLogRetentionYears;
  const database = await prepareDatabase(config);
  const owner = new DataSource({ type: 'postgres', url: database.urls.owner });
  try {
    await owner.initialize();
    // Programme data (two years after the end; legal holds kept) through the same service the API uses.
    const context = await NestFactory.createApplicationContext(AppModule.register({ config: { ...config, logLevel: 'warn' }, urls: database.urls }), { logger: false });
    try {
      const privacy = context.get(PrivacyService);
      const system: AuthenticatedUser = {
        id: '00000000-0000-0000-0000-000000000000', role: 'privacy_officer', organisationId: null, personId: null, sessionId: 'cli', breakGlassCaseIds: [],
        ability: defineAbilityFor({ id: '00000000-0000-0000-0000-000000000000', role: 'privacy_officer', organisationId: null, personId: null }),
      };
      const request = { id: 'cli-retention', ip: undefined, header: () => undefined } as unknown as Request;
      const result = await privacy.runRetention(system, dryRun, request);
      const programme = result.categories.programme;
      process.stdout.write(
        `${dryRun ? 'Would erase' : 'Erased'} programme data (${programme.rule}): ${dryRun ? programme.people : programme.erased} people, ${programme.cases} cases; kept for a legal hold: ${programme.keptForLegalHold}.\n` +
          `Fiscal records (${result.categories.fiscal.rule}): ${result.categories.fiscal.note}.\n`,
      );
    } finally {
      await context.close();
    }
    const olderThan = new Date(Date.now() - years * 365.25 * 24 * 3600_000);
    const cut = await cutExpiredAccessLog(owner, olderThan, { dryRun });
    process.stdout.write(
      `${dryRun ? 'Would remove' : 'Removed'} from the access log: ${cut.eventsRemoved} events in ${cut.sealsRemoved} sealed ranges older than ${olderThan.toISOString().slice(0, 10)} (retention ${years} years).\n`,
    );
    return 0;
  } finally {
    if (owner.isInitialized) await owner.destroy();
    await database.embedded?.stop();
  }
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

async function createAdmin(args: string[]): Promise<number> {
  const email = option(args, '--email')?.trim().toLowerCase();
  const name = option(args, '--name')?.trim();
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    process.stderr.write('--email must be an e-mail address\n');
    return 2;
  }
  if (!name || name.length < 2) {
    process.stderr.write('--name must be the admin\'s name (2 characters or more)\n');
    return 2;
  }
  const config = loadConfig();
  const database = await prepareDatabase(config);
  const context = await NestFactory.createApplicationContext(AppModule.register({ config: { ...config, logLevel: 'warn' }, urls: database.urls }), { logger: false });
  try {
    const dataSource = context.get<DataSource>(getDataSourceToken());
    const [{ admins }] = await dataSource.query("SELECT count(*)::int AS admins FROM public.users WHERE role = 'admin' AND disabled_at IS NULL");
    if (admins > 0) {
      process.stderr.write('An admin exists already: admins create further accounts in Spoor itself.\n');
      return 1;
    }
    const fields = context.get<EncryptedFields>(PROCESS_FIELDS);
    const user = Object.assign(new User(), {
      id: randomUUID(), role: 'admin' as const, email, displayName: name, passwordHash: null, totpSecret: authenticator.generateSecret(),
      totpLastStep: null, mfaEnrolledAt: null, organisationId: null, personId: null, disabledAt: null,
    });
    await dataSource.getRepository(User).insert(await fields.seal(User, user));
    const link = await context.get(InvitationsService).createLink(user, 'invite');
    process.stdout.write(
      `Admin ${email} created. Open this one-time link within 72 hours to set the password and enrol the second factor\n` +
        `(scan the QR code it shows):\n\n  ${link}\n\nThe link is a credential: do not store or forward it.\n`,
    );
    return 0;
  } finally {
    await context.close();
    await database.embedded?.stop();
  }
}

async function main(argv: string[]): Promise<number> {
  const [group, ...rest] = argv;
  if (group === 'admin:create') return createAdmin(rest);
  if (group === 'retention') return retention(rest);
  if (group === 'audit') return audit(rest);
  if (group === 'keys') return keys(rest);
  if (group === 'seed') return seed(rest);
  process.stderr.write(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
