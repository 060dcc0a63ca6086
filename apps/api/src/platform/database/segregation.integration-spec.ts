import { createTestDatabase, queryAs, type TestDatabase } from '../../../test/utils/test-database';

/**
 * The database itself keeps the special file from the process side. These tests connect as the runtime roles,
 * exactly as the API does; no mock is involved.
 */
describe('schemas and roles', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    // A table the owner creates later gets the default privileges set by the first migration.
    await queryAs(db.urls.owner, 'CREATE TABLE special.probe (id int PRIMARY KEY, note text)');
    await queryAs(db.urls.owner, "INSERT INTO special.probe VALUES (1, 'health')");
    await queryAs(db.urls.owner, 'CREATE TABLE audit.probe (id int PRIMARY KEY)');
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('lets spoor_special read special tables', async () => {
    expect(await queryAs(db.urls.special, 'SELECT note FROM special.probe')).toEqual({ rows: [{ note: 'health' }] });
  });

  it('refuses spoor_app every table of the special schema, and spoor_special every process table', async () => {
    const tables = await queryAs(
      db.urls.owner,
      "SELECT table_schema || '.' || table_name AS name FROM information_schema.tables WHERE table_schema IN ('special', 'public') AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY 1",
    );
    const names = (tables as { rows: Array<{ name: string }> }).rows.map((t) => t.name);
    const specialTables = names.filter((n) => n.startsWith('special.'));
    const processTables = names.filter((n) => n.startsWith('public.'));
    expect(specialTables).toEqual(
      expect.arrayContaining([
        'special.health_records',
        'special.fml_assessments',
        'special.data_keys',
        'special.health_documents',
      ]),
    );
    expect(processTables).toEqual(
      expect.arrayContaining(['public.people', 'public.cases', 'public.progress_reports', 'public.users']),
    );
    for (const table of specialTables) {
      expect({ table, result: await queryAs(db.urls.app, `SELECT * FROM ${table} LIMIT 1`) }).toEqual({
        table,
        result: { errorCode: '42501' },
      });
    }
    for (const table of processTables) {
      expect({ table, result: await queryAs(db.urls.special, `SELECT * FROM ${table} LIMIT 1`) }).toEqual({
        table,
        result: { errorCode: '42501' },
      });
    }
  });

  it('refuses spoor_app any access to the special schema', async () => {
    expect(await queryAs(db.urls.app, 'SELECT note FROM special.probe')).toEqual({ errorCode: '42501' });
    expect(await queryAs(db.urls.app, "INSERT INTO special.probe VALUES (2, 'x')")).toEqual({ errorCode: '42501' });
  });

  it('refuses both runtime roles DDL, and UPDATE/DELETE on audit tables', async () => {
    for (const [index, url] of [db.urls.app, db.urls.special].entries()) {
      expect(await queryAs(url, 'CREATE TABLE public.evil (id int)')).toEqual({ errorCode: '42501' });
      expect(await queryAs(url, `INSERT INTO audit.probe VALUES (${index + 1})`)).toEqual({ rows: [] });
      expect(await queryAs(url, 'DELETE FROM audit.probe')).toEqual({ errorCode: '42501' });
      expect(await queryAs(url, 'UPDATE audit.probe SET id = 5')).toEqual({ errorCode: '42501' });
      expect(await queryAs(url, 'TRUNCATE audit.probe')).toEqual({ errorCode: '42501' });
    }
  });

  it('runs the migrations again without effect (idempotent start)', async () => {
    const { runMigrations } = await import('../../data-sources');
    expect(await runMigrations(db.urls.owner)).toEqual([]);
  });
});
