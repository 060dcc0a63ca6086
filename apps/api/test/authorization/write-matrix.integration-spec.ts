import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import { CASE_STATUS_TRANSITIONS, FML_RUBRIEKEN, type CaseStatus } from '@spoor/domain';
import type { DataSource } from 'typeorm';
import { demoPdf } from '../../src/seed/demo-pdf';
import { createSeededApp, type DemoEmail, type SeededApp } from '../utils/seeded-app';
import { changedTables, openFingerprints, type Fingerprints } from '../utils/database-fingerprint';
import { queryAs } from '../utils/test-database';
import type { TestClient } from '../utils/test-session';

type Persona = 'coach' | 'expert' | 'client' | 'participant' | 'admin' | 'privacy';
const PERSONAS: Persona[] = ['client', 'participant', 'admin', 'privacy', 'coach', 'expert'];
const EMAIL: Record<Persona, DemoEmail> = {
  coach: 'coach@spoor.test',
  expert: 'expert@spoor.test',
  client: 'client@acme.spoor.test',
  participant: 'participant@spoor.test',
  admin: 'admin@spoor.test',
  privacy: 'privacy@spoor.test',
};

interface Target {
  caseId: string;
  reportId: string;
  reportVersion: number;
  status: CaseStatus;
  version: number;
  /** The case's problem analysis (issue 15); a random id for a case without a timeline. */
  milestoneId: string;
}

interface WriteRoute {
  name: string;
  send(client: TestClient, target: Target): Promise<{ status: number; body: unknown }>;
  /** Expected status per persona, for the case they work on (own) and for one outside their reach (foreign). */
  expect: Record<Persona, [own: number, foreign: number]>;
}

const NOBODY: [number, number] = [403, 403];
const only = (persona: Persona, own: number, foreign = 404): Record<Persona, [number, number]> => ({
  coach: NOBODY,
  expert: NOBODY,
  client: NOBODY,
  participant: NOBODY,
  admin: NOBODY,
  privacy: NOBODY,
  [persona]: [own, foreign],
});

const rubrieken = FML_RUBRIEKEN.map((r) => ({
  number: r.number,
  capacity: 'normal',
  items: [{ code: `${r.number}.1`, capacity: 'normal' }],
}));

