import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createSeededApp, type DemoEmail, type SeededApp } from '../utils/seeded-app';

type Persona = 'coach' | 'expert' | 'client' | 'participant' | 'admin' | 'privacy';
const EMAIL: Record<Persona, DemoEmail> = {
  coach: 'coach@spoor.test',
  expert: 'expert@spoor.test',
  client: 'client@acme.spoor.test',
  participant: 'participant@spoor.test',
  admin: 'admin@spoor.test',
  privacy: 'privacy@spoor.test',
};

/** Expected status per persona for its own case and for a case outside its reach. */
const CASE_ROUTES: Record<string, Record<Persona, [own: number, foreign: number]>> = {
  '/api/cases/:id': {
    coach: [200, 404],
    expert: [200, 404],
    client: [200, 404],
    participant: [200, 404],
    admin: [200, 200],
    privacy: [403, 403],
  },
  '/api/cases/:id/special-file': {
    coach: [200, 404],
    expert: [200, 404],
    client: [403, 404],
    participant: [200, 404],
    admin: [403, 403],
    privacy: [403, 403],
  },
  '/api/cases/:id/progress-reports': {
    coach: [200, 404],
    expert: [200, 404],
    client: [200, 404],
    participant: [200, 404],
    admin: [403, 403],
    privacy: [403, 403],
  },
  '/api/cases/:id/activities': {
    coach: [200, 404],
    expert: [200, 404],
    client: [404, 404],
    participant: [200, 404],
    admin: [404, 404],
    privacy: [403, 403],
  },
  // Issue 17: process documents, for whoever reads the process file (the participant: those shared with them).
  '/api/cases/:id/documents': {
    coach: [200, 404],
    expert: [200, 404],
    client: [404, 404],
    participant: [200, 404],
    admin: [404, 404],
    privacy: [403, 403],
  },
  // Its own ability (issue 14): the due dates give the first day of illness away; the client gets its duties.
  '/api/cases/:id/milestones': {
    coach: [200, 404],
    expert: [200, 404],
    client: [200, 404],
    participant: [200, 404],
    admin: [403, 403],
    privacy: [403, 403],
  },
  // Issue 15: the person's sickness events (dates only, special file): the assigned coach and labour expert.
  '/api/cases/:id/special-file/sickness-events': {
    coach: [200, 404],
    expert: [200, 404],
    client: [403, 403],
    participant: [403, 403],
    admin: [403, 403],
    privacy: [403, 403],
  },
  // Issue 15: extensions of the waiting period (dates and weeks, special file): as the sickness events.
  '/api/cases/:id/special-file/extensions': {
    coach: [200, 404],
    expert: [200, 404],
    client: [403, 403],
    participant: [403, 403],
    admin: [403, 403],
    privacy: [403, 403],
  },
  '/api/cases/:id/assignments': {
    coach: [403, 403],
    expert: [403, 403],
    client: [403, 403],
    participant: [403, 403],
    admin: [200, 200],
    privacy: [403, 403],
  },
};

/** Routes without a case: who gets in. */
const OTHER_ROUTES: Record<string, Persona[]> = {
  '/api/cases': ['coach', 'expert', 'client', 'participant', 'admin'],
  '/api/access-log': ['privacy'],
  '/api/access-log/anomalies': ['privacy'],
  '/api/access-log/verify': ['privacy'],
  '/api/me/access-log': ['participant'],
  '/api/me/disclosures': ['participant'],
  '/api/me/export': ['participant'],
  '/api/me/export-deliveries': ['participant'],
  '/api/admin/users': ['admin'],
  '/api/admin/organisations': ['admin'],
  '/api/admin/newsletter-recipients': ['admin'],
  '/api/privacy-requests': ['privacy', 'participant'],
  '/api/breaches': ['privacy'],
  '/api/privacy/cases': ['privacy'],
  '/api/privacy/register': ['privacy'],
  '/api/worklists/milestones': ['coach'],
  '/api/worklists/draft-reports': ['coach'],
  '/api/worklists/assessments': ['expert'],
  '/api/auth/me': ['coach', 'expert', 'client', 'participant', 'admin', 'privacy'],
};

/** What must never appear in a body for these personas (special-file content, contact details). */
const FORBIDDEN: Partial<Record<Persona, string[]>> = {
  // Issue 17: the client contact sees its own employee's name (personName), never contact details.
  client: [
    'firstSickDay',
    'rubrieken',
    'bedrijfsarts',
    'personEmail',
    'personPhone',
    'personBirthDate',
    'personAddress',
    'Voorbeeldstraat',
    '030 123 4567',
    '1978-04-12',
    'prognosis',
    'Gesprek gevoerd',
    'fmlAssessments',
    'adReports',
    'uwvDecisions',
  ],
  admin: ['firstSickDay', 'rubrieken', 'bedrijfsarts', 'personEmail', 'prognosis', 'fmlAssessments', 'uwvDecisions'],
  // The access log lists field *names* and actors (a participant reading their own file is an actor);
  // never a participant's data values.
  privacy: ['Voorbeeldstraat', '030 123 4567', 'bedrijfsarts', 'werkhervatting', 'Passend: administratief'],
  // Issue 16: of the forms the coach gets the derived capacities and the AD conclusion only, never their free
  // text (an FML's explanation and "namelijk" specifications, the AD report's explanations; job titles, a word
  // progress reports use too, are proven absent by the canary) nor the FMLs, AD reports and UWV decisions.
  coach: [
    'firstSickDay',
    'prognosis',
    'bedrijfsarts',
    'fmlAssessments',
    'adReports',
    'uwvDecisions',
    'specification',
    'explanation',
    'lossOfEarningCapacity',
  ],
};

