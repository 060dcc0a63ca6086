import { getDataSourceToken } from '@nestjs/typeorm';
import {
  coachCapacities,
  FML_RUBRIEKEN,
  type AdReport,
  type FmlAssessment,
  type FmlAssessmentView,
  type UwvDecision,
} from '@spoor/domain';
import type { DataSource } from 'typeorm';
// The public example FML is a test fixture of the domain library, deliberately not part of its exports.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { COMPLETE_FML } from '../../../../libs/domain/src/fml/complete-fml.fixture';
import { changedTables, openFingerprints, type Fingerprints } from '../../test/utils/database-fingerprint';
import { createSeededApp, type DemoEmail, type SeededApp } from '../../test/utils/seeded-app';
import { queryAs } from '../../test/utils/test-database';

const fml = (change: (draft: FmlAssessment & Record<string, unknown>) => void): FmlAssessment => {
  const draft = structuredClone(COMPLETE_FML) as FmlAssessment & Record<string, unknown>;
  change(draft);
  return draft;
};
const rubriek = (draft: FmlAssessment, number: number) => draft.rubrieken[number - 1];

const AD_REPORT: AdReport = {
  fmlFormVersion: 'fml-2015',
  reportDate: '2026-11-21',
  ownWork: {
    verdict: 'not_suitable',
    gaps: [{ item: '4.13', demand: { value: 25, unit: 'kg' } }],
    explanation: 'Het eigen werk vraagt zwaar tillen.',
  },
  spoor1: {
    outcome: 'other_work',
    suitableWork: [
      { isco08: '4110', hoursPerWeek: 20, adjustments: ['gradual_build_up'], title: 'Administratief medewerker' },
    ],
    explanation: 'Binnen de organisatie is administratief werk.',
  },
  spoor2: { indicated: false, suitableWork: [] },
  advice: { advice: ['other_work_own_employer'], explanation: 'Opbouwen in uren.' },
  followUpOn: '2027-01-15',
};

const WIA: UwvDecision = {
  kind: 'wia_decision',
  decidedOn: '2026-11-15',
  startsOn: '2026-12-01',
  lossOfEarningCapacity: 45,
  durable: false,
  category: 'wga',
  explanation: 'Beslissing na herbeoordeling.',
};

