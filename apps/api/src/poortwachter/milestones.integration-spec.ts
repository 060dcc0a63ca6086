import { getDataSourceToken } from '@nestjs/typeorm';
import { basisRevealsHealthData, MILESTONE_ACTOR, type MilestoneBasis, type MilestoneKind } from '@spoor/domain';
import type { DataSource } from 'typeorm';
import { changedTables, openFingerprints, type Fingerprints } from '../../test/utils/database-fingerprint';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';
import { SPECIAL_DATA_SOURCE } from '../special-file/special-file.tokens';
import { MilestonesService } from './milestones.service';
import type { TestClient } from '../../test/utils/test-session';

interface Item {
  id: string;
  kind: MilestoneKind;
  sequence: number;
  dueDate: string;
  completedOn: string | null;
  state: string;
  actor: string;
  basis: MilestoneBasis | null;
  evidence: Record<string, string> | null;
}

/**
 * Issue 15 through the API: sickness events in the special file drive the Poortwachter timeline of every
 * reintegration case of the person; milestones get done (with evidence) and undone (with a reason). The
 * expected dates are UWV's worked examples as libs/domain/src/poortwachter/timeline.spec.ts states them
 * (first sick day Monday 5 January 2026), not this code's output.
 */
describe('Poortwachter timeline: sickness events, completions, who sees what', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let coach: TestClient;
  let expert: TestClient;
  let track1: string;
  let track2: string;
  let personId: string;

  const milestonesOf = async (client: TestClient, caseId: string): Promise<Item[]> =>
    (await client.get(`/api/cases/${caseId}/milestones`).expect(200)).body.items;
  const find = (items: Item[], kind: MilestoneKind, sequence = 0) =>
    items.find((m) => m.kind === kind && m.sequence === sequence) as Item;
  const events = (caseId: string) => `/api/cases/${caseId}/special-file/sickness-events`;

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    coach = await seeded.as('coach@spoor.test');
    expert = await seeded.as('expert@spoor.test');
    const admin = await seeded.as('admin@spoor.test');
    const idOf = async (client: TestClient) => (await client.get('/api/auth/me')).body.user.id as string;
    const [acme] = await dataSource.query("SELECT id FROM public.organisations WHERE name = 'Acme Logistiek'");
    const common = { organisationId: acme.id, coachId: await idOf(coach), labourExpertId: await idOf(expert) };
    const first = await admin
      .post('/api/cases', {
        ...common,
        type: 'reintegration_track1',
        startDate: '2026-01-12',
        person: { firstName: 'Sanne', lastName: 'Tijdlijn' },
      })
      .expect(201);
    track1 = first.body.id;
    personId = first.body.personId;
    const second = await admin
      .post('/api/cases', { ...common, type: 'reintegration_track2', startDate: '2027-01-04', personId })
      .expect(201);
    track2 = second.body.id;
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('has no timeline before the first sick report, and refuses a recovery then (naming the field)', async () => {
    expect(await milestonesOf(coach, track1)).toEqual([]);
    const refused = await expert.post(events(track1), { kind: 'recovery', date: '2026-01-05' }).expect(400);
    expect(refused.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'kind', code: 'SICKNESS_NOT_RUNNING' }],
    });
  });

  it('follows the sick report: the plain UWV timeline from Monday 5 January 2026', async () => {
    await expert.post(events(track1), { kind: 'sick', date: '2026-01-05' }).expect(201);
    const items = await milestonesOf(coach, track1);
    expect(find(items, 'problem_analysis').dueDate).toBe('2026-02-15');
    expect(find(items, 'plan_of_approach').dueDate).toBe('2026-03-01');
    expect(find(items, 'uwv_sick_report').dueDate).toBe('2026-10-26');
    expect(find(items, 'wia_application').dueDate).toBe('2027-10-17');
    expect(find(items, 'waiting_period_end')).toMatchObject({ dueDate: '2028-01-02', state: 'info', actor: 'uwv' });
    expect(find(items, 'uwv_wia_letter')).toMatchObject({ dueDate: '2027-09-13', state: 'info' });
    // The first sick day is not a field anywhere in the answer.
    expect(JSON.stringify(items)).not.toContain('firstSickDay');
  });

  it('refuses out-of-order and double sick reports with stable codes, and changes nothing', async () => {
    const early = await expert.post(events(track1), { kind: 'recovery', date: '2025-12-01' }).expect(400);
    expect(early.body.fields).toEqual([{ field: 'date', code: 'OUT_OF_ORDER', params: { min: '2026-01-05' } }]);
    const twice = await coach.post(events(track1), { kind: 'sick', date: '2026-01-20' }).expect(400);
    expect(twice.body.fields).toEqual([{ field: 'kind', code: 'SICKNESS_ALREADY_RUNNING' }]);
    const future = await coach.post(events(track1), { kind: 'recovery', date: '2999-01-01' }).expect(400);
    expect(future.body.fields).toEqual([{ field: 'date', code: 'DATE_IN_FUTURE' }]);
    const bad = await coach.post(events(track1), { kind: 'diagnosis', date: 'yesterday' }).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect((await coach.get(events(track1)).expect(200)).body.total).toBe(1);
  });

  it('moves the week-42 report, the WIA application and the end by the healthy days of a relapse within 4 weeks (samentelling), on both of the person’s cases', async () => {
    // UWV worked example: sick 4 weeks (5 Jan – 1 Feb), healthy 2 weeks (2–15 Feb), sick again 16 Feb.
    await coach.post(events(track1), { kind: 'recovery', date: '2026-02-02' }).expect(201);
    await expert.post(events(track2), { kind: 'sick', date: '2026-02-16' }).expect(201);
    for (const caseId of [track1, track2]) {
      const items = await milestonesOf(expert, caseId);
      expect({
        analysis: find(items, 'problem_analysis').dueDate,
        report: find(items, 'uwv_sick_report').dueDate,
        application: find(items, 'wia_application').dueDate,
        end: find(items, 'waiting_period_end').dueDate,
      }).toEqual({ analysis: '2026-03-01', report: '2026-11-09', application: '2027-10-31', end: '2028-01-16' });
      expect(find(items, 'uwv_sick_report').basis).toEqual({
        rule: 'first_working_day_after_week',
        week: 42,
        healthyDaysExcluded: 14,
      });
    }
    const listed = (await expert.get(events(track2)).expect(200)).body;
    expect(listed.items.map((e: { kind: string; date: string }) => [e.kind, e.date])).toEqual([
      ['sick', '2026-01-05'],
      ['recovery', '2026-02-02'],
      ['sick', '2026-02-16'],
    ]);
    expect(listed.periods).toEqual([
      {
        sequence: 1,
        firstSickDay: '2026-01-05',
        status: 'running',
        healthyDaysExcluded: 14,
        relapseAddsUpUntil: null,
      },
    ]);
    // Written and read with their access events (the write in the special file's own transaction).
    const logged = await dataSource.query(
      `SELECT action, outcome, person_ids::text[] AS person_ids, fields FROM audit.access_events
        WHERE resource IN ('sickness_event', 'sickness_events') AND case_id = $1 ORDER BY id`,
      [track2],
    );
    expect(logged).toEqual([
      { action: 'create', outcome: 'allowed', person_ids: [personId], fields: ['date', 'kind'] },
      { action: 'read', outcome: 'allowed', person_ids: [personId], fields: ['sicknessEvents'] },
    ]);
    // The lists read the same dates (materialised on every change).
    const [stored] = await dataSource.query(
      "SELECT to_char(due_date, 'YYYY-MM-DD') AS due FROM public.case_milestones WHERE case_id = $1 AND kind = 'uwv_sick_report'",
      [track2],
    );
    expect(stored.due).toBe('2026-11-09');
  });

  it('never shows the client a basis that reveals health dates, nor a milestone not the employer’s', async () => {
    const client = await seeded.as('client@acme.spoor.test');
    const items = await milestonesOf(client, track1);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(MILESTONE_ACTOR[item.kind]).toBe('employer');
      expect(item.evidence).toBeNull();
      if (item.basis) expect(basisRevealsHealthData(item.basis)).toBe(false);
    }
    // The week-42 report's basis tells of the relapse: the client gets the date, not the basis.
    expect(find(items, 'uwv_sick_report')).toMatchObject({ dueDate: '2026-11-09', basis: null });
    expect(items.some((m) => m.kind === 'problem_analysis' || m.kind === 'wia_application')).toBe(false);
    expect(JSON.stringify(items)).not.toContain('healthyDaysExcluded');
  });

  it('moves the plan of approach with the problem analysis actually done, and logs the change with the event', async () => {
    const before = await milestonesOf(coach, track1);
    const analysis = find(before, 'problem_analysis');
    const done = await coach
      .patch(`/api/cases/${track1}/milestones/${analysis.id}`, { completedOn: '2026-01-20' })
      .expect(200);
    expect(done.body).toMatchObject({ id: analysis.id, completedOn: '2026-01-20', state: 'done' });
    const after = await milestonesOf(coach, track1);
    // UWV/issue 15: a problem analysis on 20 January gives a plan of approach on 3 February.
    expect(find(after, 'plan_of_approach')).toMatchObject({
      dueDate: '2026-02-03',
      basis: { rule: 'after_problem_analysis', weeks: 2, from: '2026-01-20', projected: false },
    });
    // The person's other case shares the completion.
    expect(find(await milestonesOf(coach, track2), 'problem_analysis').completedOn).toBe('2026-01-20');
    const [event] = await dataSource.query(
      `SELECT action, outcome, resource_id, person_ids::text[] AS person_ids, fields FROM audit.access_events
        WHERE resource = 'case_milestones' AND action = 'update' AND case_id = $1 ORDER BY id DESC LIMIT 1`,
      [track1],
    );
    expect(event).toEqual({
      action: 'update',
      outcome: 'allowed',
      resource_id: analysis.id,
      person_ids: [personId],
      fields: ['completedOn'],
    });
  });

  it('takes evidence of the same case only, naming the field otherwise', async () => {
    const plan = find(await milestonesOf(coach, track1), 'plan_of_approach');
    const [foreign] = await dataSource.query('SELECT id FROM public.activities WHERE case_id <> $1 LIMIT 1', [track1]);
    const refused = await coach
      .patch(`/api/cases/${track1}/milestones/${plan.id}`, {
        completedOn: '2026-02-03',
        evidence: { activityId: foreign.id },
      })
      .expect(400);
    expect(refused.body.fields).toEqual([{ field: 'evidence.activityId', code: 'UNKNOWN_REFERENCE' }]);
    expect(find(await milestonesOf(coach, track1), 'plan_of_approach').completedOn).toBeNull();

    const activity = await coach
      .post(`/api/cases/${track1}/activities`, { kind: 'coaching_session', occurredOn: '2026-02-03', notes: 'Plan' })
      .expect(201);
    const done = await coach
      .patch(`/api/cases/${track1}/milestones/${plan.id}`, {
        completedOn: '2026-02-03',
        evidence: { activityId: activity.body.id },
      })
      .expect(200);
    expect(done.body).toMatchObject({ completedOn: '2026-02-03', evidence: { activityId: activity.body.id } });
    // Shown as evidence in the case it was recorded in; the other case shows the date only.
    expect(find(await milestonesOf(coach, track2), 'plan_of_approach')).toMatchObject({
      completedOn: '2026-02-03',
      evidence: null,
    });
  });

  it('refuses a completion in the future or before the first sick day, and UWV’s own steps', async () => {
    const items = await milestonesOf(coach, track1);
    const evaluation = find(items, 'evaluation', 1);
    const future = await coach
      .patch(`/api/cases/${track1}/milestones/${evaluation.id}`, { completedOn: '2999-01-01' })
      .expect(400);
    expect(future.body.fields).toEqual([{ field: 'completedOn', code: 'DATE_IN_FUTURE' }]);
    const early = await coach
      .patch(`/api/cases/${track1}/milestones/${evaluation.id}`, { completedOn: '2025-12-31' })
      .expect(400);
    expect(early.body.fields).toEqual([
      { field: 'completedOn', code: 'DATE_TOO_EARLY', params: { min: '2026-01-05' } },
    ]);
    const letter = find(items, 'uwv_wia_letter');
    const uwv = await coach
      .patch(`/api/cases/${track1}/milestones/${letter.id}`, { completedOn: '2026-03-01' })
      .expect(409);
    expect(uwv.body.code).toBe('MILESTONE_NOT_COMPLETABLE');
    await coach
      .patch(`/api/cases/${track1}/milestones/00000000-0000-4000-8000-000000000000`, { completedOn: '2026-03-01' })
      .expect(404);
  });

  it('undoes a completion only with a reason, and keeps the history', async () => {
    const analysis = find(await milestonesOf(coach, track1), 'problem_analysis');
    const noReason = await expert
      .patch(`/api/cases/${track1}/milestones/${analysis.id}`, { completedOn: null })
      .expect(400);
    expect(noReason.body.fields).toEqual([{ field: 'reason', code: 'REQUIRED' }]);
    expect(find(await milestonesOf(coach, track1), 'problem_analysis').completedOn).toBe('2026-01-20');

    const undone = await expert
      .patch(`/api/cases/${track1}/milestones/${analysis.id}`, {
        completedOn: null,
        reason: 'Verkeerde datum ingevoerd',
      })
      .expect(200);
    expect(undone.body).toMatchObject({ completedOn: null, state: 'overdue' });
    // The plan of approach counts from the problem analysis's due date again (projected).
    expect(find(await milestonesOf(coach, track1), 'plan_of_approach').completedOn).toBe('2026-02-03');
    const history = await dataSource.query(
      `SELECT to_char(completed_on, 'YYYY-MM-DD') AS completed_on, undone_at IS NOT NULL AS undone, undo_reason
         FROM public.milestone_completions WHERE person_id = $1 AND kind = 'problem_analysis'`,
      [personId],
    );
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ completed_on: '2026-01-20', undone: true });
    // The reason is stored sealed, never in plain text.
    expect(history[0].undo_reason).toMatch(/^sp1\.p\./);
    const again = await expert
      .patch(`/api/cases/${track1}/milestones/${analysis.id}`, { completedOn: null, reason: 'Nog een keer' })
      .expect(400);
    expect(again.body.code).toBe('NOTHING_TO_CHANGE');
  });

  it('keeps sickness out of the coach’s outplacement and career cases', async () => {
    const coachId = (await coach.get('/api/auth/me')).body.user.id;
    const [other] = await dataSource.query(
      "SELECT id FROM public.cases WHERE coach_id = $1 AND type IN ('outplacement', 'career_coaching') LIMIT 1",
      [coachId],
    );
    expect((await coach.get(events(other.id)).expect(403)).body.code).toBe('FORBIDDEN');
    await coach.post(events(other.id), { kind: 'sick', date: '2026-03-02' }).expect(403);
    expect(await milestonesOf(coach, other.id)).toEqual([]);
  });

  it('starts a new timeline after four weeks of full recovery, keeping the old period’s completions', async () => {
    const admin = await seeded.as('admin@spoor.test');
    const [acme] = await dataSource.query("SELECT id FROM public.organisations WHERE name = 'Acme Logistiek'");
    const idOf = async (client: TestClient) => (await client.get('/api/auth/me')).body.user.id as string;
    const created = await admin
      .post('/api/cases', {
        organisationId: acme.id,
        coachId: await idOf(coach),
        labourExpertId: await idOf(expert),
        type: 'reintegration_track1',
        startDate: '2026-01-12',
        person: { firstName: 'Vier', lastName: 'Weken' },
      })
      .expect(201);
    const caseId = created.body.id as string;
    await expert.post(events(caseId), { kind: 'sick', date: '2026-01-05' }).expect(201);
    const first = find(await milestonesOf(coach, caseId), 'problem_analysis');
    await coach.patch(`/api/cases/${caseId}/milestones/${first.id}`, { completedOn: '2026-01-20' }).expect(200);
    // UWV worked example: 28 healthy days (2 Feb – 1 Mar), sick again 2 March: a new period, a new timeline.
    await coach.post(events(caseId), { kind: 'recovery', date: '2026-02-02' }).expect(201);
    await coach.post(events(caseId), { kind: 'sick', date: '2026-03-02' }).expect(201);
    const items = await milestonesOf(coach, caseId);
    const analysis = find(items, 'problem_analysis');
    expect({
      due: analysis.dueDate,
      done: analysis.completedOn,
      report: find(items, 'uwv_sick_report').dueDate,
    }).toEqual({ due: '2026-04-12', done: null, report: '2026-12-21' });
    // Another period, another milestone (its own id); the first period's completion is kept.
    expect(analysis.id).not.toBe(first.id);
    const kept = await dataSource.query(
      `SELECT period_sequence, to_char(completed_on, 'YYYY-MM-DD') AS completed_on FROM public.milestone_completions
        WHERE person_id = $1 AND undone_at IS NULL`,
      [created.body.personId],
    );
    expect(kept).toEqual([{ period_sequence: 1, completed_on: '2026-01-20' }]);
  });

  it('carries a first day of illness recorded before sickness events existed over as a sick event, once', async () => {
    const admin = await seeded.as('admin@spoor.test');
    const [acme] = await dataSource.query("SELECT id FROM public.organisations WHERE name = 'Acme Logistiek'");
    const idOf = async (client: TestClient) => (await client.get('/api/auth/me')).body.user.id as string;
    const created = await admin
      .post('/api/cases', {
        organisationId: acme.id,
        coachId: await idOf(coach),
        labourExpertId: await idOf(expert),
        type: 'reintegration_track1',
        startDate: '2026-02-02',
        person: { firstName: 'Oud', lastName: 'Dossier' },
      })
      .expect(201);
    const caseId = created.body.id as string;
    // The health record's first day (as before issue 15) starts the person's events when they have none.
    await expert.put(`/api/cases/${caseId}/special-file/health-record`, { firstSickDay: '2026-01-05' }).expect(200);
    expect(find(await milestonesOf(coach, caseId), 'problem_analysis').dueDate).toBe('2026-02-15');
    // As the data stood before the migration: a health record's first day, no events, no milestones.
    const special = seeded.app.get<DataSource>(SPECIAL_DATA_SOURCE);
    await special.query('DELETE FROM special.sickness_events WHERE person_id = $1', [created.body.personId]);
    await dataSource.query('DELETE FROM public.case_milestones WHERE case_id = $1', [caseId]);
    expect(await milestonesOf(coach, caseId)).toEqual([]);

    const milestones = seeded.app.get(MilestonesService);
    await milestones.onApplicationBootstrap();
    await milestones.onApplicationBootstrap();
    const carried = await special.query(
      'SELECT kind, position, recorded_by FROM special.sickness_events WHERE person_id = $1',
      [created.body.personId],
    );
    expect(carried).toEqual([{ kind: 'sick', position: 1, recorded_by: null }]);
    expect(find(await milestonesOf(coach, caseId), 'problem_analysis').dueDate).toBe('2026-02-15');
    const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM public.case_milestones WHERE case_id = $1', [
      caseId,
    ]);
    expect(n).toBeGreaterThan(12);
  });

  describe('refusals change nothing', () => {
    let fingerprints: Fingerprints;
    beforeAll(async () => {
      fingerprints = await openFingerprints(seeded.db.urls.owner);
    });
    afterAll(async () => {
      await fingerprints.close();
    });

    it('refuses sickness-event and milestone writes by the client and the participant, and everything to the admin', async () => {
      const analysis = find(await milestonesOf(coach, track1), 'problem_analysis');
      for (const email of ['client@acme.spoor.test', 'participant@spoor.test', 'admin@spoor.test'] as const)
        await seeded.as(email);
      const before = await fingerprints.take();
      for (const email of ['client@acme.spoor.test', 'participant@spoor.test', 'admin@spoor.test'] as const) {
        const client = await seeded.as(email);
        const write = await client.post(events(track1), { kind: 'recovery', date: '2026-03-01' });
        const read = await client.get(events(track1));
        const complete = await client.patch(`/api/cases/${track1}/milestones/${analysis.id}`, {
          completedOn: '2026-01-21',
        });
        expect({ email, write: write.status, read: read.status, complete: complete.status }).toEqual({
          email,
          write: 403,
          read: 403,
          complete: 403,
        });
      }
      const admin = await seeded.as('admin@spoor.test');
      await admin.get(`/api/cases/${track1}/milestones`).expect(403);
      // Only the access log (refusals are logged) changed.
      expect(changedTables(before, await fingerprints.take()).filter((table) => !table.startsWith('audit.'))).toEqual(
        [],
      );
    });
  });
});
