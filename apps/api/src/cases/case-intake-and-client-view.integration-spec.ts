import { getDataSourceToken } from '@nestjs/typeorm';
import { CLIENT_CASE_FIELDS } from '@spoor/domain';
import type { DataSource } from 'typeorm';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';

describe('cases: what a client sees (a whitelisted summary), and opening a case for a new person', () => {
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
    // Issue 17: the employee's name and the employer's own reference joined it; contact details never.
    const whitelist = [
      'clientReference',
      'coachName',
      'completedAt',
      'endDate',
      'id',
      'nextMilestone',
      'organisationName',
      'personName',
      'reference',
      'startDate',
      'status',
      'type',
    ];
    expect([...CLIENT_CASE_FIELDS].sort()).toEqual(whitelist);
    expect(Object.keys(detail.body).sort()).toEqual(whitelist);
    const list = await client.get('/api/cases?pageSize=100').expect(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    for (const item of list.body.items) expect(Object.keys(item).filter((key) => !whitelist.includes(key))).toEqual([]);
  });

  it("names as the client's next milestone only the employer's own next duty, never the company doctor's", async () => {
    // The problem analysis (the company doctor's) is the earliest open milestone: it must not reach the client.
    await dataSource.query(
      // (The lists read the materialised state since issue 15: 'open' is a milestone still to do.)
      "UPDATE public.case_milestones SET completed_on = NULL, state = 'open' WHERE case_id = $1 AND kind IN ('problem_analysis', 'plan_of_approach')",
      [caseId],
    );
    const [analysis] = await dataSource.query(
      "SELECT to_char(due_date, 'YYYY-MM-DD') AS due FROM public.case_milestones WHERE case_id = $1 AND kind = 'problem_analysis'",
      [caseId],
    );
    const [plan] = await dataSource.query(
      "SELECT to_char(due_date, 'YYYY-MM-DD') AS due FROM public.case_milestones WHERE case_id = $1 AND kind = 'plan_of_approach'",
      [caseId],
    );
    expect(analysis.due < plan.due).toBe(true);

    const coach = await seeded.as('coach@spoor.test');
    expect((await coach.get(`/api/cases/${caseId}`).expect(200)).body.nextMilestone).toEqual({
      kind: 'problem_analysis',
      dueDate: analysis.due,
    });
    const client = await seeded.as('client@acme.spoor.test');
    expect((await client.get(`/api/cases/${caseId}`).expect(200)).body.nextMilestone).toEqual({
      kind: 'plan_of_approach',
      dueDate: plan.due,
    });
    const listed = (await client.get('/api/cases?pageSize=100').expect(200)).body.items.find(
      (item: { id: string }) => item.id === caseId,
    );
    expect(listed.nextMilestone).toEqual({ kind: 'plan_of_approach', dueDate: plan.due });
  });

  it('lets the admin open a case for a new person, numbered per type and year, found by e-mail', async () => {
    const admin = await seeded.as('admin@spoor.test');
    const [{ acme }] = await dataSource.query(
      "SELECT id AS acme FROM public.organisations WHERE name = 'Acme Logistiek'",
    );
    const coachId = (await (await seeded.as('coach@spoor.test')).get('/api/auth/me')).body.user.id;
    const created = await admin
      .post('/api/cases', {
        type: 'outplacement',
        organisationId: acme,
        startDate: '2026-12-01',
        coachId,
        person: { firstName: 'Noor', lastName: 'Hendriks', email: 'noor.hendriks@voorbeeld.nl' },
      })
      .expect(201);
    expect(created.body).toMatchObject({
      reference: expect.stringMatching(/^OP-2026-\d{4}$/),
      status: 'intake',
      personName: 'Noor Hendriks',
    });
    const coach = await seeded.as('coach@spoor.test');
    const found = await coach.get('/api/cases?q=Noor.Hendriks@voorbeeld.nl').expect(200);
    expect(found.body.items.map((c: { reference: string }) => c.reference)).toEqual([created.body.reference]);
    const bad = await admin
      .post('/api/cases', {
        type: 'outplacement',
        organisationId: acme,
        startDate: '2026-12-01',
        labourExpertId: coachId,
        person: { firstName: 'A', lastName: 'B' },
      })
      .expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('labourExpertId');
    await coach
      .post('/api/cases', {
        type: 'outplacement',
        organisationId: acme,
        startDate: '2026-12-01',
        person: { firstName: 'A', lastName: 'B' },
      })
      .expect(403);
  });
});
