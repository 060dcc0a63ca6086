import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { CASE_SELECT } from '../../src/cases/case-access.service';
import { casePageSql } from '../../src/cases/cases.service';
import { REQUEST_POOL_OPTIONS } from '../../src/platform/database/connections';
import { createTestDatabase, queryAs, type TestDatabase } from '../utils/test-database';

/**
 * At 20,000 cases (200,000 milestones) the list and search queries use indexes: no sequential scan on cases,
 * no sort of a whole caseload. Rows are made with
 * SQL (their encrypted columns hold well-formed placeholders), then ANALYZE, then EXPLAIN the queries the
 * case list runs for each kind of caller.
 */
describe('query plans at 20,000 cases', () => {
  let db: TestDatabase;
  const coachId = randomUUID();
  const organisationId = randomUUID();

  beforeAll(async () => {
    db = await createTestDatabase();
    const sql = `
      INSERT INTO public.organisations (id, name, kvk_number) VALUES ('${organisationId}', 'Org', '11111111'), ('${randomUUID()}', 'Other', '22222222');
      INSERT INTO public.users (id, role, email, email_index, display_name, version) VALUES ('${coachId}', 'coach', 'sp1.p.k.x', 'idx-coach', 'sp1.p.k.x', 1);
      INSERT INTO public.people (id, first_name, last_name, last_name_index, email, email_index)
        SELECT gen_random_uuid(), 'sp1.p.k.x', 'sp1.p.k.x', 'ln' || g, 'sp1.p.k.x', 'em' || g FROM generate_series(1, 20000) g;
      INSERT INTO public.cases (id, reference, type, status, organisation_id, person_id, coach_id, start_date, version)
        SELECT gen_random_uuid(), 'RI-2026-' || lpad(row_number() OVER ()::text, 5, '0'), 'reintegration_track1', 'active',
               CASE WHEN random() < 0.5 THEN '${organisationId}'::uuid ELSE (SELECT id FROM public.organisations WHERE name = 'Other') END,
               p.id, CASE WHEN random() < 0.02 THEN '${coachId}'::uuid ELSE NULL END, date '2025-01-01' + (random() * 600)::int, 1
          FROM public.people p;
      INSERT INTO public.case_milestones (id, case_id, kind, sequence, due_date, completed_on)
        SELECT gen_random_uuid(), c.id, 'evaluation', s, c.start_date + s * 30, CASE WHEN s <= 3 THEN c.start_date + s * 30 END
          FROM public.cases c, generate_series(1, 10) s;`;
    expect(await queryAs(db.urls.owner, sql)).not.toHaveProperty('errorCode');
    // VACUUM (not inside the implicit transaction above) sets the visibility map, as autovacuum would.
    expect(await queryAs(db.urls.owner, 'VACUUM ANALYZE')).not.toHaveProperty('errorCode');
  }, 120_000);

  afterAll(async () => {
    await db?.drop();
  });

  /**
   * The plan the API gets: a prepared statement on a connection with the request pools' settings (generic
   * plans), executed with these values.
   */
  const plan = async (query: string, values: unknown[] = []): Promise<string> => {
    const client = new Client({ connectionString: db.urls.owner, options: REQUEST_POOL_OPTIONS });
    await client.connect();
    try {
      await client.query(`PREPARE q AS ${query}`);
      const literals = values.map((v) => (typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`));
      const result = await client.query(`EXPLAIN EXECUTE q${literals.length ? `(${literals.join(', ')})` : ''}`);
      return (result.rows as Array<{ 'QUERY PLAN': string }>).map((r) => r['QUERY PLAN']).join('\n');
    } finally {
      await client.end();
    }
  };

  // The very statement the case list runs (select list, joins, next-milestone lateral, order), per caller:
  // the condition uses $1 (and $2), then LIMIT and OFFSET follow.
  const page = (condition: string, values: unknown[], offset = 0): [string, unknown[]] => [
    casePageSql(condition, values.length),
    [...values, 20, offset],
  ];

  it.each([
    ['a coach\u2019s caseload, first page', ...page('(c.coach_id = $1::uuid)', [coachId])],
    ['a coach\u2019s caseload, tenth page', ...page('(c.coach_id = $1::uuid)', [coachId], 180)],
    ['a client organisation\u2019s cases', ...page('(c.organisation_id = $1::uuid)', [organisationId])],
    ['everything (admin)', ...page('TRUE', [])],
    [
      'a coach\u2019s caseload filtered by status',
      ...page('(c.coach_id = $1::uuid) AND c.status = $2', [coachId, 'active']),
    ],
    [
      'a participant\u2019s own case',
      `SELECT c.id FROM public.cases c WHERE c.person_id = (SELECT id FROM public.people LIMIT 1)`,
      [],
    ],
    [
      'a search by last name (blind index)',
      `SELECT c.id FROM public.cases c JOIN public.people p ON p.id = c.person_id WHERE c.coach_id = $1::uuid AND p.last_name_index = $2`,
      [coachId, 'ln123'],
    ],
    [
      'a search by reference prefix (as the list runs it)',
      ...page('TRUE AND (c.reference ~>=~ $1::varchar AND c.reference ~<~ $2::varchar)', [
        'RI-2026-0012',
        'RI-2026-0012\x7f',
      ]),
    ],
    [
      'one case by id',
      `${CASE_SELECT} WHERE c.id = $1 AND (c.coach_id = $2::uuid)`,
      ['00000000-0000-4000-8000-000000000001', coachId],
    ],
  ])('%s uses an index, no sequential scan on cases', async (_name, query, values) => {
    const text = await plan(query as string, values as unknown[]);
    expect({ plan: text, seqScanOnCases: /Seq Scan on cases/.test(text) }).toMatchObject({ seqScanOnCases: false });
  });

  it.each([
    ['a coach\u2019s caseload', '(c.coach_id = $1::uuid)', [coachId], 0],
    ['a coach\u2019s caseload, tenth page', '(c.coach_id = $1::uuid)', [coachId], 180],
    ['a client organisation\u2019s cases', '(c.organisation_id = $1::uuid)', [organisationId], 0],
    ['everything (admin)', 'TRUE', [], 0],
  ])(
    '%s: the page is read in index order, only its own 20 rows are sorted',
    async (_name, condition, values, offset) => {
      const text = await plan(...page(condition as string, values as unknown[], offset as number));
      expect({ plan: text, backwardIndexScan: /Scan Backward using cases_/.test(text) }).toMatchObject({
        backwardIndexScan: true,
      });
      // One sort at most: the outer ORDER BY of the 20 chosen rows; never one over the caseload or the milestones.
      expect((text.match(/Sort Key: c\.start_date/g) ?? []).length).toBeLessThanOrEqual(1);
      expect({ plan: text, scansAllCases: /Seq Scan on cases|Hash Semi Join/.test(text) }).toMatchObject({
        scansAllCases: false,
      });
      expect(text).not.toMatch(/Sort Key: case_milestones/);
    },
  );

  it('counts a caseload from the index alone, without touching people', async () => {
    const text = await plan('SELECT count(*)::int AS total FROM public.cases c WHERE (c.coach_id = $1::uuid)', [
      coachId,
    ]);
    expect(text).not.toMatch(/Seq Scan on cases|on people/);
  });
});
