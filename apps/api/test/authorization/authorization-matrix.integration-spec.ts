import { getDataSourceToken } from '@nestjs/typeorm';
import { CLIENT_CASE_FIELDS } from '@spoor/domain';
import type { DataSource } from 'typeorm';
import { createSeededApp, type DemoEmail, type SeededApp } from '../utils/seeded-app';

type Expectation = { status: number; fieldsWithin?: readonly string[]; mustNotContain?: string[] };

/** Phrases that live only in special files: they must never appear in a response of a role without access. */
const SPECIAL_PHRASES = ['bedrijfsarts', 'werkhervatting', 'Passend: administratief', 'firstSickDay', 'rubrieken'];
/**
 * What the client contact never receives (issue 17: it sees its own employee's name and reference, never these):
 * contact-detail fields and Jan de Vries's address, phone and birth date from the demo data.
 */
const CONTACT_DETAILS = [
  'personEmail',
  'personPhone',
  'personBirthDate',
  'personAddress',
  'Voorbeeldstraat',
  '030 123 4567',
  '1978-04-12',
];

/**
 * Every role × every route × own / foreign record, against the demo data. Expected statuses come from the
 * contract: 401 without session, 403 for a role that may never, 404 for a record outside the caller's reach.
 */
describe('authorization matrix', () => {
  let seeded: SeededApp;
  const cases = new Map<
    string,
    { id: string; organisation: string; coach: string; expert: string | null; participant: boolean }
  >();
  const counts = { requests: 0, bodiesScanned: 0 };

  beforeAll(async () => {
    seeded = await createSeededApp();
    const dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    const rows: Array<{
      id: string;
      organisation: string;
      coach: string;
      expert: string | null;
      participant: boolean;
    }> = await dataSource.query(
      `SELECT c.id, o.name AS organisation, c.coach_id AS coach, c.labour_expert_id AS expert,
              EXISTS (SELECT 1 FROM public.users u WHERE u.person_id = c.person_id AND u.role = 'participant') AS participant
         FROM public.cases c JOIN public.organisations o ON o.id = c.organisation_id`,
    );
    for (const row of rows) cases.set(row.id, row);
  }, 120_000);

  afterAll(async () => {
    process.stdout.write(`authorization matrix: ${counts.requests} requests, ${counts.bodiesScanned} bodies scanned\n`);
    await seeded?.close();
  });

  async function userId(email: DemoEmail): Promise<string> {
    const client = await seeded.as(email);
    return (await client.get('/api/auth/me')).body.user.id;
  }

  /** An own and a foreign case for each role, chosen from the seeded data by the rules of DESIGN.md. */
  async function ownAndForeign(email: DemoEmail): Promise<{ own?: string; foreign?: string }> {
    const all = [...cases.values()];
    const id = await userId(email);
    switch (email) {
      case 'coach@spoor.test':
      case 'coach2@spoor.test':
        return { own: all.find((c) => c.coach === id)?.id, foreign: all.find((c) => c.coach !== id)?.id };
      case 'expert@spoor.test':
        return { own: all.find((c) => c.expert === id)?.id, foreign: all.find((c) => c.expert !== id)?.id };
      case 'client@acme.spoor.test':
        return {
          own: all.find((c) => c.organisation === 'Acme Logistiek')?.id,
          foreign: all.find((c) => c.organisation !== 'Acme Logistiek')?.id,
        };
      case 'client@globex.spoor.test':
        return {
          own: all.find((c) => c.organisation === 'Globex Zorggroep')?.id,
          foreign: all.find((c) => c.organisation !== 'Globex Zorggroep')?.id,
        };
      case 'participant@spoor.test':
        return { own: all.find((c) => c.participant)?.id, foreign: all.find((c) => !c.participant)?.id };
      case 'admin@spoor.test':
        return { own: all[0].id };
      default:
        return { foreign: all[0].id };
    }
  }

  function scan(email: string, body: unknown, expectation: Expectation): void {
    counts.bodiesScanned++;
    const text = JSON.stringify(body);
    for (const phrase of expectation.mustNotContain ?? []) {
      expect({ email, phrase, found: text.includes(phrase) }).toEqual({ email, phrase, found: false });
    }
    if (expectation.fieldsWithin) {
      const items = Array.isArray((body as { items?: unknown[] }).items)
        ? (body as { items: object[] }).items
        : [body as object];
      for (const item of items) {
        const extra = Object.keys(item).filter((key) => !expectation.fieldsWithin?.includes(key));
        expect({ email, extra }).toEqual({ email, extra: [] });
      }
    }
  }

  const ROLES: Array<{ email: DemoEmail; list: Expectation; own?: Expectation; foreign: Expectation }> = [
    {
      email: 'coach@spoor.test',
      list: { status: 200, mustNotContain: SPECIAL_PHRASES },
      own: { status: 200, mustNotContain: SPECIAL_PHRASES },
      foreign: { status: 404 },
    },
    {
      email: 'coach2@spoor.test',
      list: { status: 200, mustNotContain: SPECIAL_PHRASES },
      own: { status: 200 },
      foreign: { status: 404 },
    },
    { email: 'expert@spoor.test', list: { status: 200 }, own: { status: 200 }, foreign: { status: 404 } },
    {
      email: 'client@acme.spoor.test',
      list: {
        status: 200,
        fieldsWithin: CLIENT_CASE_FIELDS,
        mustNotContain: [...SPECIAL_PHRASES, ...CONTACT_DETAILS],
      },
      own: {
        status: 200,
        fieldsWithin: CLIENT_CASE_FIELDS,
        mustNotContain: [...SPECIAL_PHRASES, ...CONTACT_DETAILS],
      },
      foreign: { status: 404 },
    },
    {
      email: 'client@globex.spoor.test',
      list: {
        status: 200,
        fieldsWithin: CLIENT_CASE_FIELDS,
        mustNotContain: [...SPECIAL_PHRASES, ...CONTACT_DETAILS, 'Acme', 'Jan de Vries'],
      },
      own: { status: 200, fieldsWithin: CLIENT_CASE_FIELDS, mustNotContain: CONTACT_DETAILS },
      foreign: { status: 404 },
    },
    {
      email: 'participant@spoor.test',
      list: { status: 200, mustNotContain: SPECIAL_PHRASES },
      own: { status: 200 },
      foreign: { status: 404 },
    },
    {
      email: 'admin@spoor.test',
      list: { status: 200, mustNotContain: [...SPECIAL_PHRASES, 'personEmail', 'personAddress'] },
      own: { status: 200, mustNotContain: ['personEmail'] },
      foreign: { status: 200 },
    },
    { email: 'privacy@spoor.test', list: { status: 403 }, foreign: { status: 403 } },
  ];

  it.each(ROLES)('$email: list, own case and foreign case', async ({ email, list, own, foreign }) => {
    const client = await seeded.as(email);
    const { own: ownId, foreign: foreignId } = await ownAndForeign(email);
    const listed = await client.get('/api/cases?pageSize=100');
    counts.requests++;
    expect({ email, status: listed.status }).toEqual({ email, status: list.status });
    if (listed.status === 200) {
      scan(email, listed.body, list);
      expect(listed.body.total).toBeGreaterThan(0);
      expect(listed.body.items).toHaveLength(Math.min(100, listed.body.total));
    }
    if (own) {
      // The demo data holds an own case for every role that has one: a failed lookup fails, it does not skip.
      expect({ email, ownId }).toEqual({ email, ownId: expect.any(String) });
      const response = await client.get(`/api/cases/${ownId}`);
      counts.requests++;
      expect({ email, status: response.status }).toEqual({ email, status: own.status });
      scan(email, response.body, own);
    }
    // (The admin sees every case: there is no foreign one.)
    if (email !== 'admin@spoor.test') {
      expect({ email, foreignId }).toEqual({ email, foreignId: expect.any(String) });
      const response = await client.get(`/api/cases/${foreignId}`);
      counts.requests++;
      expect({ email, status: response.status }).toEqual({ email, status: foreign.status });
      if (foreign.status === 404)
        expect(response.body).toEqual({
          statusCode: 404,
          code: 'NOT_FOUND',
          message: 'Case not found',
          error: 'Not Found',
        });
    }
    // A case id that does not exist answers exactly like a foreign one.
    const missing = await client.get('/api/cases/00000000-0000-4000-8000-000000000000');
    counts.requests++;
    expect({ email, status: missing.status }).toEqual({ email, status: foreign.status === 200 ? 404 : foreign.status });
  });

  it('lists exactly the caseload: coaches disjoint, clients by organisation, participant one case', async () => {
    const totals: Record<string, number> = {};
    for (const email of [
      'coach@spoor.test',
      'coach2@spoor.test',
      'client@acme.spoor.test',
      'client@globex.spoor.test',
      'participant@spoor.test',
      'admin@spoor.test',
    ] as const) {
      totals[email] = (await (await seeded.as(email)).get('/api/cases?pageSize=100')).body.total;
      counts.requests++;
    }
    expect(totals['coach@spoor.test'] + totals['coach2@spoor.test']).toBe(totals['admin@spoor.test']);
    expect(totals['client@acme.spoor.test'] + totals['client@globex.spoor.test']).toBe(totals['admin@spoor.test']);
    expect(totals['participant@spoor.test']).toBe(1);
  });

  it('filters by type and status, searches by reference and by last name (own cases of roles that may see names only)', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const everything = await coach.get('/api/cases?pageSize=100');
    const byType = await coach.get('/api/cases?type=outplacement&status=active&pageSize=100');
    counts.requests += 2;
    expect(everything.body.items.length).toBe(everything.body.total); // the whole caseload on one page
    const matching = everything.body.items.filter(
      (c: { type: string; status: string }) => c.type === 'outplacement' && c.status === 'active',
    );
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.length).toBeLessThan(everything.body.total);
    expect(byType.body.items.map((c: { id: string }) => c.id).sort()).toEqual(
      matching.map((c: { id: string }) => c.id).sort(),
    );
    const byName = await coach.get('/api/cases?q=DE%20VRIES');
    counts.requests++;
    // Several people may share a common Dutch last name; every hit must be one of them.
    expect(byName.body.items.map((c: { reference: string }) => c.reference)).toContain('RI-2026-0001');
    expect(byName.body.items.filter((c: { personName: string }) => !c.personName.endsWith('de Vries')).length).toBe(0);
    // Issue 17: the client contact finds its own employee by last name; another organisation's contact does
    // not, and its count holds only its own cases (several demo people may be called de Vries).
    const client = await seeded.as('client@acme.spoor.test');
    const clientByName = await client.get('/api/cases?q=de%20Vries');
    counts.requests++;
    expect(clientByName.body.items.map((c: { reference: string }) => c.reference)).toContain('RI-2026-0001');
    expect(clientByName.body.total).toBe(clientByName.body.items.length);
    expect(clientByName.body.items.every((c: { personName: string }) => c.personName.endsWith('de Vries'))).toBe(true);
    const globex = await seeded.as('client@globex.spoor.test');
    const globexByName = await globex.get('/api/cases?q=de%20Vries');
    counts.requests++;
    expect(globexByName.body.items.map((c: { reference: string }) => c.reference)).not.toContain('RI-2026-0001');
    expect(globexByName.body.total).toBe(globexByName.body.items.length);
    expect(
      globexByName.body.items.every((c: { organisationName: string }) => c.organisationName === 'Globex Zorggroep'),
    ).toBe(true);
    const clientByEmail = await client.get('/api/cases?q=participant%40spoor.test');
    counts.requests++;
    expect(clientByEmail.body).toEqual({ items: [], total: 0 });
    const clientByReference = await client.get('/api/cases?q=RI-2026-0001');
    counts.requests++;
    expect(clientByReference.body.items.map((c: { reference: string }) => c.reference)).toEqual(['RI-2026-0001']);
  });

  it('answers bad query input with 400 naming the field', async () => {
    const coach = await seeded.as('coach@spoor.test');
    for (const [query, field] of [
      ['pageSize=1000', 'pageSize'],
      ['page=0', 'page'],
      ['type=holiday', 'type'],
      ['status=x', 'status'],
    ]) {
      const response = await coach.get(`/api/cases?${query}`);
      counts.requests++;
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body.message)).toContain(field);
    }
    const badId = await coach.get('/api/cases/not-a-uuid');
    expect(badId.body).toEqual({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'id must be a UUID',
      error: 'Bad Request',
      fields: [{ field: 'id', code: 'NOT_A_UUID' }],
    });
  });
});