describe('special file forms (issue 16): the FML item by item, the AD report and UWV decisions', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let fingerprints: Fingerprints;
  let caseId: string;
  let stored: FmlAssessmentView;

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    fingerprints = await openFingerprints(seeded.db.urls.owner);
    [{ id: caseId }] = await dataSource.query("SELECT id FROM public.cases WHERE reference = 'RI-2026-0001'");
  }, 120_000);

  afterAll(async () => {
    await fingerprints?.close();
    await seeded?.close();
  });

  it('takes a complete FML from the labour expert and reads it back identically for them and the participant', async () => {
    const expert = await seeded.as('expert@spoor.test');
    const created = await expert
      .post(`/api/cases/${caseId}/special-file/fml-assessments`, { assessedOn: '2026-11-22', assessment: COMPLETE_FML })
      .expect(201);
    expect(Object.keys(created.body).sort()).toEqual(['assessedOn', 'assessment', 'id', 'recordedAt']);
    expect(created.body.assessment).toEqual(COMPLETE_FML);
    stored = created.body;

    for (const email of ['expert@spoor.test', 'participant@spoor.test'] as DemoEmail[]) {
      const file = await (await seeded.as(email)).get(`/api/cases/${caseId}/special-file`).expect(200);
      expect(file.body.scope).toBe('full');
      expect(file.body.fmlAssessments[0]).toEqual(stored);
      // Older clients still get the rubriek-level view of it.
      expect(file.body.fml.find((f: { id: string }) => f.id === stored.id).rubrieken).toHaveLength(6);
    }
    // Stored under the special key ring, as one ciphertext; the process role cannot read the table at all.
    const owner = await queryAs(
      seeded.db.urls.owner,
      `SELECT assessment FROM special.fml_form_assessments WHERE id = '${stored.id}'`,
    );
    expect((owner as { rows: Array<{ assessment: string }> }).rows[0].assessment).toMatch(/^sp1\.s\./);
    expect(await queryAs(seeded.db.urls.app, 'SELECT 1 FROM special.fml_form_assessments')).toEqual({
      errorCode: '42501',
    });
    const [event] = await dataSource.query(
      "SELECT fields FROM audit.access_events WHERE resource = 'fml_assessment' AND resource_id = $1 AND action = 'create'",
      [stored.id],
    );
    expect(event.fields).toEqual(['assessedOn', 'assessment']);
  });

  it('gives the coach only the capacities derived from the newest FML, no free text', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const file = await coach.get(`/api/cases/${caseId}/special-file`).expect(200);
    expect(file.body.scope).toBe('capacities');
    expect(file.body.capacities).toEqual({ assessedOn: '2026-11-22', capacities: coachCapacities(COMPLETE_FML) });
    expect(file.body).not.toHaveProperty('fmlAssessments');
    const text = JSON.stringify(file.body);
    for (const words of [
      'rugklachten',
      'productiepieken',
      'trillend',
      'Opbouw in overleg',
      'specification',
      'explanation',
    ])
      expect({ words, found: text.includes(words) }).toEqual({ words, found: false });
  });

  it.each([
    [
      'an item filed under the wrong rubriek',
      fml((d) => rubriek(d, 1).items.push({ code: '4.13', options: [3] })),
      'assessment.rubrieken[0].items[9].code',
      'WRONG_RUBRIEK',
    ],
    [
      'a non-existent item',
      fml((d) => rubriek(d, 4).items.push({ code: '4.99', options: [1] })),
      'assessment.rubrieken[3].items[21].code',
      'NOT_ONE_OF',
    ],
    [
      'a rubriek marked normal with a severely limited item in it',
      fml((d) => (rubriek(d, 2).items[8].options = [2])),
      'assessment.rubrieken[1].grade',
      'INCONSISTENT',
    ],
    [
      'hours per day on rubriek I',
      fml((d) => Object.assign(rubriek(d, 1), { hoursPerDay: 4 })),
      'assessment.rubrieken[0].hoursPerDay',
      'UNKNOWN_FIELD',
    ],
    [
      'rubriek VI limited without the hours',
      fml((d) => delete d.workingHours),
      'assessment.workingHours.hoursPerDay',
      'REQUIRED',
    ],
    [
      'free text where the form has no "namelijk"',
      fml((d) => (rubriek(d, 2).items[0].specification = 'x')),
      'assessment.rubrieken[1].items[0].specification',
      'NOT_ALLOWED_HERE',
    ],
    ['a rubriek-level FML as new', fml((d) => (d.level = 'rubriek_only')), 'assessment.level', undefined],
    ['something that is not an FML', 'geen FML' as unknown as FmlAssessment, 'assessment', undefined],
  ])('refuses %s with a 400 naming the field, and stores nothing', async (_name, assessment, field, code) => {
    const expert = await seeded.as('expert@spoor.test');
    const before = await fingerprints.take();
    const refused = await expert
      .post(`/api/cases/${caseId}/special-file/fml-assessments`, { assessedOn: '2026-11-22', assessment })
      .expect(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    const fields = (refused.body.fields ?? []) as Array<{ field: string; code: string }>;
    expect(fields.map((f) => f.field)).toContain(field);
    if (code) expect(fields.find((f) => f.field === field)?.code).toBe(code);
    expect(changedTables(before, await fingerprints.take())).toEqual([]);
  });

  it('refuses a date in the future or not a date, naming assessedOn', async () => {
    const expert = await seeded.as('expert@spoor.test');
    for (const assessedOn of ['2999-01-01', '22-11-2026']) {
      const refused = await expert
        .post(`/api/cases/${caseId}/special-file/fml-assessments`, { assessedOn, assessment: COMPLETE_FML })
        .expect(400);
      expect(JSON.stringify(refused.body.fields ?? refused.body.message)).toContain('assessedOn');
    }
  });

  it.each([
    'client@acme.spoor.test',
    'admin@spoor.test',
    'privacy@spoor.test',
    'coach@spoor.test',
    'participant@spoor.test',
  ] as DemoEmail[])('refuses %s every form write, and nothing changes', async (email) => {
    const client = await seeded.as(email);
    const before = await fingerprints.take();
    for (const [path, body] of [
      ['fml-assessments', { assessedOn: '2026-11-22', assessment: COMPLETE_FML }],
      ['ad-reports', { reportedOn: AD_REPORT.reportDate, report: AD_REPORT }],
      ['uwv-decisions', { decision: WIA }],
    ] as const) {
      const refused = await client.post(`/api/cases/${caseId}/special-file/${path}`, body);
      expect({ path, status: refused.status }).toEqual({ path, status: 403 });
    }
    expect(changedTables(before, await fingerprints.take())).toEqual([]);
  });

  it('takes an AD report and a UWV decision, lists them for the labour expert, and gives the coach the AD conclusion without free text', async () => {
    const expert = await seeded.as('expert@spoor.test');
    const report = await expert
      .post(`/api/cases/${caseId}/special-file/ad-reports`, { reportedOn: AD_REPORT.reportDate, report: AD_REPORT })
      .expect(201);
    expect(Object.keys(report.body).sort()).toEqual(['id', 'recordedAt', 'report', 'reportedOn']);
    expect(report.body.report).toEqual(AD_REPORT);
    const decision = await expert
      .post(`/api/cases/${caseId}/special-file/uwv-decisions`, { decision: WIA })
      .expect(201);
    expect(Object.keys(decision.body).sort()).toEqual(['decision', 'id', 'recordedAt']);
    expect(decision.body.decision).toEqual(WIA);

    for (const email of ['expert@spoor.test', 'participant@spoor.test'] as DemoEmail[]) {
      const file = await (await seeded.as(email)).get(`/api/cases/${caseId}/special-file`).expect(200);
      expect(file.body.adReports[0]).toEqual(report.body);
      expect(file.body.uwvDecisions[0]).toEqual(decision.body);
    }
    const coach = await (await seeded.as('coach@spoor.test')).get(`/api/cases/${caseId}/special-file`).expect(200);
    expect(coach.body.adReport).toMatchObject({
      reportDate: '2026-11-21',
      ownWork: { verdict: 'not_suitable' },
      spoor1: { outcome: 'other_work', suitableWork: [{ isco08: '4110', hoursPerWeek: 20 }] },
    });
    expect(coach.body).not.toHaveProperty('uwvDecisions');
    expect(JSON.stringify(coach.body)).not.toMatch(
      /zwaar tillen|Binnen de organisatie|Opbouwen in uren|Administratief medewerker|herbeoordeling|wia_decision/,
    );
  });

  it('refuses a wrong AD report, a wrong UWV decision and a document of no health file, naming the field', async () => {
    const expert = await seeded.as('expert@spoor.test');
    const before = await fingerprints.take();
    const cases: Array<[string, object, string]> = [
      [
        'ad-reports',
        {
          reportedOn: '2026-11-21',
          report: { ...AD_REPORT, ownWork: { verdict: 'suitable', gaps: AD_REPORT.ownWork.gaps } },
        },
        'report.ownWork.gaps',
      ],
      ['ad-reports', { reportedOn: '2026-11-20', report: AD_REPORT }, 'reportedOn'],
      ['uwv-decisions', { decision: { ...WIA, category: 'iva' } }, 'decision.category'],
      [
        'uwv-decisions',
        { decision: { ...WIA, documentId: '0b6f8a52-3f0e-4c61-9d5b-8f5a2b1c9e10' } },
        'decision.documentId',
      ],
      ['uwv-decisions', { decision: { kind: 'ontslag' } }, 'decision.kind'],
    ];
    for (const [path, body, field] of cases) {
      const refused = await expert.post(`/api/cases/${caseId}/special-file/${path}`, body);
      expect({ path, field, status: refused.status }).toEqual({ path, field, status: 400 });
      expect((refused.body.fields as Array<{ field: string }>).map((f) => f.field)).toContain(field);
    }
    expect(changedTables(before, await fingerprints.take())).toEqual([]);
  });

  it('shows a stored rubriek-level FML migrated, marked rubriek_only, with nothing lost', async () => {
    const expert = await seeded.as('expert@spoor.test');
    const rubrieken = FML_RUBRIEKEN.map((r) => ({
      number: r.number,
      capacity: r.number === 6 ? 'limited' : 'normal',
      items: [{ code: `${r.number}.1`, capacity: r.number === 6 ? 'limited' : 'normal' }],
      ...(r.number === 6 ? { hoursPerDay: 4 } : {}),
    }));
    const old = await expert
      .post(`/api/cases/${caseId}/special-file/fml`, {
        assessedOn: '2026-11-23',
        assessor: 'Dr. A. Visser',
        rubrieken,
        notes: 'Oude notitie',
      })
      .expect(201);
    const file = await expert.get(`/api/cases/${caseId}/special-file`).expect(200);
    const migrated = file.body.fmlAssessments.find((f: FmlAssessmentView) => f.id === old.body.id);
    expect(file.body.fmlAssessments[0].id).toBe(old.body.id); // the newest date first
    expect(migrated.assessment).toMatchObject({ formVersion: 'fml-2015', level: 'rubriek_only', conclusion: null });
    expect(migrated.assessment.explanation).toBe('Oude notitie');
    expect(migrated.assessment.rubrieken[5]).toEqual({
      number: 6,
      grade: 'limited',
      items: [],
      legacy: { items: [{ code: '6.1', capacity: 'limited' }], hoursPerDay: 4 },
    });
    // The coach's capacities follow the newest FML, said as rubriek level only.
    const coach = await (await seeded.as('coach@spoor.test')).get(`/api/cases/${caseId}/special-file`).expect(200);
    expect(coach.body.capacities.assessedOn).toBe('2026-11-23');
    expect(coach.body.capacities.capacities.level).toBe('rubriek_only');
    expect(JSON.stringify(coach.body)).not.toContain('Oude notitie');
  });
});
