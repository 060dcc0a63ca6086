import { Writable } from 'node:stream';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import {
  FML_FORM_2015,
  FML_RUBRIEKEN,
  type AdReport,
  type FmlAssessment,
  type FmlRubriekAnswer,
  type UwvDecision,
} from '@spoor/domain';
import { demoPdf } from '../seed/demo-pdf';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';

/**
 * A unique phrase goes into a progress report, health notes (prognosis, FML notes, AD report), a health
 * document's name, a break-the-glass reason, bad input and a search. It must never come out in a log line (at trace level), an access event or an error body.
 */
/**
 * An FML with the phrase in every free-text field the form model has: the toelichting and, for every item of the
 * form that takes words, a "namelijk" option chosen with words. Built from the form, so a new item is covered.
 */
function fmlWithEveryFreeText(phrase: string): FmlAssessment {
  const rubrieken: FmlRubriekAnswer[] = FML_FORM_2015.rubrieken.map((rubriek) => {
    const items = rubriek.items.flatMap((item) => {
      const worded = item.options.find((option) => option.specify);
      return worded ? [{ code: item.code, options: [worded.value], specification: `${phrase} ${item.code}` }] : [];
    });
    return { number: rubriek.number, grade: items.length > 0 ? 'limited' : 'normal', items };
  });
  return {
    formVersion: 'fml-2015',
    level: 'items',
    rubrieken,
    conclusion: { durableCapacities: false, grounds: ['severe_psychiatric_dysfunction', 'unstable_situation'] },
    workingHours: { hoursPerDay: 6, hoursPerWeek: 30, reason: 'energetic' },
    explanation: `${phrase} toelichting`,
  };
}

/** An AD report with the phrase in every free-text field: each explanation and each job title. */
function adReportWithEveryFreeText(phrase: string): AdReport {
  return {
    fmlFormVersion: 'fml-2015',
    reportDate: '2026-11-12',
    ownWork: {
      verdict: 'not_suitable',
      gaps: [{ item: '4.13', demand: { value: 25, unit: 'kg' } }],
      explanation: phrase,
    },
    spoor1: {
      outcome: 'other_work',
      suitableWork: [{ isco08: '4110', hoursPerWeek: 20, adjustments: [], title: `${phrase} 1` }],
      explanation: phrase,
    },
    spoor2: {
      indicated: true,
      suitableWork: [{ isco08: '4222', adjustments: [], title: `${phrase} 2` }],
      explanation: phrase,
    },
    advice: { advice: ['start_spoor_2'], explanation: phrase },
  };
}

/** Each kind of UWV decision, with the phrase in its free text. */
function uwvDecisionsWithFreeText(phrase: string): UwvDecision[] {
  return [
    {
      kind: 'wia_decision',
      decidedOn: '2026-11-01',
      startsOn: '2026-11-15',
      lossOfEarningCapacity: 50,
      durable: false,
      category: 'wga',
      explanation: phrase,
    },
    {
      kind: 'loonsanctie',
      decidedOn: '2026-11-01',
      weeks: 12,
      reasons: ['spoor_2_late_or_missing'],
      explanation: phrase,
    },
    {
      kind: 'expert_opinion',
      question: 'suitable_work',
      requestedBy: 'employer',
      requestedOn: '2026-10-01',
      explanation: phrase,
    },
  ];
}

