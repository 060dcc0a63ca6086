import { Module } from '@nestjs/common';
import { AdminCreateCommand } from './commands/admin-create.command';
import { AuditCommand, AuditVerifyCommand } from './commands/audit.command';
import { KeysCommand, KeysRotateMasterCommand, KeysVerifyCommand } from './commands/keys.command';
import { RetentionCommand } from './commands/retention.command';
import { SeedCommand } from './commands/seed.command';

/**
 * The commands, and nothing else: no configuration, no connections. Each command prepares the database (and,
 * when it needs the features' services, an application context without HTTP server or jobs) itself, so that
 * a usage error or `keys rotate-master`'s new development key comes before any connection is made.
 */
@Module({
  providers: [
    AdminCreateCommand,
    RetentionCommand,
    AuditCommand,
    AuditVerifyCommand,
    KeysCommand,
    KeysRotateMasterCommand,
    KeysVerifyCommand,
    SeedCommand,
  ],
})
export class CliModule {}
