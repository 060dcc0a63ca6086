import { getDataSourceToken } from '@nestjs/typeorm';
import { FML_RUBRIEKEN } from '@spoor/domain';
import type { DataSource } from 'typeorm';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';

describe('special file records: first day of illness (Poortwachter milestones follow), FML, AD report, UWV opinion, uploads', () => {
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

  it('lets the labour expert record the first day of illness (milestones follow), an FML, an AD report and a UWV opinion', async () => {
    const expert = await seeded.as('expert@spoor.test');
    const firstSickDay = new Date(Date.now() - 10 * 7 * 24 * 3600_000).toISOString().slice(0, 10);
    const saved = await expert.agent
      .put(`/api/cases/${caseId}/special-file/health-record`)
      .set('X-CSRF-Token', expert.csrf)
      .send({ firstSickDay, prognosis: 'Herstel verwacht' })
      .expect(200);
    // The answer carries health data: no cache may keep it.
    expect(saved.headers['cache-control']).toBe('no-store');
    // Jan has sickness events (seed): the timeline follows them, not this date; the record keeps it.
    const [{ count }] = await dataSource.query(
      'SELECT count(*)::int AS count FROM public.case_milestones WHERE case_id = $1',
      [caseId],
    );
    expect(count).toBeGreaterThan(12);
    const future = await expert.agent
      .put(`/api/cases/${caseId}/special-file/health-record`)
      .set('X-CSRF-Token', expert.csrf)
      .send({ firstSickDay: '2999-01-01' })
      .expect(400);
    expect(JSON.stringify(future.body.message)).toContain('firstSickDay');

    const incomplete = await expert
      .post(`/api/cases/${caseId}/special-file/fml`, {
        assessedOn: '2026-11-01',
        assessor: 'Dr. A. Visser, bedrijfsarts',
        rubrieken: [{ number: 1, capacity: 'normal', items: [] }],
      })
      .expect(400);
    expect(JSON.stringify(incomplete.body.message)).toContain('rubrieken');
    const rubrieken = FML_RUBRIEKEN.map((r) => ({
      number: r.number,
      capacity: r.number === 4 ? 'limited' : 'normal',
      items: [{ code: `${r.number}.1`, capacity: 'normal' }],
    }));
    await expert
      .post(`/api/cases/${caseId}/special-file/fml`, {
        assessedOn: '2026-11-01',
        assessor: 'Dr. A. Visser, bedrijfsarts',
        rubrieken,
        notes: 'Vrije tekst',
      })
      .expect(201);
    await expert
      .post(`/api/cases/${caseId}/special-file/occupational-assessments`, {
        reportDate: '2026-11-10',
        conclusionOwnWork: 'Niet passend',
        suitableWork: 'Licht administratief werk',
        advice: 'Spoor 2 starten',
      })
      .expect(201);
    await expert
      .post(`/api/cases/${caseId}/special-file/uwv-opinions`, {
        kind: 'expert_opinion',
        opinionDate: '2026-11-15',
        outcome: 'Voldoende inspanningen',
      })
      .expect(201);

    const coach = await seeded.as('coach@spoor.test');
    const capacities = await coach.get(`/api/cases/${caseId}/special-file`).expect(200);
    expect(capacities.body.fml[0].rubrieken.find((r: { number: number }) => r.number === 4).capacity).toBe('limited');
    // No free text reaches the coach, the old AD report's prose on suitable work included (issue 16).
    expect(capacities.body.occupationalAssessments).toBeUndefined();
    expect(JSON.stringify(capacities.body)).not.toMatch(
      /Vrije tekst|Niet passend|Spoor 2 starten|Voldoende inspanningen|Herstel verwacht|Licht administratief werk/,
    );
    await coach
      .post(`/api/cases/${caseId}/special-file/fml`, { assessedOn: '2026-11-01', assessor: 'x', rubrieken })
      .expect(403);
  });

  it('shows the Poortwachter milestones as dates only on the process side', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const milestones = await coach.get(`/api/cases/${caseId}/milestones`).expect(200);
    expect(milestones.body.total).toBeGreaterThan(12);
    // The contract's shape since issue 15.
    expect(Object.keys(milestones.body.items[0]).sort()).toEqual([
      'actor',
      'basis',
      'completedOn',
      'dueDate',
      'evidence',
      'id',
      'kind',
      'sequence',
      'state',
    ]);
    expect(JSON.stringify(milestones.body)).not.toContain('firstSickDay');
  });

  it('refuses an empty upload', async () => {
    const expert = await seeded.as('expert@spoor.test');
    const empty = await expert.agent
      .post(`/api/cases/${caseId}/special-file/documents`)
      .set('X-CSRF-Token', expert.csrf)
      .field('kind', 'fml')
      .attach('file', Buffer.alloc(0), { filename: 'leeg.pdf' });
    expect(empty.status).toBe(415);
    expect(empty.body.message).toBe('file must be a PDF, PNG or JPEG (checked by content)');
  });
});
