import { CASE_TYPES } from '@spoor/domain';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Person } from '../people/person.entity';
import { createTestDatabase, queryAs, testConfig, type TestDatabase } from '../../test/utils/test-database';
import { DEMO_ACCOUNTS, DEMO_CASE_COUNT, seedDemoData } from './demo-seed';
import { openJobContext, type JobContext } from './seed-context';
import { seedSynthetic } from './synthetic-seed';

/** Every row of every table of the three schemas, as text: what a database dump would contain. */
async function dumpText(ownerUrl: string): Promise<string> {
  const tables = await queryAs(
    ownerUrl,
    "SELECT table_schema || '.' || table_name AS name FROM information_schema.tables WHERE table_schema IN ('public', 'special', 'audit') AND table_type = 'BASE TABLE'",
  );
  if (!('rows' in tables)) throw new Error('cannot list tables');
  let text = '';
  for (const { name } of tables.rows as Array<{ name: string }>) {
    const rows = await queryAs(ownerUrl, `SELECT t::text AS row FROM ${name} t`);
    if ('rows' in rows) text += (rows.rows as Array<{ row: string }>).map((r) => r.row).join('\n') + '\n';
  }
  return text;
}

describe('demo and synthetic seed', () => {
  let db: TestDatabase;
  let jobs: JobContext;
  let dataDir: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig();
    dataDir = config.dataDir;
    jobs = await openJobContext(config, db.urls);
    expect(await seedDemoData(jobs, '2026-11-23')).toBe(true);
  }, 120_000);

  afterAll(async () => {
    await jobs?.close();
    await db?.drop();
  });

  it('seeds the contract: accounts, two organisations, 44 cases of all four types', async () => {
    const users = await jobs.app.query('SELECT role, count(*)::int AS n FROM public.users GROUP BY role ORDER BY role');
    expect(users).toEqual([
      { role: 'admin', n: 1 },
      { role: 'client', n: 2 },
      { role: 'coach', n: 2 },
      { role: 'labour_expert', n: 1 },
      { role: 'participant', n: 1 },
      { role: 'privacy_officer', n: 1 },
    ]);
    expect(DEMO_ACCOUNTS).toHaveLength(8);
    const organisations = await jobs.app.query('SELECT name FROM public.organisations ORDER BY name');
    expect(organisations.map((o: { name: string }) => o.name)).toEqual(['Acme Logistiek', 'Globex Zorggroep']);
    const cases = await jobs.app.query(
      'SELECT o.name AS organisation, c.type, count(*)::int AS n FROM public.cases c JOIN public.organisations o ON o.id = c.organisation_id GROUP BY 1, 2',
    );
    expect(cases.reduce((sum: number, row: { n: number }) => sum + row.n, 0)).toBe(DEMO_CASE_COUNT);
    for (const organisation of ['Acme Logistiek', 'Globex Zorggroep']) {
      const types = cases
        .filter((row: { organisation: string }) => row.organisation === organisation)
        .map((row: { type: string }) => row.type);
      expect(types.sort()).toEqual([...CASE_TYPES].sort());
    }
  });

  it('gives the two coaches disjoint caseloads and the expert some reintegration cases only', async () => {
    const loads = await jobs.app.query(
      `SELECT u.role, c.type, count(*)::int AS n FROM public.cases c JOIN public.users u ON u.id IN (c.coach_id, c.labour_expert_id) GROUP BY 1, 2`,
    );
    const expertTypes = loads
      .filter((row: { role: string }) => row.role === 'labour_expert')
      .map((row: { type: string }) => row.type);
    expect(expertTypes.sort()).toEqual(['reintegration_track1', 'reintegration_track2']);
    const [overlap] = await jobs.app.query(`SELECT count(*)::int AS n FROM public.cases c WHERE c.coach_id IS NULL`);
    expect(overlap.n).toBe(0);
    const perCoach = await jobs.app.query('SELECT coach_id, count(*)::int AS n FROM public.cases GROUP BY coach_id');
    expect(perCoach).toHaveLength(2);
  });

  it('links the participant account to an Acme reintegration case with an FML and documents', async () => {
    const [participant] = await jobs.app.query(
      `SELECT c.id AS case_id, c.type, o.name FROM public.users u JOIN public.cases c ON c.person_id = u.person_id
         JOIN public.organisations o ON o.id = c.organisation_id WHERE u.role = 'participant'`,
    );
    expect(participant).toMatchObject({ type: 'reintegration_track1', name: 'Acme Logistiek' });
    const [fml] = await jobs.special.query(
      'SELECT count(*)::int AS n FROM special.fml_assessments WHERE case_id = $1',
      [participant.case_id],
    );
    expect(fml.n).toBe(1);
    const [documents] = await jobs.special.query('SELECT count(*)::int AS n FROM special.health_documents');
    expect(documents.n).toBeGreaterThanOrEqual(3);
    // Issue 15: a realistic timeline from sickness events and completions: some done, one overdue, one due soon.
    const [milestones] = await jobs.app.query(
      `SELECT count(*) FILTER (WHERE state = 'done')::int AS done,
              count(*) FILTER (WHERE state = 'open' AND due_date < $2::date)::int AS overdue,
              count(*) FILTER (WHERE state = 'open' AND due_date >= $2::date AND due_date <= $2::date + 14)::int AS due,
              count(*) FILTER (WHERE state = 'info')::int AS info
         FROM public.case_milestones WHERE case_id = $1`,
      // The day the seed ran (above).
      [participant.case_id, '2026-11-23'],
    );
    expect(milestones).toEqual({ done: 3, overdue: 1, due: 1, info: 2 });
    const [events] = await jobs.special.query(
      'SELECT count(*)::int AS n FROM special.sickness_events WHERE case_id = $1',
      [participant.case_id],
    );
    expect(events.n).toBe(1);
  });

  it('does nothing on a database that is not empty', async () => {
    expect(await seedDemoData(jobs)).toBe(false);
    const [cases] = await jobs.app.query('SELECT count(*)::int AS n FROM public.cases');
    expect(cases.n).toBe(DEMO_CASE_COUNT);
  });

  it('leaves no participant name, e-mail or health text in plaintext in a dump or a stored document', async () => {
    const people = await jobs.fields.openMany(Person, await jobs.app.getRepository(Person).find({ take: 20 }));
    const dump = await dumpText(db.urls.owner);
    const secrets = [
      'de Vries',
      'participant@spoor.test',
      'Voorbeeldstraat',
      '1978-04-12',
      'bedrijfsarts',
      'werkhervatting',
      'Passend: administratief',
      'Sanne Jacobs',
      'Marloes Brink',
      'hr@acme-logistiek.example',
      'JBSWY3DPEHPK3PXP',
      ...people.flatMap((p) => [p.lastName, p.email ?? '']).filter((s) => s.length > 4),
    ];
    for (const secret of secrets) expect({ secret, found: dump.includes(secret) }).toEqual({ secret, found: false });
    expect(dump).toContain('sp1.p.');
    expect(dump).toContain('sp1.s.');
    const documents: Array<{ blob_id: string }> = await jobs.special.query(
      'SELECT blob_id FROM special.health_documents',
    );
    for (const { blob_id } of documents) {
      const stored = await readFile(join(dataDir, 'documents', blob_id.slice(0, 2), `${blob_id}.spd`));
      expect(stored.includes('%PDF')).toBe(false);
      expect(stored.includes('Functionele Mogelijkhedenlijst')).toBe(false);
    }
  });

  it('adds synthetic cases in batches with unique references, assigned to the demo staff', async () => {
    const result = await seedSynthetic(jobs, 120);
    expect(result.cases).toBe(120);
    const [counts] = await jobs.app.query(
      'SELECT count(*)::int AS n, count(DISTINCT reference)::int AS refs FROM public.cases',
    );
    expect(counts).toEqual({ n: DEMO_CASE_COUNT + 120, refs: DEMO_CASE_COUNT + 120 });
    const [unassigned] = await jobs.app.query('SELECT count(*)::int AS n FROM public.cases WHERE coach_id IS NULL');
    expect(unassigned.n).toBe(0);
    const [special] = await jobs.special.query('SELECT count(*)::int AS n FROM special.health_records');
    expect(special.n).toBeGreaterThan(60);
    expect(result.inserted['AccessEvent']).toBeGreaterThanOrEqual(120);
    const [events] = await jobs.app.query("SELECT count(*)::int AS n FROM audit.access_events WHERE resource = 'case'");
    expect(events.n).toBeGreaterThanOrEqual(120);
    // Every event carries its MAC, as the API's own writes do: `audit verify` accepts the seeded log.
    const [unsigned] = await jobs.app.query('SELECT count(*)::int AS n FROM audit.access_events WHERE mac IS NULL');
    expect(unsigned.n).toBe(0);
  }, 60_000);
});
