import { createHmac } from 'node:crypto';
import { Client } from 'pg';

/** The two runtime roles. Migrations run as the owner named by DATABASE_URL. */
export const APP_ROLE = 'spoor_app';
export const SPECIAL_ROLE = 'spoor_special';
export type RuntimeRole = typeof APP_ROLE | typeof SPECIAL_ROLE;

export interface DatabaseUrls {
  owner: string;
  app: string;
  special: string;
}

/**
 * Login passwords of the runtime roles are derived from the owner's connection string (which holds the owner
 * password), so an operator manages one database secret, rotating an encryption master key does not lock
 * running instances out, and a leaked app password reveals neither the owner's nor the special one.
 * Re-applied on every start.
 */
export function runtimeRolePassword(ownerUrl: string, role: RuntimeRole): string {
  // Roles are cluster-wide: every database on the server must derive the same password.
  const server = new URL(ownerUrl);
  server.pathname = '/';
  server.search = '';
  return createHmac('sha256', `spoor/database-role/v1|${server.toString()}`).update(role).digest('base64url');
}

export function urlForRole(ownerUrl: string, role: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** Creates the database named by `ownerUrl` when it does not exist (needs CREATEDB on the server). */
export async function ensureDatabase(ownerUrl: string): Promise<void> {
  const name = databaseName(ownerUrl);
  const probe = new Client({ connectionString: ownerUrl });
  try {
    await probe.connect();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error; // 3D000: database does not exist
  } finally {
    await probe.end().catch(() => undefined);
  }
  const admin = new Client({ connectionString: withDatabase(ownerUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } catch (error) {
    if ((error as { code?: string }).code !== '42P04') throw error; // created meanwhile by another process
  } finally {
    await admin.end();
  }
}

/**
 * Creates the runtime roles (cluster-wide, so idempotent and safe when several databases or test suites
 * provision at once) and sets their passwords. Returns the URLs the API connects with.
 * When the owner may not create roles, the operator creates them (README, "Database roles") and passes
 * DATABASE_APP_URL and DATABASE_SPECIAL_URL.
 */
export async function provisionRoles(
  ownerUrl: string,
  explicit: { app?: string; special?: string } = {},
): Promise<DatabaseUrls> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const urls: DatabaseUrls = { owner: ownerUrl, app: explicit.app ?? '', special: explicit.special ?? '' };
    for (const role of [APP_ROLE, SPECIAL_ROLE] as const) {
      const given = role === APP_ROLE ? explicit.app : explicit.special;
      if (given) continue;
      const password = runtimeRolePassword(ownerUrl, role);
      await client.query(`
        DO $$ BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${quoteLiteral(role)}) THEN
            CREATE ROLE ${quoteIdent(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS;
          END IF;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$`);
      // Roles are cluster-wide: provisioning of another database may alter the same role at this moment
      // ("tuple concurrently updated"), so retry a few times.
      for (let attempt = 1; ; attempt++) {
        try {
          await client.query(`ALTER ROLE ${quoteIdent(role)} LOGIN PASSWORD ${quoteLiteral(password)}`);
          break;
        } catch (error) {
          if (attempt >= 5 || !/concurrently/.test((error as Error).message)) throw error;
          await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
        }
      }
      const url = urlForRole(ownerUrl, role, password);
      if (role === APP_ROLE) urls.app = url;
      else urls.special = url;
    }
    return urls;
  } catch (error) {
    if ((error as { code?: string }).code === '42501') {
      throw new Error(
        'The DATABASE_URL role may not create roles. Create spoor_app and spoor_special as described in the README ' +
          '("Database roles") and set DATABASE_APP_URL and DATABASE_SPECIAL_URL.',
      );
    }
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Runs `work` while holding a database-wide advisory lock, so several API instances starting at once
 * provision and migrate one after another.
 */
export async function withMigrationLock<T>(ownerUrl: string, work: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('spoor-migrations'))");
    return await work();
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext('spoor-migrations'))").catch(() => undefined);
    await client.end();
  }
}