describe('canary: personal data never leaks into logs, events or errors', () => {
  const CANARY = 'Kanarie-7f3a9c-Zwaluwstaart';
  const logs: string[] = [];
  const bodies: string[] = [];
  let seeded: SeededApp;
  let caseId: string;

  beforeAll(async () => {
    const capture = new Writable({
      write(chunk, _encoding, callback) {
        logs.push(String(chunk));
        callback();
      },
    });
    seeded = await createSeededApp({ logLevel: 'trace', logStream: capture });
    const dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    [{ id: caseId }] = await dataSource.query("SELECT id FROM public.cases WHERE reference = 'RI-2026-0001'");
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('writes the phrase through every path, then finds it nowhere it must not be', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const created = await coach.post(`/api/cases/${caseId}/progress-reports`, {
      title: `Verslag ${CANARY}`,
      body: `Gezondheid: ${CANARY}`,
    });
    // The author gets their own report back: that response is meant to hold the phrase.
    expect(created.status).toBe(201);
    bodies.push(
      JSON.stringify(
        (await coach.patch(`/api/progress-reports/${created.body.id}`, { version: 99, body: CANARY })).body,
      ),
    );
    bodies.push(
      JSON.stringify(
        (await coach.post(`/api/cases/${caseId}/progress-reports`, { title: CANARY.repeat(20), body: CANARY })).body,
      ),
    );
    bodies.push(
      JSON.stringify(
        (await coach.post(`/api/cases/${caseId}/progress-reports`, { title: 'x', body: 'y', [CANARY]: CANARY })).body,
      ),
    );
    bodies.push(
      JSON.stringify(
        (
          await coach.agent
            .post(`/api/cases/${caseId}/progress-reports`)
            .set('X-CSRF-Token', coach.csrf)
            .set('Content-Type', 'application/json')
            .send(`{"title": ${CANARY}}`)
        ).body,
      ),
    );
    bodies.push(JSON.stringify((await coach.get(`/api/cases?q=${CANARY}`)).body).replace(/"items":\[.*\]/, ''));
    bodies.push(
      JSON.stringify(
        (
          await request(seeded.app.getHttpServer())
            .post('/api/auth/login')
            .send({ email: `${CANARY}@spoor.test`, password: CANARY })
        ).body,
      ),
    );
    const coach2 = await seeded.as('coach2@spoor.test');
    const grant = await coach2.post(`/api/cases/${caseId}/break-glass`, { reason: `Noodgeval ${CANARY}` });
    bodies.push(JSON.stringify(grant.body));
    // The break-the-glass lookup (bad and unknown references) and the officer's review note, outcome and breach draft.
    bodies.push(JSON.stringify((await coach2.post('/api/break-glass/lookup', { reference: CANARY })).body));
    bodies.push(JSON.stringify((await coach2.post('/api/break-glass/lookup', { reference: 'RI-2099-7331' })).body));
    const officer = await seeded.as('privacy@spoor.test');
    const reviewPath = `/api/access-log/break-glass/${grant.body.id}`;
    bodies.push(JSON.stringify((await officer.post(`${reviewPath}/review`, { outcome: CANARY, note: CANARY })).body));
    bodies.push(
      JSON.stringify(
        (await officer.post(`${reviewPath}/review`, { outcome: 'not_justified', note: `Toelichting ${CANARY}` })).body,
      ),
    );
    bodies.push(JSON.stringify((await officer.post(`${reviewPath}/breach`, { nature: `Datalek ${CANARY}` })).body));
    // Stored (sealed) where it belongs: the officer reads the note back on the worklist.
    expect(JSON.stringify((await officer.get('/api/access-log/anomalies')).body)).toContain(`Toelichting ${CANARY}`);
    const expert = await seeded.as('expert@spoor.test');
    const pdf = await demoPdf('x', ['y']);
    const upload = await expert.agent
      .post(`/api/cases/${caseId}/special-file/documents`)
      .set('X-CSRF-Token', expert.csrf)
      .field('kind', 'fml')
      .attach('file', pdf, { filename: `${CANARY}.pdf` });
    expect(upload.status).toBe(201);
    bodies.push(JSON.stringify(upload.body));
    bodies.push(
      JSON.stringify(
        (await (await seeded.as('client@acme.spoor.test')).get(`/api/cases/${caseId}/progress-reports`)).body,
      ),
    );
    // Health notes in the special file: the free texts, and refused input that carries the phrase.
    const saved = await expert.put(`/api/cases/${caseId}/special-file/health-record`, {
      prognosis: `Prognose ${CANARY}`,
    });
    expect(saved.status).toBe(200);
    const rubrieken = FML_RUBRIEKEN.map((r) => ({
      number: r.number,
      capacity: 'normal',
      items: [{ code: `${r.number}.1`, capacity: 'normal' }],
    }));
    expect(
      (
        await expert.post(`/api/cases/${caseId}/special-file/fml`, {
          assessedOn: '2026-11-01',
          assessor: 'Dr. A. Visser',
          rubrieken,
          notes: `FML ${CANARY}`,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await expert.post(`/api/cases/${caseId}/special-file/occupational-assessments`, {
          reportDate: '2026-11-10',
          conclusionOwnWork: CANARY,
          suitableWork: 'Licht administratief werk',
          advice: CANARY,
        })
      ).status,
    ).toBe(201);
    // The forms (issue 16): every free-text field of the FML, the AD report and each UWV decision.
    expect(
      (
        await expert.post(`/api/cases/${caseId}/special-file/fml-assessments`, {
          assessedOn: '2026-11-22',
          assessment: fmlWithEveryFreeText(CANARY),
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await expert.post(`/api/cases/${caseId}/special-file/ad-reports`, {
          reportedOn: '2026-11-12',
          report: adReportWithEveryFreeText(CANARY),
        })
      ).status,
    ).toBe(201);
    for (const decision of uwvDecisionsWithFreeText(CANARY))
      expect((await expert.post(`/api/cases/${caseId}/special-file/uwv-decisions`, { decision })).status).toBe(201);
    // Refused input carrying the phrase: in an unknown field, in a field that takes no text, too long.
    for (const [path, body] of [
      [
        'fml-assessments',
        { assessedOn: '2026-11-22', assessment: { ...fmlWithEveryFreeText(CANARY), [CANARY]: CANARY } },
      ],
      ['fml-assessments', { assessedOn: CANARY, assessment: { formVersion: CANARY, level: CANARY } }],
      [
        'ad-reports',
        { reportedOn: '2026-11-12', report: { ...adReportWithEveryFreeText(CANARY), reportDate: CANARY } },
      ],
      ['uwv-decisions', { decision: { ...uwvDecisionsWithFreeText(CANARY)[0], explanation: CANARY.repeat(300) } }],
      ['uwv-decisions', { decision: { kind: CANARY } }],
    ] as const)
      bodies.push(JSON.stringify((await expert.post(`/api/cases/${caseId}/special-file/${path}`, body)).body));
    bodies.push(
      JSON.stringify(
        (
          await expert.post(`/api/cases/${caseId}/special-file/fml`, {
            assessedOn: CANARY,
            assessor: CANARY,
            rubrieken: [{ number: CANARY }],
            notes: CANARY.repeat(300),
          })
        ).body,
      ),
    );
    bodies.push(
      JSON.stringify(
        (
          await expert.put(`/api/cases/${caseId}/special-file/health-record`, {
            firstSickDay: CANARY,
            prognosis: CANARY,
          })
        ).body,
      ),
    );
    // The coach reads capacities only: the free texts must not reach them either.
    const capacities = await coach.get(`/api/cases/${caseId}/special-file`);
    // (the capacities and the AD conclusion are there, from the forms above, without their words)
    expect(capacities.body.capacities?.assessedOn).toBe('2026-11-22');
    expect(capacities.body.adReport?.reportDate).toBe('2026-11-12');
    bodies.push(JSON.stringify(capacities.body));

    const dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    const events: Array<{ row: string }> = await dataSource.query('SELECT e::text AS row FROM audit.access_events e');
    expect(logs.length).toBeGreaterThan(10);
    expect(logs.filter((line) => line.includes(CANARY))).toEqual([]);
    expect(events.filter((event) => event.row.includes(CANARY))).toEqual([]);
    expect(bodies.filter((body) => body.includes(CANARY))).toEqual([]);
    // The phrase is really stored (encrypted) where it belongs: the report reads back for the coach.
    const reports = await coach.get(`/api/cases/${caseId}/progress-reports`).expect(200);
    expect(JSON.stringify(reports.body)).toContain(CANARY);
    // And the forms' words read back for the labour expert, in every field they were written to.
    const file = JSON.stringify((await expert.get(`/api/cases/${caseId}/special-file`).expect(200)).body);
    expect(file.split(CANARY).length - 1).toBeGreaterThanOrEqual(
      JSON.stringify([
        fmlWithEveryFreeText(CANARY),
        adReportWithEveryFreeText(CANARY),
        uwvDecisionsWithFreeText(CANARY),
      ]).split(CANARY).length - 1,
    );
  });
});