const ROUTES: WriteRoute[] = [
  {
    name: 'POST /api/cases/:id/progress-reports',
    send: (c, t) =>
      c.post(`/api/cases/${t.caseId}/progress-reports`, { title: 'Matrix', body: 'Verslag uit de matrix' }),
    expect: only('coach', 201),
  },
  {
    name: 'PATCH /api/progress-reports/:id',
    send: (c, t) =>
      c.patch(`/api/progress-reports/${t.reportId}`, { version: t.reportVersion, body: 'Aangepast in de matrix' }),
    expect: only('coach', 200),
  },
  {
    name: 'POST /api/cases/:id/activities',
    send: (c, t) =>
      c.post(`/api/cases/${t.caseId}/activities`, {
        kind: 'coaching_session',
        occurredOn: '2026-11-20',
        notes: 'Matrix',
      }),
    expect: only('coach', 201),
  },
  {
    name: 'PATCH /api/cases/:id/status',
    send: (c, t) =>
      c.patch(`/api/cases/${t.caseId}/status`, { status: CASE_STATUS_TRANSITIONS[t.status][0], version: t.version }),
    expect: only('coach', 200),
  },
  {
    // Issue 17: the employer's own reference, entered by the case's coach or the admin.
    name: 'PUT /api/cases/:id/client-reference',
    send: (c, t) =>
      c.put(`/api/cases/${t.caseId}/client-reference`, { clientReference: 'P-10234', version: t.version }),
    expect: { ...only('coach', 200), admin: [200, 200] },
  },
  {
    name: 'PUT /api/cases/:id/special-file/health-record',
    send: (c, t) =>
      c.put(`/api/cases/${t.caseId}/special-file/health-record`, {
        firstSickDay: '2026-06-01',
        prognosis: 'Herstel verwacht',
      }),
    expect: only('expert', 200),
  },
  {
    name: 'POST /api/cases/:id/special-file/sickness-events',
    send: (c, t) =>
      c.post(`/api/cases/${t.caseId}/special-file/sickness-events`, { kind: 'partial_recovery', date: '2026-11-20' }),
    expect: { ...only('coach', 201), expert: [201, 404] },
  },
  {
    // An event that is not the person's answers 404 to the assigned staff (nothing retracted by the matrix).
    name: 'POST /api/cases/:id/special-file/sickness-events/:eventId/retract',
    send: (c, t) =>
      c.post(`/api/cases/${t.caseId}/special-file/sickness-events/${randomUUID()}/retract`, { reason: 'Verkeerd' }),
    expect: { ...only('coach', 404), expert: [404, 404] },
  },
  {
    // The coach records it; the expert, after the coach, finds one of that kind counting already (409).
    name: 'POST /api/cases/:id/special-file/extensions',
    send: (c, t) =>
      c.post(`/api/cases/${t.caseId}/special-file/extensions`, {
        kind: 'voluntary_extension',
        agreedEnd: '2030-01-06',
        agreedOn: '2026-11-20',
      }),
    expect: { ...only('coach', 201), expert: [409, 404] },
  },
  {
    name: 'POST /api/cases/:id/special-file/extensions/:extensionId/withdraw',
    send: (c, t) =>
      c.post(`/api/cases/${t.caseId}/special-file/extensions/${randomUUID()}/withdraw`, { reason: 'Vergissing' }),
    expect: { ...only('coach', 404), expert: [404, 404] },
  },
  {
    name: 'PATCH /api/cases/:id/milestones/:milestoneId',
    send: (c, t) => c.patch(`/api/cases/${t.caseId}/milestones/${t.milestoneId}`, { completedOn: '2026-11-20' }),
    expect: { ...only('coach', 200), expert: [200, 404] },
  },
  {
    name: 'POST /api/cases/:id/special-file/fml',
    send: (c, t) =>
      c.post(`/api/cases/${t.caseId}/special-file/fml`, {
        assessedOn: '2026-11-01',
        assessor: 'Dr. A. Visser',
        rubrieken,
      }),
    expect: only('expert', 201),
  },
  {
    // Issue 16: an FML with every item normal (items not listed are "normaal", as the form defaults).
    name: 'POST /api/cases/:id/special-file/fml-assessments',
    send: (c, t) =>
      c.post(`/api/cases/${t.caseId}/special-file/fml-assessments`, {
        assessedOn: '2026-11-01',
        assessment: {
          formVersion: 'fml-2015',
          level: 'items',
          rubrieken: FML_RUBRIEKEN.map((r) => ({ number: r.number, grade: 'normal', items: [] })),
          conclusion: { durableCapacities: true, grounds: [], basis: 'reference_values' },
        },
      }),
    expect: only('expert', 201),
  },
  {
    name: 'POST /api/cases/:id/special-file/ad-reports',
    send: (c, t) =>
      c.post(`/api/cases/${t.caseId}/special-file/ad-reports`, {
        reportedOn: '2026-11-10',
        report: {
          fmlFormVersion: 'fml-2015',
          reportDate: '2026-11-10',
          ownWork: { verdict: 'suitable', gaps: [] },
          spoor1: { outcome: 'own_work', suitableWork: [] },
          spoor2: { indicated: false, suitableWork: [] },
          advice: { advice: ['resume_own_work'] },
        },
      }),
    expect: only('expert', 201),
  },
  {
    name: 'POST /api/cases/:id/special-file/uwv-decisions',
    send: (c, t) =>
      c.post(`/api/cases/${t.caseId}/special-file/uwv-decisions`, {
        decision: { kind: 'loonsanctie', decidedOn: '2026-11-01', weeks: 12, reasons: ['spoor_2_late_or_missing'] },
      }),
    expect: only('expert', 201),
  },
  {
    name: 'POST /api/cases/:id/special-file/occupational-assessments',
    send: (c, t) =>
      c.post(`/api/cases/${t.caseId}/special-file/occupational-assessments`, {
        reportDate: '2026-11-10',
        conclusionOwnWork: 'Niet passend',
        suitableWork: 'Licht werk',
        advice: 'Spoor 2',
      }),
    expect: only('expert', 201),
  },
  {
    name: 'POST /api/cases/:id/special-file/uwv-opinions',
    send: (c, t) =>
      c.post(`/api/cases/${t.caseId}/special-file/uwv-opinions`, {
        kind: 'expert_opinion',
        opinionDate: '2026-11-15',
        outcome: 'Voldoende',
      }),
    expect: only('expert', 201),
  },
  {
    name: 'POST /api/cases/:id/special-file/documents',
    send: async (c, t) =>
      c.agent
        .post(`/api/cases/${t.caseId}/special-file/documents`)
        .set('X-CSRF-Token', c.csrf)
        .field('kind', 'fml')
        .attach('file', await demoPdf('Matrix', ['Matrix']), {
          filename: 'matrix.pdf',
          contentType: 'application/pdf',
        }),
    expect: only('expert', 201),
  },
  {
    name: 'PUT /api/cases/:id/assignments',
    send: async (c, t) =>
      c.put(`/api/cases/${t.caseId}/assignments`, { role: 'coach', userId: (await coachOf(t.caseId)) ?? null }),
    expect: only('admin', 200, 200),
  },
  {
    // Any coach or labour expert may break the glass on a case they are not assigned to (logged, reviewed);
    // on their own case there is nothing to break (409).
    name: 'POST /api/cases/:id/break-glass',
    send: (c, t) =>
      c.post(`/api/cases/${t.caseId}/break-glass`, { reason: 'Deelnemer belt in nood; eigen deskundige onbereikbaar' }),
    expect: { ...only('coach', 409, 201), expert: [409, 201] },
  },
  {
    name: 'PUT /api/cases/:id/legal-hold',
    send: (c, t) =>
      c.put(`/api/cases/${t.caseId}/legal-hold`, { hold: true, reason: 'Lopende procedure bij de rechter' }),
    expect: only('privacy', 200, 200),
  },
];

