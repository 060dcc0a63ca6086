import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { SPECIAL_DATA_SOURCE } from '../special-file/special-file.tokens';
import { demoPdf } from '../seed/demo-pdf';
import { createSeededApp, type DemoEmail, type SeededApp } from '../../test/utils/seeded-app';

interface MilestoneItem {
  caseId: string;
  reference: string;
  personName?: string | null;
  kind: string;
  sequence: number;
  dueDate: string;
  overdue: boolean;
}

interface AssessmentItem {
  caseId: string;
  reference: string;
  personName?: string | null;
  type: string;
  status: string;
  hasFml: boolean;
  hasOccupationalAssessment: boolean;
}

const OTHERS: DemoEmail[] = [
  'expert@spoor.test',
  'client@acme.spoor.test',
  'participant@spoor.test',
  'admin@spoor.test',
  'privacy@spoor.test',
];

describe('worklists: the coach’s milestones and drafts, the labour expert’s missing assessments', () => {
  let seeded: SeededApp;
  let app: DataSource;
  let special: DataSource;
  let coachId: string;
  let expertId: string;
  let today: string;

  const userId = async (email: DemoEmail) =>
    (await (await seeded.as(email)).get('/api/auth/me')).body.user.id as string;
  const lastEvent = async (actorId: string) =>
    (
      await app.query(
        'SELECT action, outcome, resource, person_ids, fields FROM audit.access_events WHERE actor_id = $1 ORDER BY id DESC LIMIT 1',
        [actorId],
      )
    )[0];
  const addDays = (iso: string, days: number) =>
    new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    seeded = await createSeededApp();
    app = seeded.app.get<DataSource>(getDataSourceToken());
    special = seeded.app.get<DataSource>(SPECIAL_DATA_SOURCE);
    coachId = await userId('coach@spoor.test');
    expertId = await userId('expert@spoor.test');
    [{ today }] = await app.query("SELECT to_char(current_date, 'YYYY-MM-DD') AS today");
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  describe('GET /api/worklists/milestones', () => {
    let caseId: string;
    let reference: string;

    beforeAll(async () => {
      // Known milestones on one running case of the coach, next to whatever the seed made.
      [{ id: caseId, reference }] = await app.query(
        "SELECT id, reference FROM public.cases WHERE coach_id = $1 AND status = 'active' ORDER BY reference LIMIT 1",
        [coachId],
      );
      // As MilestonesService materialises them (issue 15): the state apart from today.
      const insert = (kind: string, sequence: number, due: string, completed: string | null, state?: string) =>
        app.query(
          'INSERT INTO public.case_milestones (id, case_id, kind, sequence, due_date, completed_on, state) VALUES ($1, $2, $3, $4, $5, $6, $7)',
          [randomUUID(), caseId, kind, sequence, due, completed, state ?? (completed ? 'done' : 'open')],
        );
      await insert('evaluation', 91, addDays(today, 3), null);
      await insert('evaluation', 92, addDays(today, -2), null);
      await insert('evaluation', 93, addDays(today, -5), addDays(today, -6));
      await insert('evaluation', 94, addDays(today, 20), null);
      // Not the user's work: UWV's step (information) and a milestone suspended by a recovery.
      await insert('uwv_wia_letter', 95, addDays(today, -4), null, 'info');
      await insert('evaluation', 96, addDays(today, -3), null, 'suspended');
    });

    it('lists the open milestones of the coach’s running cases due within 14 days or overdue, soonest first', async () => {
      const coach = await seeded.as('coach@spoor.test');
      const response = await coach.get('/api/worklists/milestones?pageSize=100').expect(200);
      const items: MilestoneItem[] = response.body.items;
      expect(response.body.withinDays).toBe(14);
      const [{ expected }] = await app.query(
        `SELECT count(*)::int AS expected FROM public.case_milestones m JOIN public.cases c ON c.id = m.case_id
          WHERE c.coach_id = $1 AND c.status IN ('intake', 'active', 'on_hold') AND m.state = 'open' AND m.due_date <= current_date + 14`,
        [coachId],
      );
      expect(response.body.total).toBe(expected);
      expect(items.length).toBe(Math.min(100, expected));
      expect(items.map((item) => item.dueDate)).toEqual([...items.map((item) => item.dueDate)].sort());
      for (const item of items) {
        expect(item.dueDate <= addDays(today, 14)).toBe(true);
        expect(item.overdue).toBe(item.dueDate < today);
      }
      const own = items.filter((item) => item.caseId === caseId && item.kind === 'evaluation' && item.sequence >= 91);
      expect(own.map((item) => [item.sequence, item.overdue])).toEqual([
        [92, true],
        [91, false],
      ]);
      // Only real overdue work: never UWV's own steps nor a suspended milestone.
      expect(items.some((item) => item.caseId === caseId && item.sequence >= 95)).toBe(false);
      expect(own[0]).toMatchObject({ reference, personName: expect.stringMatching(/\S+ \S+/) });
      const caseIds: string[] = [...new Set(items.map((item) => item.caseId))];
      const [{ foreign }] = await app.query(
        'SELECT count(*)::int AS foreign FROM public.cases WHERE id = ANY($1::uuid[]) AND coach_id IS DISTINCT FROM $2',
        [caseIds, coachId],
      );
      expect(foreign).toBe(0);
    });

    it('looks further ahead with withinDays, and never shows another coach’s cases', async () => {
      const coach = await seeded.as('coach@spoor.test');
      const wider = await coach.get('/api/worklists/milestones?withinDays=30&pageSize=100').expect(200);
      expect(wider.body.items.some((item: MilestoneItem) => item.caseId === caseId && item.sequence === 94)).toBe(true);
      const coach2 = await seeded.as('coach2@spoor.test');
      const other = await coach2.get('/api/worklists/milestones?withinDays=90&pageSize=100').expect(200);
      const otherCaseIds = [...new Set(other.body.items.map((item: MilestoneItem) => item.caseId))];
      // coach2 has a worklist of their own, and every case on it is theirs.
      expect(otherCaseIds.length).toBeGreaterThan(0);
      expect(otherCaseIds).not.toContain(caseId);
      const coach2Id = await userId('coach2@spoor.test');
      const [{ foreign }] = await app.query(
        'SELECT count(*)::int AS foreign FROM public.cases WHERE id = ANY($1::uuid[]) AND coach_id IS DISTINCT FROM $2',
        [otherCaseIds, coach2Id],
      );
      expect(foreign).toBe(0);
    });

    it('names every person on the page in an access event', async () => {
      const coach = await seeded.as('coach@spoor.test');
      const response = await coach.get('/api/worklists/milestones?pageSize=100').expect(200);
      const [{ person_id: personId }] = await app.query('SELECT person_id FROM public.cases WHERE id = $1', [caseId]);
      const event = await lastEvent(coachId);
      expect(event).toMatchObject({ action: 'list', outcome: 'allowed', resource: 'case_milestones' });
      expect(event.person_ids).toContain(personId);
      expect(event.fields).toEqual(expect.arrayContaining(['reference', 'personName', 'milestones']));
      const distinctCases = new Set(response.body.items.map((item: MilestoneItem) => item.caseId)).size;
      expect(new Set(event.person_ids).size).toBeLessThanOrEqual(distinctCases);
    });

    it('refuses bad parameters with 400 naming them', async () => {
      const coach = await seeded.as('coach@spoor.test');
      const cases: Array<[string, string]> = [
        ['withinDays=soon', 'withinDays must be a whole number'],
        ['withinDays=91', 'withinDays must be at most 90'],
        ['withinDays=-1', 'withinDays must be at least 0'],
        ['pageSize=0', 'pageSize must be at least 1'],
        ['page=x', 'page must be a whole number'],
        ['coachId=someone', 'coachId is not a known field'],
      ];
      for (const [query, message] of cases) {
        const response = await coach.get(`/api/worklists/milestones?${query}`);
        expect({ query, status: response.status, message: response.body.message }).toEqual({
          query,
          status: 400,
          message: expect.arrayContaining([message]),
        });
      }
    });
  });

  describe('GET /api/worklists/draft-reports', () => {
    it('lists the drafts of the coach’s cases with their decrypted title, newest first; a final report leaves the list', async () => {
      const coach = await seeded.as('coach@spoor.test');
      const [{ id: caseId, reference }] = await app.query(
        "SELECT id, reference FROM public.cases WHERE coach_id = $1 AND status = 'active' ORDER BY reference LIMIT 1",
        [coachId],
      );
      const created = await coach
        .post(`/api/cases/${caseId}/progress-reports`, {
          title: 'Werklijst: concept oktober',
          body: 'Nog af te maken.',
        })
        .expect(201);
      const response = await coach.get('/api/worklists/draft-reports?pageSize=100').expect(200);
      const [{ expected }] = await app.query(
        "SELECT count(*)::int AS expected FROM public.progress_reports r JOIN public.cases c ON c.id = r.case_id WHERE c.coach_id = $1 AND r.status = 'draft'",
        [coachId],
      );
      expect(response.body.total).toBe(expected);
      expect(response.body.items[0]).toMatchObject({
        id: created.body.id,
        caseId,
        reference,
        title: 'Werklijst: concept oktober',
        version: 1,
        personName: expect.any(String),
      });
      const times = response.body.items.map((item: { updatedAt: string }) => item.updatedAt);
      expect(times).toEqual([...times].sort().reverse());

      const event = await lastEvent(coachId);
      expect(event).toMatchObject({ action: 'list', outcome: 'allowed', resource: 'progress_report' });
      expect(event.fields).toEqual(expect.arrayContaining(['progressReport.title']));

      const coach2 = await seeded.as('coach2@spoor.test');
      const other = await coach2.get('/api/worklists/draft-reports?pageSize=100').expect(200);
      const coach2Id = await userId('coach2@spoor.test');
      const [{ theirs }] = await app.query(
        "SELECT count(*)::int AS theirs FROM public.progress_reports r JOIN public.cases c ON c.id = r.case_id WHERE c.coach_id = $1 AND r.status = 'draft'",
        [coach2Id],
      );
      expect(theirs).toBeGreaterThan(0);
      expect(other.body.total).toBe(theirs);
      expect(other.body.items.map((item: { id: string }) => item.id)).not.toContain(created.body.id);

      await coach.patch(`/api/progress-reports/${created.body.id}`, { version: 1, status: 'final' }).expect(200);
      const after = await coach.get('/api/worklists/draft-reports?pageSize=100').expect(200);
      expect(after.body.total).toBe(expected - 1);
      expect(after.body.items.some((item: { id: string }) => item.id === created.body.id)).toBe(false);
    });
  });

  describe('GET /api/worklists/assessments', () => {
    it('lists the expert’s running reintegration cases that lack an FML or an AD report', async () => {
      const expert = await seeded.as('expert@spoor.test');
      const response = await expert.get('/api/worklists/assessments?pageSize=100').expect(200);
      const items: AssessmentItem[] = response.body.items;
      const caseload: Array<{ id: string }> = await app.query(
        `SELECT id FROM public.cases WHERE labour_expert_id = $1 AND type IN ('reintegration_track1', 'reintegration_track2') AND status IN ('intake', 'active', 'on_hold')`,
        [expertId],
      );
      const ids = caseload.map((row) => row.id);
      const has = async (sql: string) =>
        new Set((await special.query(sql, [ids])).map((row: { case_id: string }) => row.case_id));
      const fml = await has(
        "SELECT case_id FROM special.fml_assessments WHERE case_id = ANY($1::uuid[]) UNION SELECT case_id FROM special.health_documents WHERE kind = 'fml' AND case_id = ANY($1::uuid[])",
      );
      const ad = await has(
        "SELECT case_id FROM special.occupational_assessments WHERE case_id = ANY($1::uuid[]) UNION SELECT case_id FROM special.health_documents WHERE kind = 'occupational_assessment' AND case_id = ANY($1::uuid[])",
      );
      const expected = ids.filter((id) => !fml.has(id) || !ad.has(id));
      expect(expected.length).toBeGreaterThan(0);
      expect(response.body.total).toBe(expected.length);
      expect(items.map((item) => item.caseId).sort()).toEqual([...expected].sort());
      for (const item of items) {
        expect(item).toMatchObject({
          hasFml: fml.has(item.caseId),
          hasOccupationalAssessment: ad.has(item.caseId),
          personName: expect.any(String),
        });
        expect(['reintegration_track1', 'reintegration_track2']).toContain(item.type);
      }
      // Jan de Vries's case has its full special file: nothing to do there.
      expect(items.some((item) => item.reference === 'RI-2026-0001')).toBe(false);
      const event = await lastEvent(expertId);
      expect(event).toMatchObject({ action: 'list', outcome: 'allowed', resource: 'assessment_worklist' });
      expect(event.person_ids.length).toBe(items.length);
    });

    it('updates when the expert uploads the missing report', async () => {
      const expert = await seeded.as('expert@spoor.test');
      const before = await expert.get('/api/worklists/assessments?pageSize=100').expect(200);
      const target: AssessmentItem | undefined = before.body.items.find((item: AssessmentItem) => !item.hasFml);
      if (!target) throw new Error('the demo data should hold a case of the expert without an FML');
      const pdf = await demoPdf('FML', ['Werklijst-test']);
      await expert.agent
        .post(`/api/cases/${target.caseId}/special-file/documents`)
        .set('X-CSRF-Token', expert.csrf)
        .field('kind', 'fml')
        .attach('file', pdf, { filename: 'fml.pdf', contentType: 'application/pdf' })
        .expect(201);
      const after = await expert.get('/api/worklists/assessments?pageSize=100').expect(200);
      const now = after.body.items.find((item: AssessmentItem) => item.caseId === target.caseId);
      if (target.hasOccupationalAssessment) {
        expect(now).toBeUndefined();
        expect(after.body.total).toBe(before.body.total - 1);
      } else {
        expect(now).toMatchObject({ hasFml: true, hasOccupationalAssessment: false });
      }
    });

    it('pages through the list', async () => {
      const expert = await seeded.as('expert@spoor.test');
      const all = await expert.get('/api/worklists/assessments?pageSize=100').expect(200);
      const first = await expert.get('/api/worklists/assessments?pageSize=2&page=1').expect(200);
      const second = await expert.get('/api/worklists/assessments?pageSize=2&page=2').expect(200);
      expect(first.body.total).toBe(all.body.total);
      expect([...first.body.items, ...second.body.items].map((item: AssessmentItem) => item.caseId)).toEqual(
        all.body.items.slice(0, 4).map((item: AssessmentItem) => item.caseId),
      );
      const beyond = await expert.get('/api/worklists/assessments?pageSize=100&page=50').expect(200);
      expect(beyond.body).toEqual({ items: [], total: all.body.total });
      const bad = await expert.get('/api/worklists/assessments?pageSize=101').expect(400);
      expect(bad.body.message).toContain('pageSize must be at most 100');
    });
  });

  it('refuses every other role with 403, and logs the refusal', async () => {
    const routes: Record<string, DemoEmail[]> = {
      '/api/worklists/milestones': OTHERS,
      '/api/worklists/draft-reports': OTHERS,
      '/api/worklists/assessments': [
        'coach@spoor.test',
        'coach2@spoor.test',
        'client@acme.spoor.test',
        'participant@spoor.test',
        'admin@spoor.test',
        'privacy@spoor.test',
      ],
    };
    for (const [route, emails] of Object.entries(routes)) {
      for (const email of emails) {
        const response = await (await seeded.as(email)).get(route);
        expect({ route, email, status: response.status }).toEqual({ route, email, status: 403 });
        expect(Object.keys(response.body).sort()).toEqual(['code', 'error', 'message', 'statusCode']);
        expect(response.body.code).toBe('FORBIDDEN');
      }
    }
    const event = await lastEvent(await userId('privacy@spoor.test'));
    expect(event).toMatchObject({ action: 'list', outcome: 'denied', resource: 'assessment_worklist' });
  });

  it('answers 401 without a session', async () => {
    for (const route of ['/api/worklists/milestones', '/api/worklists/draft-reports', '/api/worklists/assessments']) {
      await request(seeded.app.getHttpServer()).get(route).expect(401);
    }
  });
});
