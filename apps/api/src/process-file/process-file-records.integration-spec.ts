import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';

describe('process file records: report versions and corrections, the activity timeline, disclosures', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let caseId: string;

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    [{ id: caseId }] = await dataSource.query("SELECT id FROM public.cases WHERE reference = 'RI-2026-0001'");
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('answers an out-of-range version with 400 naming it (found by the fuzzer: it was a 500)', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const { body } = await coach
      .post(`/api/cases/${caseId}/progress-reports`, { title: 'Groot', body: 'getal' })
      .expect(201);
    const response = await coach.patch(`/api/progress-reports/${body.id}`, { version: 4493674652416759 }).expect(400);
    expect(JSON.stringify(response.body.message)).toContain('version');
    await coach.patch(`/api/cases/${caseId}/status`, { status: 'on_hold', version: 4493674652416759 }).expect(400);
  });

  it('answers a stale report edit with 409 and the current version', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const { body } = await coach
      .post(`/api/cases/${caseId}/progress-reports`, { title: 'Tab één', body: 'eerste' })
      .expect(201);
    await coach.patch(`/api/progress-reports/${body.id}`, { version: 1, body: 'tab één schrijft' }).expect(200);
    const stale = await coach
      .patch(`/api/progress-reports/${body.id}`, { version: 1, body: 'tab twee schrijft' })
      .expect(409);
    expect(stale.body).toMatchObject({ statusCode: 409, error: 'Conflict', currentVersion: 2 });
  });

  it('keeps an activity timeline; the participant sees what and when, not the coach\u2019s notes', async () => {
    const coach = await seeded.as('coach@spoor.test');
    await coach
      .post(`/api/cases/${caseId}/activities`, {
        kind: 'coaching_session',
        occurredOn: '2026-11-20',
        durationMinutes: 60,
        notes: 'Motivatie besproken',
      })
      .expect(201);
    const bad = await coach
      .post(`/api/cases/${caseId}/activities`, { kind: 'party', occurredOn: '20-11-2026' })
      .expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('kind');
    expect(JSON.stringify(bad.body.message)).toContain('occurredOn');
    const timeline = await coach.get(`/api/cases/${caseId}/activities`).expect(200);
    expect(timeline.body.items[0]).toMatchObject({
      kind: 'coaching_session',
      occurredOn: '2026-11-20',
      notes: 'Motivatie besproken',
    });
    const participant = await seeded.as('participant@spoor.test');
    const own = await participant.get(`/api/cases/${caseId}/activities`).expect(200);
    expect(JSON.stringify(own.body)).not.toContain('Motivatie');
    await (await seeded.as('client@acme.spoor.test')).get(`/api/cases/${caseId}/activities`).expect(404);
  });

  it('records disclosures: a released client summary and the survey export, visible to the participant', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const report = await coach
      .post(`/api/cases/${caseId}/progress-reports`, {
        title: 'Vrijgave',
        body: 'Inhoud',
        clientSummary: 'Samenvatting',
      })
      .expect(201);
    await coach
      .patch(`/api/progress-reports/${report.body.id}`, { version: 1, status: 'final', releasedToClient: true })
      .expect(200);
    const participant = await seeded.as('participant@spoor.test');
    const mine = await participant.get('/api/me/disclosures').expect(200);
    expect(mine.body.items[0]).toMatchObject({
      recipient: 'Opdrachtgever: Acme Logistiek',
      fields: ['progressReport.clientSummary'],
      caseReference: 'RI-2026-0001',
    });

    const [objector] = await dataSource.query(
      "SELECT person_id FROM public.cases WHERE status = 'completed' ORDER BY reference LIMIT 1",
    );
    const privacy = await seeded.as('privacy@spoor.test');
    await privacy
      .post('/api/privacy-requests', { type: 'objection', personId: objector.person_id, details: 'Geen enquêtes' })
      .expect(201);
    const admin = await seeded.as('admin@spoor.test');
    const survey = await admin.post('/api/admin/survey-export').expect(200);
    expect(survey.body.total).toBeGreaterThan(0);
    expect(survey.body.items.length).toBe(survey.body.total);
    for (const item of survey.body.items) expect(Object.keys(item).sort()).toEqual(['email', 'name', 'phone']);
    // Every exported person gets a disclosure record; the objector is neither exported nor recorded.
    const [{ recorded, excluded }] = await dataSource.query(
      "SELECT count(*) FILTER (WHERE fields = ARRAY['name', 'email', 'phone'])::int AS recorded, count(*) FILTER (WHERE person_id = $1)::int AS excluded FROM public.disclosures",
      [objector.person_id],
    );
    expect(recorded).toBe(survey.body.total);
    expect(excluded).toBe(0);
  });

  it('corrects a final report with a new report that points at it; the original stays as it was', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const original = await coach
      .post(`/api/cases/${caseId}/progress-reports`, { title: 'Periode 3', body: 'Eerste versie' })
      .expect(201);
    await coach.patch(`/api/progress-reports/${original.body.id}`, { version: 1, status: 'final' }).expect(200);
    const correction = await coach
      .post(`/api/cases/${caseId}/progress-reports`, {
        title: 'Periode 3 (correctie)',
        body: 'Gecorrigeerd',
        correctsReportId: original.body.id,
      })
      .expect(201);
    expect(correction.body.correctsReportId).toBe(original.body.id);
    const list = await coach.get(`/api/cases/${caseId}/progress-reports`).expect(200);
    expect(list.body.items.find((r: { id: string }) => r.id === original.body.id).body).toBe('Eerste versie');
    const draft = await coach
      .post(`/api/cases/${caseId}/progress-reports`, { title: 'Concept', body: 'x' })
      .expect(201);
    await coach
      .post(`/api/cases/${caseId}/progress-reports`, { title: 'y', body: 'z', correctsReportId: draft.body.id })
      .expect(409);
  });
});
