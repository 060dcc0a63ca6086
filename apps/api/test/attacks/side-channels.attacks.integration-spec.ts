import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import {
  FML_RUBRIEKEN,
  MILESTONE_ACTOR,
  basisRevealsHealthData,
  type MilestoneBasis,
  type MilestoneKind,
} from '@spoor/domain';
import type { DataSource } from 'typeorm';
import type { EncryptedFields } from '../../src/platform/crypto/encrypted-fields';
import { FmlAssessment } from '../../src/special-file/fml-assessment.entity';
import { SPECIAL_DATA_SOURCE, SPECIAL_FIELDS } from '../../src/special-file/special-file.tokens';
import { changedTables, databaseFingerprint } from '../utils/database-fingerprint';
import { createSeededApp, type DemoEmail, type SeededApp } from '../utils/seeded-app';
import { queryAs } from '../utils/test-database';

/**
 * Red team, issue 14 items 5, 7 and 8: side channels to health data and irreversible writes that would leave
 * no trace. Each attack is replayed end to end against the real app and PostgreSQL; each defence is asserted
 * next to a positive control (the same request by someone allowed, or with the log writable, succeeds).
 */
describe('side channels and irreversible writes', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  /** Jan de Vries's Acme reintegration case (the participant's), with milestones and an FML. */
  let janCase: { id: string; person_id: string; coach_email: DemoEmail; expert_email: DemoEmail };
  /** A demo coach not assigned to Jan's case (for break-the-glass). */
  let outsiderCoach: DemoEmail;

  const milestonesOf = (id: string) => `/api/cases/${id}/milestones`;

  /** No access event can be written by either runtime role while `attempt` runs. */
  async function withoutAccessLog<T>(attempt: () => Promise<T>, roles = 'spoor_app, spoor_special'): Promise<T> {
    await queryAs(seeded.db.urls.owner, `REVOKE INSERT ON audit.access_events FROM ${roles}`);
    try {
      return await attempt();
    } finally {
      await queryAs(seeded.db.urls.owner, `GRANT INSERT ON audit.access_events TO ${roles}`);
    }
  }

  /** A refused irreversible write: 503 SERVICE_UNAVAILABLE, and no table of `public` or `special` changed. */
  async function expectRefusedWithoutTrace(send: () => Promise<{ status: number; body: unknown }>) {
    const before = await databaseFingerprint(seeded.db.urls.owner);
    const response = await withoutAccessLog(send);
    expect({ status: response.status, code: (response.body as { code?: string }).code }).toEqual({
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
    });
    expect(changedTables(before, await databaseFingerprint(seeded.db.urls.owner))).toEqual([]);
  }

  const eventsAbout = (resource: string, resourceId: string): Promise<Array<{ action: string; actor_role: string }>> =>
    dataSource.query('SELECT action, actor_role FROM audit.access_events WHERE resource = $1 AND resource_id = $2', [
      resource,
      resourceId,
    ]);

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    const [row] = await dataSource.query("SELECT id, person_id FROM public.cases WHERE reference = 'RI-2026-0001'");
    // E-mail addresses are sealed: the assigned coach is the demo coach who can open the case.
    const coaches = ['coach@spoor.test', 'coach2@spoor.test'] as const;
    const opens = await Promise.all(
      coaches.map(async (email) => (await (await seeded.as(email)).get(`/api/cases/${row.id}`)).status === 200),
    );
    janCase = {
      id: row.id,
      person_id: row.person_id,
      coach_email: coaches[opens.indexOf(true)],
      expert_email: 'expert@spoor.test',
    };
    outsiderCoach = coaches[opens.indexOf(false)];
    expect(opens.sort()).toEqual([false, true]);
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  describe('attack: the admin reads the Poortwachter timeline (the first day of illness follows from it)', () => {
    it('refuses the admin and the privacy officer with 403 FORBIDDEN, and no due date leaves', async () => {
      for (const email of ['admin@spoor.test', 'privacy@spoor.test'] as const) {
        const response = await (await seeded.as(email)).get(milestonesOf(janCase.id));
        expect({ email, status: response.status, code: response.body.code }).toEqual({
          email,
          status: 403,
          code: 'FORBIDDEN',
        });
        expect(JSON.stringify(response.body)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      }
      // The admin may still read the case itself, administrative fields only (no next milestone either).
      const admin = await seeded.as('admin@spoor.test');
      const detail = await admin.get(`/api/cases/${janCase.id}`).expect(200);
      expect(detail.body).not.toHaveProperty('nextMilestone');
    });

    it('refuses the admin the milestone filter of the case list (which cases are overdue is a milestone too)', async () => {
      const admin = await seeded.as('admin@spoor.test');
      const response = await admin.get('/api/cases?overdueMilestone=true');
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
      expect(response.body.items).toBeUndefined();
    });

    it('still gives the assigned coach, the labour expert and the participant the whole timeline', async () => {
      // Issue 15: the timeline is computed from the sickness events; its length follows the completions.
      const totals = new Set<number>();
      for (const email of [janCase.coach_email, janCase.expert_email, 'participant@spoor.test'] as const) {
        const response = await (await seeded.as(email)).get(milestonesOf(janCase.id)).expect(200);
        const kinds = new Set(response.body.items.map((item: { kind: string }) => item.kind));
        expect({ email, problemAnalysis: kinds.has('problem_analysis'), uwv: kinds.has('uwv_wia_letter') }).toEqual({
          email,
          problemAnalysis: true,
          uwv: true,
        });
        totals.add(response.body.total);
      }
      expect(totals.size).toBe(1);
    });
  });

  describe('attack: the client reads milestones that are not its duties, or the basis behind them', () => {
    it('gives the employer only its own duties, dates and states, never a basis that reveals health data', async () => {
      const client = await seeded.as('client@acme.spoor.test');
      const response = await client.get(milestonesOf(janCase.id)).expect(200);
      expect(response.body.items.length).toBeGreaterThan(0);
      expect(response.body.total).toBe(response.body.items.length);
      for (const item of response.body.items as Array<Record<string, unknown>>) {
        expect(MILESTONE_ACTOR[item['kind'] as MilestoneKind]).toBe('employer');
        // The contract's shape (issue 15) for everyone; for the client the basis only where it tells nothing of
        // the person's health, and never evidence.
        expect(Object.keys(item).sort()).toEqual([
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
        expect(item['actor']).toBe('employer');
        expect(item['evidence']).toBeNull();
        if (item['basis'] !== null) expect(basisRevealsHealthData(item['basis'] as MilestoneBasis)).toBe(false);
      }
      const kinds = new Set(response.body.items.map((item: { kind: string }) => item.kind));
      expect(kinds.has('problem_analysis')).toBe(false);
      expect(kinds.has('wia_application')).toBe(false);
      expect(kinds.has('uwv_sick_report')).toBe(true);
    });

    it('answers 404 to another organisation’s contact, as for a case that does not exist', async () => {
      const globex = await seeded.as('client@globex.spoor.test');
      const response = await globex.get(milestonesOf(janCase.id));
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
      await globex.get(milestonesOf(randomUUID())).expect(404);
    });
  });

  describe('attack: free text smuggled into FML rubrieken, to be shown to the coach', () => {
    const secret = 'Canary-FML-burn-out-na-scheiding';
    const rubrieken = () =>
      FML_RUBRIEKEN.map((r) => ({
        number: r.number,
        capacity: 'normal',
        items: [{ code: `${r.number}.1`, capacity: 'normal' }],
      }));

    it('refuses an unknown key in a rubriek or in an item with 400 naming the field, and stores nothing', async () => {
      const expert = await seeded.as(janCase.expert_email);
      const inRubriek = rubrieken();
      Object.assign(inRubriek[2], { toelichting: secret });
      const inItem = rubrieken();
      Object.assign(inItem[4].items[0], { remark: secret });
      for (const [smuggled, field] of [
        [inRubriek, 'rubrieken[2].toelichting'],
        [inItem, 'rubrieken[4].items[0].remark'],
      ] as const) {
        const before = await databaseFingerprint(seeded.db.urls.owner);
        const response = await expert.post(`/api/cases/${janCase.id}/special-file/fml`, {
          assessedOn: '2026-11-01',
          assessor: 'Dr. A. Visser, bedrijfsarts',
          rubrieken: smuggled,
        });
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
        expect(response.body.fields).toContainEqual({ field, code: 'UNKNOWN_FIELD' });
        expect(JSON.stringify(response.body)).not.toContain(secret);
        expect(changedTables(before, await databaseFingerprint(seeded.db.urls.owner))).toEqual([]);
      }
      // Positive control: the same FML without the extra key is accepted.
      await expert
        .post(`/api/cases/${janCase.id}/special-file/fml`, {
          assessedOn: '2026-11-01',
          assessor: 'Dr. A. Visser, bedrijfsarts',
          rubrieken: rubrieken(),
        })
        .expect(201);
    });

    it('never shows the coach free text already stored in a rubriek (written before validation was strict)', async () => {
      // Written the way old code could have: straight through the special connection, sealed as usual.
      const special = seeded.app.get<DataSource>(SPECIAL_DATA_SOURCE, { strict: false });
      const fields = seeded.app.get<EncryptedFields>(SPECIAL_FIELDS, { strict: false });
      const stored = rubrieken().map((r, index) => ({
        ...r,
        ...(index === 0 ? { toelichting: secret } : {}),
        items: r.items.map((item) => ({ ...item, ...(index === 3 ? { remark: secret } : {}) })),
      }));
      const id = randomUUID();
      const [{ coach_id }] = await dataSource.query('SELECT coach_id FROM public.cases WHERE id = $1', [janCase.id]);
      const row = await fields.seal(
        FmlAssessment,
        Object.assign(new FmlAssessment(), {
          id,
          caseId: janCase.id,
          personId: janCase.person_id,
          assessedOn: '2099-01-01',
          assessor: 'Dr. B. Oud, bedrijfsarts',
          rubrieken: JSON.stringify(stored),
          notes: null,
          createdBy: coach_id,
        }),
      );
      await special.getRepository(FmlAssessment).insert(row);

      const coach = await seeded.as(janCase.coach_email);
      const response = await coach.get(`/api/cases/${janCase.id}/special-file`).expect(200);
      expect(response.body.scope).toBe('capacities');
      expect(JSON.stringify(response.body)).not.toContain(secret);
      const shown = response.body.fml.find((f: { id: string }) => f.id === id);
      // The capacities themselves still reach the coach: only the known fields were copied.
      expect(shown.rubrieken).toHaveLength(6);
      expect(Object.keys(shown.rubrieken[0]).sort()).toEqual(['capacity', 'items', 'number']);
      expect(Object.keys(shown.rubrieken[3].items[0]).sort()).toEqual(['capacity', 'code']);
      // Nor does the labour expert's whole view pass the stored JSON on as it is.
      const expert = await seeded.as(janCase.expert_email);
      const whole = await expert.get(`/api/cases/${janCase.id}/special-file`).expect(200);
      expect(JSON.stringify(whole.body)).not.toContain(secret);
    });
  });

  describe('attack: irreversible writes without an access event', () => {
    it('refuses a breach registration and a breach update when the event cannot be written', async () => {
      const privacy = await seeded.as('privacy@spoor.test');
      const breach = {
        discoveredAt: new Date(Date.now() - 3600_000).toISOString(),
        nature: 'USB-stick met rapportages verloren',
      };
      await expectRefusedWithoutTrace(() => privacy.post('/api/breaches', breach));
      const created = await privacy.post('/api/breaches', breach).expect(201);
      expect(await eventsAbout('breach', created.body.id)).toEqual([
        { action: 'create', actor_role: 'privacy_officer' },
      ]);
      await expectRefusedWithoutTrace(() =>
        privacy.patch(`/api/breaches/${created.body.id}`, { version: 1, measures: 'Wachtwoorden gewijzigd' }),
      );
      await privacy
        .patch(`/api/breaches/${created.body.id}`, { version: 1, measures: 'Wachtwoorden gewijzigd' })
        .expect(200);
      expect(await eventsAbout('breach', created.body.id)).toContainEqual({
        action: 'update',
        actor_role: 'privacy_officer',
      });
    });

    it('refuses a break-the-glass review when the event cannot be written', async () => {
      const outsider = await seeded.as(outsiderCoach);
      const grant = await outsider
        .post(`/api/cases/${janCase.id}/break-glass`, { reason: 'Spoedoverleg met de bedrijfsarts vandaag' })
        .expect(201);
      const privacy = await seeded.as('privacy@spoor.test');
      const review = () =>
        privacy.post(`/api/access-log/break-glass/${grant.body.id}/review`, {
          outcome: 'not_justified',
          note: 'Geen spoed',
        });
      await expectRefusedWithoutTrace(review);
      await review().expect(200);
      expect(await eventsAbout('break_glass_grant', grant.body.id)).toEqual([
        { action: 'update', actor_role: 'privacy_officer' },
      ]);
    });

    it('refuses an erasure when either role cannot write its event: nothing deleted, no key shredded', async () => {
      const privacy = await seeded.as('privacy@spoor.test');
      await queryAs(
        seeded.db.urls.owner,
        `UPDATE public.cases SET status = 'completed', completed_at = now() WHERE person_id = '${janCase.person_id}'`,
      );
      const filed = await privacy
        .post('/api/privacy-requests', { type: 'erasure', personId: janCase.person_id })
        .expect(201);
      const complete = () =>
        privacy.post(`/api/privacy-requests/${filed.body.id}/complete`, { outcome: 'granted', note: 'Uitvoeren.' });
      // Neither role may write: the process transaction's event fails first.
      await expectRefusedWithoutTrace(complete);
      // Only the special role may not write: the erasure plan was accepted (with its event), but its first stage,
      // the special file's, fails with its event: nothing is deleted or shredded, the request stays open, and the
      // plan waits to be carried out (erasure-plan.integration-spec.ts).
      const before = await databaseFingerprint(seeded.db.urls.owner);
      const response = await withoutAccessLog(complete, 'spoor_special');
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 503,
        code: 'SERVICE_UNAVAILABLE',
      });
      expect(changedTables(before, await databaseFingerprint(seeded.db.urls.owner))).toEqual(['public.erasure_plans']);

      // With the log writable, the erasure goes through, on record under both roles.
      const erased = await complete().expect(200);
      expect(erased.body.erasure.specialRecords).toBeGreaterThan(0);
      expect(await eventsAbout('person_erasure', janCase.person_id)).toEqual([
        { action: 'delete', actor_role: 'privacy_officer' },
      ]);
      expect(await eventsAbout('special_file_erasure', janCase.person_id)).toEqual([
        { action: 'delete', actor_role: 'privacy_officer' },
      ]);
    });

    it('refuses a retention run when the event cannot be written: nobody erased', async () => {
      const [due] = await dataSource.query(
        `SELECT c.id, c.person_id FROM public.cases c JOIN public.people p ON p.id = c.person_id
          WHERE p.erased_at IS NULL AND NOT c.legal_hold
            AND c.person_id NOT IN (SELECT person_id FROM public.cases GROUP BY person_id HAVING count(*) > 1)
          LIMIT 1`,
      );
      await queryAs(
        seeded.db.urls.owner,
        `UPDATE public.cases SET status = 'completed', completed_at = now() - interval '3 years' WHERE id = '${due.id}'`,
      );
      const privacy = await seeded.as('privacy@spoor.test');
      await expectRefusedWithoutTrace(() => privacy.post('/api/retention/run', { dryRun: false }));
      const run = await privacy.post('/api/retention/run', { dryRun: false }).expect(200);
      expect(run.body.categories.programme.erased).toBeGreaterThanOrEqual(1);
      const events: Array<{ purpose: string }> = await dataSource.query(
        "SELECT purpose FROM audit.access_events WHERE resource = 'person_erasure' AND resource_id = $1",
        [due.person_id],
      );
      expect(events).toEqual([{ purpose: 'retention' }]);
    });
  });
});
