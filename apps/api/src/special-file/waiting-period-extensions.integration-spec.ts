import { getDataSourceToken } from '@nestjs/typeorm';
import type { MilestoneBasis, MilestoneKind } from '@spoor/domain';
import type { DataSource } from 'typeorm';
import { changedTables, openFingerprints, type Fingerprints } from '../../test/utils/database-fingerprint';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';
import type { TestClient } from '../../test/utils/test-session';
import { SPECIAL_DATA_SOURCE } from './special-file.tokens';

interface Item {
  kind: MilestoneKind;
  sequence: number;
  dueDate: string;
  state: string;
  basis: MilestoneBasis | null;
}

/**
 * Issue 15 item 5 through the API: extensions of the waiting period (loonsanctie, voluntary extension, early IVA)
 * and retracting a wrongly entered sickness event, each moving the timeline. Expected dates are the worked
 * examples of libs/domain/src/poortwachter/{extensions,timeline}.spec.ts (first sick day Monday 5 January 2026:
 * week 104 ends Sunday 2 January 2028), not this code's output.
 */
describe('Poortwachter: extensions of the waiting period and retracted sickness events', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let special: DataSource;
  let coach: TestClient;
  let expert: TestClient;
  let caseId: string;
  let personId: string;

  const extensions = () => `/api/cases/${caseId}/special-file/extensions`;
  const events = () => `/api/cases/${caseId}/special-file/sickness-events`;
  const milestones = async (): Promise<Item[]> =>
    (await coach.get(`/api/cases/${caseId}/milestones`).expect(200)).body.items;
  const due = (items: Item[], kind: MilestoneKind) => items.find((m) => m.kind === kind && m.sequence === 0) as Item;
  const keyDates = async () => {
    const items = await milestones();
    return {
      end: due(items, 'waiting_period_end').dueDate,
      application: due(items, 'wia_application').dueDate,
    };
  };
  const materialisedEnd = async () =>
    (
      await dataSource.query(
        "SELECT to_char(due_date, 'YYYY-MM-DD') AS d FROM public.case_milestones WHERE case_id = $1 AND kind = 'waiting_period_end'",
        [caseId],
      )
    )[0]?.d as string | undefined;
  const withdraw = (id: string) => expert.post(`${extensions()}/${id}/withdraw`, { reason: 'Besluit herroepen' });

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    special = seeded.app.get<DataSource>(SPECIAL_DATA_SOURCE);
    coach = await seeded.as('coach@spoor.test');
    expert = await seeded.as('expert@spoor.test');
    const admin = await seeded.as('admin@spoor.test');
    const idOf = async (client: TestClient) => (await client.get('/api/auth/me')).body.user.id as string;
    const [acme] = await dataSource.query("SELECT id FROM public.organisations WHERE name = 'Acme Logistiek'");
    const created = await admin
      .post('/api/cases', {
        organisationId: acme.id,
        coachId: await idOf(coach),
        labourExpertId: await idOf(expert),
        type: 'reintegration_track1',
        startDate: '2026-01-12',
        person: { firstName: 'Ruud', lastName: 'Verlenging' },
      })
      .expect(201);
    caseId = created.body.id;
    personId = created.body.personId;
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('refuses an extension before there is a sickness period (409 NO_SICKNESS_PERIOD)', async () => {
    const refused = await coach.post(extensions(), { kind: 'loonsanctie', weeks: 12 }).expect(409);
    expect(refused.body.code).toBe('NO_SICKNESS_PERIOD');
    await coach.post(events(), { kind: 'sick', date: '2026-01-05' }).expect(201);
    expect(await keyDates()).toEqual({ end: '2028-01-02', application: '2027-10-17' });
  });

  it('refuses invalid extensions naming the field with the domain’s codes, and stores nothing', async () => {
    const fieldsOf = async (body: object) => (await expert.post(extensions(), body).expect(400)).body.fields;
    expect(await fieldsOf({ kind: 'loonsanctie', weeks: 53 })).toEqual([
      { field: 'weeks', code: 'OUT_OF_RANGE', params: { min: 1, max: 52 } },
    ]);
    expect(await fieldsOf({ kind: 'loonsanctie', weeks: 1.5 })).toEqual([
      { field: 'weeks', code: 'NOT_A_WHOLE_NUMBER' },
    ]);
    expect(await fieldsOf({ kind: 'loonsanctie', weeks: 4, startsOn: '2028-01-10' })).toEqual([
      { field: 'startsOn', code: 'DATE_TOO_LATE', params: { max: '2028-01-03' } },
    ]);
    expect(await fieldsOf({ kind: 'voluntary_extension', agreedEnd: '2028-01-02', agreedOn: '2026-11-02' })).toEqual([
      { field: 'agreedEnd', code: 'DATE_TOO_EARLY', params: { min: '2028-01-03' } },
    ]);
    expect(await fieldsOf({ kind: 'voluntary_extension', agreedEnd: '2028-07-02', agreedOn: '2999-01-01' })).toEqual([
      { field: 'agreedOn', code: 'DATE_IN_FUTURE' },
    ]);
    expect(await fieldsOf({ kind: 'early_iva', appliedOn: '2026-01-25' })).toEqual([
      { field: 'appliedOn', code: 'DATE_TOO_EARLY', params: { min: '2026-01-26' } },
    ]);
    expect(
      await fieldsOf({ kind: 'early_iva', appliedOn: '2026-02-01', grantedWaitingPeriodEnd: '2027-07-05' }),
    ).toEqual([{ field: 'grantedWaitingPeriodEnd', code: 'DATE_TOO_LATE', params: { max: '2027-07-04' } }]);
    expect(await fieldsOf({ kind: 'early_iva' })).toEqual([{ field: 'appliedOn', code: 'REQUIRED' }]);
    expect(
      await fieldsOf({ kind: 'voluntary_extension', agreedEnd: '2028-07-02', agreedOn: '2026-11-02', weeks: 2 }),
    ).toEqual([{ field: 'weeks', code: 'NOT_ONE_OF' }]);
    const bad = await expert.post(extensions(), { kind: 'pay_cut', weeks: 'many' }).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect((await coach.get(extensions()).expect(200)).body.total).toBe(0);
  });

  it('a loonsanctie of 12 weeks moves the end of the waiting period by 12 weeks (the WIA application stays), logged and encrypted', async () => {
    const created = await expert
      .post(extensions(), { kind: 'loonsanctie', weeks: 12, startsOn: '2028-01-03' })
      .expect(201);
    expect(created.body).toMatchObject({ kind: 'loonsanctie', weeks: 12, startsOn: '2028-01-03', withdrawnAt: null });
    // extensions.spec.ts: 2028-01-02 + 84 days = 26 March 2028; timeline.spec.ts: the application stays 17 Oct 2027.
    expect(await keyDates()).toEqual({ end: '2028-03-26', application: '2027-10-17' });
    expect(due(await milestones(), 'waiting_period_end').basis).toMatchObject({
      rule: 'waiting_period_end',
      loonsanctieWeeks: 12,
      voluntaryUntil: null,
      earlyIvaGranted: false,
    });
    expect(await materialisedEnd()).toBe('2028-03-26');
    const listed = (await coach.get(extensions()).expect(200)).body;
    expect(listed.waitingPeriodEnd).toEqual({
      regularEnd: '2028-01-02',
      applicationEnd: '2028-01-02',
      end: '2028-03-26',
      loonsanctie: { startsOn: '2028-01-03', endsOn: '2028-03-26', weeks: 12 },
      voluntaryUntil: null,
      earlyIvaEnd: null,
    });
    // Dates and weeks are ciphertext at rest (special ring).
    const [stored] = await special.query('SELECT terms FROM special.waiting_period_extensions WHERE id = $1', [
      created.body.id,
    ]);
    expect(stored.terms).toMatch(/^sp1\.s\./);
    expect(stored.terms).not.toContain('2028');
    const logged = await dataSource.query(
      `SELECT action, outcome, person_ids::text[] AS person_ids, fields FROM audit.access_events
        WHERE resource IN ('waiting_period_extension', 'waiting_period_extensions') AND case_id = $1 AND outcome = 'allowed'
        ORDER BY id`,
      [caseId],
    );
    // The read of the validation test before, then the write and the read here.
    expect(logged).toEqual([
      { action: 'read', outcome: 'allowed', person_ids: [personId], fields: ['waitingPeriodExtensions'] },
      { action: 'create', outcome: 'allowed', person_ids: [personId], fields: ['kind', 'startsOn', 'weeks'] },
      { action: 'read', outcome: 'allowed', person_ids: [personId], fields: ['waitingPeriodExtensions'] },
    ]);
    const twice = await coach.post(extensions(), { kind: 'loonsanctie', weeks: 2 }).expect(409);
    expect(twice.body.code).toBe('EXTENSION_ALREADY_ACTIVE');
  });

  it('withdrawing the loonsanctie (with a reason) restores the end; its history stays', async () => {
    const [loonsanctie] = (await coach.get(extensions()).expect(200)).body.items;
    const withdrawn = await withdraw(loonsanctie.id).expect(200);
    expect(withdrawn.body).toMatchObject({ id: loonsanctie.id, withdrawReason: 'Besluit herroepen' });
    expect(withdrawn.body.withdrawnAt).toEqual(expect.any(String));
    expect(await keyDates()).toEqual({ end: '2028-01-02', application: '2027-10-17' });
    expect(await materialisedEnd()).toBe('2028-01-02');
    expect((await withdraw(loonsanctie.id).expect(409)).body.code).toBe('ALREADY_WITHDRAWN');
    const listed = (await coach.get(extensions()).expect(200)).body;
    expect(listed.total).toBe(1);
    expect(listed.waitingPeriodEnd.end).toBe('2028-01-02');
    const logged = await dataSource.query(
      "SELECT fields FROM audit.access_events WHERE resource = 'waiting_period_extension' AND resource_id = $1 AND action = 'update'",
      [loonsanctie.id],
    );
    expect(logged).toEqual([{ fields: ['withdrawReason', 'withdrawnAt'] }]);
  });

  it('a voluntary extension to 2 July 2028 moves the end, the WIA application and the reintegration report; a loonsanctie follows on from it', async () => {
    const voluntary = await coach
      .post(extensions(), { kind: 'voluntary_extension', agreedEnd: '2028-07-02', agreedOn: '2026-11-02' })
      .expect(201);
    const items = await milestones();
    expect({
      end: due(items, 'waiting_period_end').dueDate,
      application: due(items, 'wia_application').dueDate,
      finalEvaluation: due(items, 'final_evaluation').dueDate,
      letter: due(items, 'uwv_wia_letter').dueDate,
    }).toEqual({ end: '2028-07-02', application: '2028-04-16', finalEvaluation: '2028-04-02', letter: '2028-03-13' });
    const loonsanctie = await expert.post(extensions(), { kind: 'loonsanctie', weeks: 1 }).expect(201);
    expect(await keyDates()).toEqual({ end: '2028-07-09', application: '2028-04-16' });
    await withdraw(loonsanctie.body.id).expect(200);
    await withdraw(voluntary.body.id).expect(200);
    expect(await keyDates()).toEqual({ end: '2028-01-02', application: '2027-10-17' });
  });

  it('a granted early IVA ends the waiting period; what lies after it lapses; withdrawn, the plain timeline returns', async () => {
    const applied = await expert.post(extensions(), { kind: 'early_iva', appliedOn: '2026-06-01' }).expect(201);
    expect((await keyDates()).end).toBe('2028-01-02'); // not granted yet: nothing moves
    await withdraw(applied.body.id).expect(200);
    const granted = await expert
      .post(extensions(), { kind: 'early_iva', appliedOn: '2026-06-01', grantedWaitingPeriodEnd: '2026-10-04' })
      .expect(201);
    const items = await milestones();
    expect(due(items, 'waiting_period_end')).toMatchObject({ dueDate: '2026-10-04', state: 'info' });
    expect(due(items, 'uwv_sick_report').state).toBe('lapsed');
    expect(due(items, 'first_year_evaluation').state).toBe('lapsed');
    expect(await materialisedEnd()).toBe('2026-10-04');
    await withdraw(granted.body.id).expect(200);
    expect(await keyDates()).toEqual({ end: '2028-01-02', application: '2027-10-17' });
  });

  it('retracting wrongly entered sickness events (with a reason): they stop counting, are kept, and the timeline follows', async () => {
    // UWV worked example (samentelling): healthy 2–15 Feb moves the end by 14 days, to 16 January 2028.
    const recovery = await coach.post(events(), { kind: 'recovery', date: '2026-02-02' }).expect(201);
    const relapse = await expert.post(events(), { kind: 'sick', date: '2026-02-16' }).expect(201);
    expect(await keyDates()).toEqual({ end: '2028-01-16', application: '2027-10-31' });
    // The recovery alone cannot go: two sick reports in a row would be left.
    const conflict = await coach
      .post(`${events()}/${recovery.body.id}/retract`, { reason: 'Verkeerd ingevoerd' })
      .expect(409);
    expect(conflict.body.code).toBe('SICKNESS_EVENTS_WOULD_CONFLICT');
    const retracted = await coach
      .post(`${events()}/${relapse.body.id}/retract`, { reason: 'Verkeerd ingevoerd' })
      .expect(200);
    expect(retracted.body).toMatchObject({ id: relapse.body.id, retractReason: 'Verkeerd ingevoerd' });
    await expert.post(`${events()}/${recovery.body.id}/retract`, { reason: 'Verkeerd ingevoerd' }).expect(200);
    expect(await keyDates()).toEqual({ end: '2028-01-02', application: '2027-10-17' });
    expect(await materialisedEnd()).toBe('2028-01-02');
    const again = await coach.post(`${events()}/${relapse.body.id}/retract`, { reason: 'Nog eens' }).expect(409);
    expect(again.body.code).toBe('ALREADY_WITHDRAWN');
    await coach.post(`${events()}/${relapse.body.id}/retract`, { reason: '' }).expect(400);
    const listed = (await coach.get(events()).expect(200)).body;
    expect(listed.total).toBe(3);
    expect(listed.items.filter((e: { retractedAt: string | null }) => e.retractedAt !== null)).toHaveLength(2);
    expect(listed.periods).toHaveLength(1);
    // A new event comes after the retracted ones, and counts.
    await coach.post(events(), { kind: 'partial_recovery', date: '2026-03-02' }).expect(201);
    expect((await keyDates()).end).toBe('2028-01-02');
    const [stored] = await special.query('SELECT retract_reason FROM special.sickness_events WHERE id = $1', [
      relapse.body.id,
    ]);
    expect(stored.retract_reason).toMatch(/^sp1\.s\./);
    const logged = await dataSource.query(
      "SELECT action, fields FROM audit.access_events WHERE resource = 'sickness_event' AND resource_id = $1 AND action = 'update'",
      [relapse.body.id],
    );
    expect(logged).toEqual([{ action: 'update', fields: ['retractReason', 'retractedAt'] }]);
  });

  describe('refusals change nothing', () => {
    let fingerprints: Fingerprints;
    beforeAll(async () => {
      fingerprints = await openFingerprints(seeded.db.urls.owner);
    });
    afterAll(async () => {
      await fingerprints.close();
    });

    it('refuses extensions, withdrawals and retractions to the client, the participant and the admin', async () => {
      const extension = await expert.post(extensions(), { kind: 'loonsanctie', weeks: 12 }).expect(201);
      const [event] = (await coach.get(events()).expect(200)).body.items;
      for (const email of ['client@acme.spoor.test', 'participant@spoor.test', 'admin@spoor.test'] as const)
        await seeded.as(email);
      const before = await fingerprints.take();
      for (const email of ['client@acme.spoor.test', 'participant@spoor.test', 'admin@spoor.test'] as const) {
        const client = await seeded.as(email);
        const statuses = {
          email,
          read: (await client.get(extensions())).status,
          record: (await client.post(extensions(), { kind: 'early_iva', appliedOn: '2026-06-01' })).status,
          withdraw: (await client.post(`${extensions()}/${extension.body.id}/withdraw`, { reason: 'Weg ermee' }))
            .status,
          retract: (await client.post(`${events()}/${event.id}/retract`, { reason: 'Weg ermee' })).status,
        };
        expect(statuses).toEqual({ email, read: 403, record: 403, withdraw: 403, retract: 403 });
      }
      expect(changedTables(before, await fingerprints.take()).filter((table) => !table.startsWith('audit.'))).toEqual(
        [],
      );
      expect(await keyDates()).toEqual({ end: '2028-03-26', application: '2027-10-17' });
    });
  });
});
