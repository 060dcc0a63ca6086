import { Client } from 'pg';

/** Per table ("schema.table"), an md5 of its content: rows as text, in a fixed order. */
export type DatabaseFingerprint = Record<string, string>;

/** The schemas a route can write: the process file (`public`) and the special file (`special`). */
const SCHEMAS = ['public', 'special'];

/**
 * What changes on any request, allowed or refused, without being what the request wrote. Nothing else is
 * left out. (The `audit` schema is not fingerprinted at all: every request, a refused one included, writes
 * its access event there on purpose, and the sealer seals them; the access-log suites check that schema.)
 */
const EXCLUDED_COLUMNS: Record<string, string[]> = {
  // The session's idle timeout slides on every authenticated request (at most once a minute).
  'public.sessions': ['last_seen_at'],
};
const EXCLUDED_TABLES: Record<string, string> = {
  'public.auth_failures':
    'the login and second-factor throttle counts refused attempts: a refusal writes one on purpose',
};

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The tables fingerprinted: every base table of `public` and `special` (so a new one is covered without a change here) but the excluded ones. */
export async function fingerprintedTables(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
      WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1`,
    [SCHEMAS],
  );
  return rows.map((r) => r.name).filter((name) => !(name in EXCLUDED_TABLES));
}

/**
 * The content of every table a route can write, one hash per table, read over `ownerUrl` (the owner can read
 * both `public` and `special`; the runtime roles each see only one). Two equal fingerprints mean nothing was
 * written in between, apart from the exclusions named above.
 */
export async function databaseFingerprint(ownerUrl: string): Promise<DatabaseFingerprint> {
  const fingerprints = await openFingerprints(ownerUrl);
  try {
    return await fingerprints.take();
  } finally {
    await fingerprints.close();
  }
}

export interface Fingerprints {
  /** `databaseFingerprint`, now. */
  take(): Promise<DatabaseFingerprint>;
  close(): Promise<void>;
}

/** For a suite that takes hundreds of fingerprints: one connection for all of them (close it before the database is dropped). */
export async function openFingerprints(ownerUrl: string): Promise<Fingerprints> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  return {
    async take() {
      // Listed again each time: a table created meanwhile is covered too.
      const tables = await fingerprintedTables(client);
      if (tables.length === 0) throw new Error('no tables to fingerprint: is the database migrated?');
      const hashes = tables.map((name, i) => {
        const [schema, table] = name.split('.');
        const excluded = EXCLUDED_COLUMNS[name];
        // A row as text; without its excluded columns where a table has some (jsonb is slower, so only there).
        // (An alias no column is called: an unqualified name means a column first.)
        const row = excluded
          ? `(to_jsonb(fingerprinted_row) - ARRAY[${excluded.map(quoteLiteral).join(', ')}]::text[])::text`
          : 'fingerprinted_row::text';
        return `(SELECT md5(count(*) || ':' || coalesce(string_agg(${row}, E'\\n' ORDER BY ${row}), '')) FROM ${quoteIdent(schema)}.${quoteIdent(table)} fingerprinted_row) AS t${i}`;
      });
      const { rows } = await client.query<Record<string, string>>(`SELECT ${hashes.join(', ')}`);
      return Object.fromEntries(tables.map((name, i) => [name, rows[0][`t${i}`]]));
    },
    close: () => client.end(),
  };
}

/** The tables whose content differs between two fingerprints (a table added or dropped counts too). */
export function changedTables(before: DatabaseFingerprint, after: DatabaseFingerprint): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((name) => before[name] !== after[name])
    .sort();
}