let dataSource: DataSource;
const coachOf = async (caseId: string): Promise<string | null> =>
  (await dataSource.query('SELECT coach_id FROM public.cases WHERE id = $1', [caseId]))[0]?.coach_id ?? null;

/**
 * Every persona × every case-scoped write route × own / foreign case → the expected status; and a refused
 * write (4xx) changes nothing in any table of the process file or the special file (the only trace it leaves
 * is its denied access event).
 */
describe('write matrix: every persona × every case write × own / foreign case; refusals change nothing', () => {
  let seeded: SeededApp;
  const targets: Record<Persona, { own: Target; foreign: Target }> = {} as never;
  const counts = { requests: 0, refusals: 0 };

  let fingerprints: Fingerprints;
  const fingerprint = () => fingerprints.take();
  const asOwner = async (sql: string) => {
    const result = await queryAs(seeded.db.urls.owner, sql);
    if (!('rows' in result)) throw new Error(`${sql} failed: ${result.errorCode}`);
  };

  const target = async (caseId: string): Promise<Target> => {
    const [c] = await dataSource.query('SELECT status, version FROM public.cases WHERE id = $1', [caseId]);
    const [report] = await dataSource.query(
      "SELECT id, version FROM public.progress_reports WHERE case_id = $1 AND status = 'draft' ORDER BY created_at LIMIT 1",
      [caseId],
    );
    let reportId = report?.id as string | undefined;
    let reportVersion = report?.version as number | undefined;
    if (!reportId) {
      // Every case gets a draft to aim at (written as its own coach, outside the matrix).
      const coachId = await coachOf(caseId);
      const [{ email }] = await dataSource.query(
        "SELECT CASE WHEN $1::uuid = (SELECT id FROM public.users WHERE role = 'coach' ORDER BY created_at LIMIT 1) THEN 'coach@spoor.test' ELSE 'coach2@spoor.test' END AS email",
        [coachId],
      );
      const created = await (
        await seeded.as(email as DemoEmail)
      ).post(`/api/cases/${caseId}/progress-reports`, { title: 'Concept', body: 'Concept' });
      reportId = created.body.id;
      reportVersion = created.body.version;
    }
    const [milestone] = await dataSource.query(
      "SELECT id FROM public.case_milestones WHERE case_id = $1 AND kind = 'problem_analysis'",
      [caseId],
    );
    return {
      caseId,
      milestoneId: (milestone?.id as string | undefined) ?? randomUUID(),
      reportId: reportId as string,
      reportVersion: reportVersion as number,
      status: c.status,
      version: c.version,
    };
  };

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    fingerprints = await openFingerprints(seeded.db.urls.owner);
    const me = async (persona: Persona) =>
      (await (await seeded.as(EMAIL[persona])).get('/api/auth/me')).body.user.id as string;
    const coachId = await me('coach');
    const expertId = await me('expert');
    // Own: a running reintegration case of the demo coach and labour expert (Jan de Vries's), open to all writes.
    const [jan] = await dataSource.query("SELECT id FROM public.cases WHERE reference = 'RI-2026-0001'");
    const [foreignCoach] = await dataSource.query(
      "SELECT id FROM public.cases WHERE coach_id <> $1 AND status IN ('intake', 'active') AND type LIKE 'reintegration%' AND labour_expert_id IS DISTINCT FROM $2 LIMIT 1",
      [coachId, expertId],
    );
    const [globex] = await dataSource.query(
      "SELECT c.id FROM public.cases c JOIN public.organisations o ON o.id = c.organisation_id WHERE o.name = 'Globex Zorggroep' AND c.status IN ('intake', 'active') AND c.coach_id <> $1 LIMIT 1",
      [coachId],
    );
    for (const persona of PERSONAS) {
      targets[persona] = {
        own: await target(jan.id),
        foreign: await target(persona === 'client' ? globex.id : foreignCoach.id),
      };
    }
  }, 120_000);

  afterAll(async () => {
    process.stdout.write(
      `write matrix: ${counts.requests} requests (${ROUTES.length} case writes × 6 personas × own/foreign, ${OTHER_WRITES.length} other writes × 6 personas), ${counts.refusals} refusals shown to change nothing\n`,
    );
    await fingerprints?.close();
    await seeded?.close();
  });

  /** Writes outside a case: only these personas pass the route's policy; an empty body is then a 400. */
  const OTHER_WRITES: Array<[method: 'post' | 'patch', path: string, allowed: Persona[], body: object]> = [
    ['post', '/api/cases', ['admin'], {}],
    ['post', '/api/admin/users', ['admin'], {}],
    ['post', '/api/admin/people/search', ['admin'], {}],
    ['post', '/api/admin/organisations', ['admin'], {}],
    ['post', '/api/admin/survey-export', ['admin'], {}],
    ['post', '/api/breaches', ['privacy'], {}],
    ['post', '/api/retention/run', ['privacy'], {}],
    // Break-the-glass lookup by reference: whoever may break the glass (logged and throttled; nothing written).
    ['post', '/api/break-glass/lookup', ['coach', 'expert'], {}],
    // Participants (about themselves) and the privacy officer pass the policy; the service checks whose (a valid body reaches it).
    ['post', '/api/privacy-requests', ['privacy', 'participant'], { type: 'access' }],
  ];

  it('the fingerprint sees a change to users, the special file or a table added later, and not a session sliding on', async () => {
    const original = await fingerprint();
    expect(Object.keys(original)).toEqual(
      expect.arrayContaining([
        'public.users',
        'public.invitations',
        'public.organisations',
        'public.disclosures',
        'public.breaches',
        'public.privacy_requests',
        'public.break_glass_grants',
        'public.cases',
        'special.health_records',
        'special.fml_assessments',
        'special.fml_form_assessments',
        'special.ad_reports',
        'special.uwv_decisions',
        'special.health_documents',
      ]),
    );
    const changes: Array<[table: string, change: string, undo: string]> = [
      [
        'public.users',
        "UPDATE public.users SET version = version + 1 WHERE role = 'admin'",
        "UPDATE public.users SET version = version - 1 WHERE role = 'admin'",
      ],
      [
        'special.health_records',
        'UPDATE special.health_records SET version = version + 1',
        'UPDATE special.health_records SET version = version - 1',
      ],
      [
        'public.fingerprint_probe',
        'CREATE TABLE public.fingerprint_probe (id int)',
        'DROP TABLE public.fingerprint_probe',
      ],
    ];
    for (const [table, change, undo] of changes) {
      await asOwner(change);
      const changed = changedTables(original, await fingerprint());
      await asOwner(undo);
      expect({ table, changed }).toEqual({ table, changed: [table] });
    }
    expect(changedTables(original, await fingerprint())).toEqual([]);
    // Every authenticated request may slide its session on; that alone is not a write.
    await asOwner("UPDATE public.sessions SET last_seen_at = now() - interval '5 minutes'");
    expect(changedTables(original, await fingerprint())).toEqual([]);
  });

  it.each(OTHER_WRITES)(
    '%s %s: only the allowed roles get past the policy, and a refusal changes nothing',
    async (method, path, allowed, body) => {
      for (const persona of PERSONAS) {
        const client = await seeded.as(EMAIL[persona]);
        const before = await fingerprint();
        // (the body is always given: jest would pass a missing last argument as its done callback)
        const response = await client[method](path, body);
        counts.requests++;
        expect(response.status).toBeLessThan(500);
        if (allowed.includes(persona))
          expect({ persona, status: response.status }).not.toEqual({ persona, status: 403 });
        else expect({ persona, status: response.status }).toEqual({ persona, status: 403 });
        if (response.status >= 400) {
          counts.refusals++;
          expect({ persona, changed: changedTables(before, await fingerprint()) }).toEqual({ persona, changed: [] });
        }
      }
    },
  );

  it.each(ROUTES.map((route) => [route.name, route] as const))('%s', async (_name, route) => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    // Refused personas first, the allowed ones last, each against fresh targets (an allowed write moves versions on).
    for (const persona of PERSONAS) {
      const client = await seeded.as(EMAIL[persona]);
      for (const [which, index] of [
        ['foreign', 1],
        ['own', 0],
      ] as const) {
        const fresh = await target(targets[persona][which].caseId);
        const before = await fingerprint();
        const response = await route.send(client, fresh);
        counts.requests++;
        outcomes.push(`${persona} ${which}: ${response.status}`);
        expected.push(`${persona} ${which}: ${route.expect[persona][index]}`);
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) {
          counts.refusals++;
          expect(Object.keys(response.body as object).sort()).toEqual(['code', 'error', 'message', 'statusCode']);
          expect({ persona, which, changed: changedTables(before, await fingerprint()) }).toEqual({
            persona,
            which,
            changed: [],
          });
        } else {
          // The fingerprint does see writes: an allowed one changes it.
          expect({ persona, which, changed: changedTables(before, await fingerprint()).length > 0 }).toEqual({
            persona,
            which,
            changed: true,
          });
        }
      }
    }
    expect(outcomes).toEqual(expected);
  });
});
