/**
 * `npm run migration:generate -- <Name>`: writes a timestamped migration with what the entities need beyond
 * the existing migrations, and registers it in migrations/index.ts. Review it before committing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pendingSchemaChanges } from '../../apps/api/src/data-sources';
import { withScratchDatabase } from './scratch-database';

const MIGRATIONS = join(__dirname, '../../apps/api/src/database/migrations');

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('usage: npm run migration:generate -- <PascalCaseName>');
  }
  const { up, down } = await withScratchDatabase((ownerUrl) => pendingSchemaChanges(ownerUrl));
  if (up.length === 0) {
    process.stdout.write('Nothing to generate: entities and migrations agree.\n');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const render = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  const file = `${timestamp}-${name}`;
  writeFileSync(
    join(MIGRATIONS, `${file}.ts`),
    `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${render(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${render([...down].reverse())}
  }
}
`,
  );
  const indexPath = join(MIGRATIONS, 'index.ts');
  const index = readFileSync(indexPath, 'utf8')
    .replace(
      /(export const migrations = \[)([^\]]*)\]/,
      (_m, head: string, list: string) => `${head}${list.trim()}, ${className}]`,
    )
    .replace(/^(import [^\n]+\n)(?![\s\S]*^import )/m, `$1import { ${className} } from './${file}';\n`);
  writeFileSync(indexPath, index);
  process.stdout.write(`Wrote migrations/${file}.ts (${up.length} statements) and registered it.\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
