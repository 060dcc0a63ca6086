import { getDataSourceToken } from '@nestjs/typeorm';
import { CLIENT_CASE_FIELDS, FML_RUBRIEKEN } from '@spoor/domain';
import type { DataSource } from 'typeorm';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';

describe('case work: activities, special-file records, new cases, disclosures', () => {
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

  it('gives the client exactly the whitelisted summary, field by field', async () => {
    const client = await seeded.as('client@acme.spoor.test');
    const detail = await client.get(`/api/cases/${caseId}`).expect(200);
    // Written out, not taken from the constant under test: widening the whitelist must fail here, in review.
    const whitelist = ['coachName', 'completedAt', 'endDate', 'id', 'nextMilestone', 'organisationName', 'reference', 'startDate', 'status', 'type'];
    expect([...CLIENT_CASE_FIELDS].sort()).toEqual(whitelist);
    expect(Object.keys(detail.body).sort()).toEqual(whitelist);
    const list = await client.get('/api/cases?pageSize=100').expect(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    for (const item of list.body.items) expect(Object.keys(item).filter((key) => !whitelist.includes(key))).toEqual([]);
  });

  it('answers an out-of-range version with 400 naming it (found by the fuzzer: it was a 500)', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const { body } = await coach.post(`/api/cases/${caseId}/progress-reports`, { title: 'Groot', body: 'getal' }).expect(201);
    const response = await coach.patch(`/api/progress-reports/${body.id}`, { version: 4493674652416759 }).expect(400);
    expect(JSON.stringify(response.body.message)).toContain('version');
    await coach.patch(`/api/cases/${caseId}/status`, { status: 'on_hold', version: 4493674652416759 }).expect(400);
  });

  it('answers a stale report edit with 409 and the current version', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const { body } = await coach.post(`/api/cases/${caseId}/progress-reports`, { title: 'Tab één', body: 'eerste' }).expect(201);
    await coach.patch(`/api/progress-reports/${body.id}`, { version: 1, body: 'tab één schrijft' }).expect(200);
    const stale = await coach.patch(`/api/progress-reports/${body.id}`, { version: 1, body: 'tab twee schrijft' }).expect(409);
    expect(stale.body).toMatchObject({ statusCode: 409, error: 'Conflict', currentVersion: 2 });
  });

  it('keeps an activity timeline; the participant sees what and when, not the coach\u2019s notes', async () => {
    const coach = await seeded.as('coach@spoor.test');
    await coach.post(`/api/cases/${caseId}/activities`, { kind: 'coaching_session', occurredOn: '2026-11-20', durationMinutes: 60, notes: 'Motivatie besproken' }).expect(201);
    const bad = await coach.post(`/api/cases/${caseId}/activities`, { kind: 'party', occurredOn: '20-11-2026' }).expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('kind');
    expect(JSON.stringify(bad.body.message)).toContain('occurredOn');
    const timeline = await coach.get(`/api/cases/${caseId}/activities`).expect(200);
    expect(timeline.body.items[0]).toMatchObject({ kind: 'coaching_session', occurredOn: '2026-11-20', notes: 'Motivatie besproken' });
    const participant = await seeded.as('participant@spoor.test');
    const own = await participant.get(`/api/cases/${caseId}/activities`).expect(200);
    expect(JSON.stringify(own.body)).not.toContain('Motivatie');
    await (await seeded.as('client@acme.spoor.test')).get(`/api/cases/${caseId}/activities`).expect(404);
  });

  it('lets the labour expert record the first day of illness (milestones follow), an FML, an AD report and a UWV opinion', async () => {
    const expert = await seeded.as('expert@spoor.test');
    const firstSickDay = new Date(Date.now() - 10 * 7 * 24 * 3600_000).toISOString().slice(0, 10);
    const saved = await expert.agent.put(`/api/cases/${caseId}/special-file/health-record`).set('X-CSRF-Token', expert.csrf).send({ firstSickDay, prognosis: 'Herstel verwacht' }).expect(200);
    // The answer carries health data: no cache may keep it.
    expect(saved.headers['cache-control']).toBe('no-store');
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM public.case_milestones WHERE case_id = $1', [caseId]);
    expect(count).toBe(23);
    const future = await expert.agent.put(`/api/cases/${caseId}/special-file/health-record`).set('X-CSRF-Token', expert.csrf).send({ firstSickDay: '2999-01-01' }).expect(400);
    expect(JSON.stringify(future.body.message)).toContain('firstSickDay');

    const incomplete = await expert.post(`/api/cases/${caseId}/special-file/fml`, { assessedOn: '2026-11-01', assessor: 'Dr. A. Visser, bedrijfsarts', rubrieken: [{ number: 1, capacity: 'normal', items: [] }] }).expect(400);
    expect(JSON.stringify(incomplete.body.message)).toContain('rubrieken');
    const rubrieken = FML_RUBRIEKEN.map((r) => ({ number: r.number, capacity: r.number === 4 ? 'limited' : 'normal', items: [{ code: `${r.number}.1`, capacity: 'normal' }] }));
    await expert.post(`/api/cases/${caseId}/special-file/fml`, { assessedOn: '2026-11-01', assessor: 'Dr. A. Visser, bedrijfsarts', rubrieken, notes: 'Vrije tekst' }).expect(201);
    await expert.post(`/api/cases/${caseId}/special-file/occupational-assessments`, { reportDate: '2026-11-10', conclusionOwnWork: 'Niet passend', suitableWork: 'Licht administratief werk', advice: 'Spoor 2 starten' }).expect(201);
    await expert.post(`/api/cases/${caseId}/special-file/uwv-opinions`, { kind: 'expert_opinion', opinionDate: '2026-11-15', outcome: 'Voldoende inspanningen' }).expect(201);

    const coach = await seeded.as('coach@spoor.test');
    const capacities = await coach.get(`/api/cases/${caseId}/special-file`).expect(200);
    expect(capacities.body.fml[0].rubrieken.find((r: { number: number }) => r.number === 4).capacity).toBe('limited');
    expect(capacities.body.occupationalAssessments[0].suitableWork).toBe('Licht administratief werk');
    expect(JSON.stringify(capacities.body)).not.toMatch(/Vrije tekst|Niet passend|Spoor 2 starten|Voldoende inspanningen|Herstel verwacht/);
    await coach.post(`/api/cases/${caseId}/special-file/fml`, { assessedOn: '2026-11-01', assessor: 'x', rubrieken }).expect(403);
  });

  it('lets the admin open a case for a new person, numbered per type and year, found by e-mail', async () => {
    const admin = await seeded.as('admin@spoor.test');
    const [{ acme }] = await dataSource.query("SELECT id AS acme FROM public.organisations WHERE name = 'Acme Logistiek'");
    const coachId = (await (await seeded.as('coach@spoor.test')).get('/api/auth/me')).body.user.id;
    const created = await admin.post('/api/cases', {
      type: 'outplacement', organisationId: acme, startDate: '2026-12-01', coachId,
      person: { firstName: 'Noor', lastName: 'Hendriks', email: 'noor.hendriks@voorbeeld.nl' },
    }).expect(201);
    expect(created.body).toMatchObject({ reference: expect.stringMatching(/^OP-2026-\d{4}$/), status: 'intake', personName: 'Noor Hendriks' });
    const coach = await seeded.as('coach@spoor.test');
    const found = await coach.get('/api/cases?q=Noor.Hendriks@voorbeeld.nl').expect(200);
    expect(found.body.items.map((c: { reference: string }) => c.reference)).toEqual([created.body.reference]);
    const bad = await admin.post('/api/cases', { type: 'outplacement', organisationId: acme, startDate: '2026-12-01', labourExpertId: coachId, person: { firstName: 'A', lastName: 'B' } }).expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('labourExpertId');
    await coach.post('/api/cases', { type: 'outplacement', organisationId: acme, startDate: '2026-12-01', person: { firstName: 'A', lastName: 'B' } }).expect(403);
  });

  it('records disclosures: a released client summary and the survey export, visible to the participant', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const report = await coach.post(`/api/cases/${caseId}/progress-reports`, { title: 'Vrijgave', body: 'Inhoud', clientSummary: 'Samenvatting' }).expect(201);
    await coach.patch(`/api/progress-reports/${report.body.id}`, { version: 1, status: 'final', releasedToClient: true }).expect(200);
    const participant = await seeded.as('participant@spoor.test');
    const mine = await participant.get('/api/me/disclosures').expect(200);
    expect(mine.body.items[0]).toMatchObject({ recipient: 'Opdrachtgever: Acme Logistiek', fields: ['progressReport.clientSummary'], caseReference: 'RI-2026-0001' });

    const [objector] = await dataSource.query("SELECT person_id FROM public.cases WHERE status = 'completed' ORDER BY reference LIMIT 1");
    const privacy = await seeded.as('privacy@spoor.test');
    await privacy.post('/api/privacy-requests', { type: 'objection', personId: objector.person_id, details: 'Geen enquêtes' }).expect(201);
    const admin = await seeded.as('admin@spoor.test');
    const survey = await admin.post('/api/admin/survey-export').expect(200);
    expect(survey.body.total).toBeGreaterThan(0);
    for (const item of survey.body.items) expect(Object.keys(item).sort()).toEqual(['email', 'name', 'phone']);
    const [{ excluded }] = await dataSource.query('SELECT count(*)::int AS excluded FROM public.disclosures WHERE person_id = $1', [objector.person_id]);
    expect(excluded).toBe(0);
  });

  it('corrects a final report with a new report that points at it; the original stays as it was', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const original = await coach.post(`/api/cases/${caseId}/progress-reports`, { title: 'Periode 3', body: 'Eerste versie' }).expect(201);
    await coach.patch(`/api/progress-reports/${original.body.id}`, { version: 1, status: 'final' }).expect(200);
    const correction = await coach.post(`/api/cases/${caseId}/progress-reports`, { title: 'Periode 3 (correctie)', body: 'Gecorrigeerd', correctsReportId: original.body.id }).expect(201);
    expect(correction.body.correctsReportId).toBe(original.body.id);
    const list = await coach.get(`/api/cases/${caseId}/progress-reports`).expect(200);
    expect(list.body.items.find((r: { id: string }) => r.id === original.body.id).body).toBe('Eerste versie');
    const draft = await coach.post(`/api/cases/${caseId}/progress-reports`, { title: 'Concept', body: 'x' }).expect(201);
    await coach.post(`/api/cases/${caseId}/progress-reports`, { title: 'y', body: 'z', correctsReportId: draft.body.id }).expect(409);
  });

  it('shows the Poortwachter milestones as dates only on the process side', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const milestones = await coach.get(`/api/cases/${caseId}/milestones`).expect(200);
    expect(milestones.body.total).toBe(23);
    expect(Object.keys(milestones.body.items[0]).sort()).toEqual(['completedOn', 'dueDate', 'kind', 'sequence', 'state']);
    expect(JSON.stringify(milestones.body)).not.toContain('firstSickDay');
  });

  it('refuses an empty upload', async () => {
    const expert = await seeded.as('expert@spoor.test');
    const empty = await expert.agent.post(`/api/cases/${caseId}/special-file/documents`).set('X-CSRF-Token', expert.csrf).field('kind', 'fml').attach('file', Buffer.alloc(0), { filename: 'leeg.pdf' });
    expect(empty.status).toBe(415);
    expect(empty.body.message).toBe('file must be a PDF, PNG or JPEG (checked by content)');
  });
});