describe('route matrix: every persona × every GET route × own / foreign case', () => {
  let seeded: SeededApp;
  const cases: Record<Persona, { own: string; foreign: string }> = {} as never;
  const counts = { requests: 0, bodies: 0 };

  beforeAll(async () => {
    seeded = await createSeededApp();
    const dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    const ids = async (email: string) =>
      (await (await seeded.as(email as DemoEmail)).get('/api/auth/me')).body.user.id as string;
    const [jan] = await dataSource.query("SELECT id FROM public.cases WHERE reference = 'RI-2026-0001'");
    const coachId = await ids(EMAIL.coach);
    const expertId = await ids(EMAIL.expert);
    const [coachForeign] = await dataSource.query('SELECT id FROM public.cases WHERE coach_id <> $1 LIMIT 1', [
      coachId,
    ]);
    const [expertForeign] = await dataSource.query(
      'SELECT id FROM public.cases WHERE labour_expert_id IS DISTINCT FROM $1 LIMIT 1',
      [expertId],
    );
    const [globex] = await dataSource.query(
      "SELECT c.id FROM public.cases c JOIN public.organisations o ON o.id = c.organisation_id WHERE o.name = 'Globex Zorggroep' LIMIT 1",
    );
    const [other] = await dataSource.query("SELECT id FROM public.cases WHERE reference <> 'RI-2026-0001' LIMIT 1");
    Object.assign(cases, {
      coach: { own: jan.id, foreign: coachForeign.id },
      expert: { own: jan.id, foreign: expertForeign.id },
      client: { own: jan.id, foreign: globex.id },
      participant: { own: jan.id, foreign: other.id },
      admin: { own: jan.id, foreign: other.id },
      privacy: { own: jan.id, foreign: other.id },
    });
  }, 120_000);

  afterAll(async () => {
    process.stdout.write(
      `route matrix: ${counts.requests} requests, ${counts.bodies} bodies scanned, ${Object.keys(CASE_ROUTES).length + Object.keys(OTHER_ROUTES).length} routes × 6 personas\n`,
    );
    await seeded?.close();
  });

  /**
   * What a route shows by design to a persona that FORBIDDEN otherwise keeps it from: the assigned coach reads
   * and records the sickness dates (issue 15, CONTRACT round 2), the first sick day of each period included.
   */
  const ALLOWED: Partial<Record<Persona, Record<string, string[]>>> = {
    coach: { '/api/cases/:id/special-file/sickness-events': ['firstSickDay'] },
  };

  function scan(persona: Persona, route: string, body: unknown): void {
    counts.bodies++;
    const text = JSON.stringify(body);
    const allowed = ALLOWED[persona]?.[route] ?? [];
    for (const phrase of (FORBIDDEN[persona] ?? []).filter((p) => !allowed.includes(p)))
      expect({ persona, route, phrase, found: text.includes(phrase) }).toEqual({
        persona,
        route,
        phrase,
        found: false,
      });
  }

  it.each(Object.keys(EMAIL) as Persona[])('%s', async (persona) => {
    const client = await seeded.as(EMAIL[persona]);
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const [route, table] of Object.entries(CASE_ROUTES)) {
      for (const [which, index] of [
        ['own', 0],
        ['foreign', 1],
      ] as const) {
        const response = await client.get(route.replace(':id', cases[persona][which]));
        counts.requests++;
        outcomes.push(`${route} ${which}: ${response.status}`);
        expected.push(`${route} ${which}: ${table[persona][index]}`);
        if (response.status === 200) scan(persona, route, response.body);
        else expect(Object.keys(response.body).sort()).toEqual(['code', 'error', 'message', 'statusCode']);
      }
    }
    for (const [route, allowed] of Object.entries(OTHER_ROUTES)) {
      const response = await client.get(route);
      counts.requests++;
      outcomes.push(`${route}: ${response.status}`);
      expected.push(`${route}: ${allowed.includes(persona) ? 200 : 403}`);
      if (response.status === 200) scan(persona, route, response.body);
    }
    expect(outcomes).toEqual(expected);
  });

  it('answers every route 401 without a session', async () => {
    const request = (await import('supertest')).default;
    for (const route of [
      ...Object.keys(CASE_ROUTES).map((r) => r.replace(':id', cases.coach.own)),
      ...Object.keys(OTHER_ROUTES),
    ]) {
      const response = await request(seeded.app.getHttpServer()).get(route);
      counts.requests++;
      expect({ route, status: response.status }).toEqual({ route, status: 401 });
    }
  });
});
