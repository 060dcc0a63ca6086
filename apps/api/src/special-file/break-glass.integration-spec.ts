import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createSeededApp, type DemoEmail, type SeededApp } from '../../test/utils/seeded-app';
import { BREAK_GLASS_LOOKUP_LIMIT } from './break-glass.service';

const REASON = 'Deelnemer belde in nood; eigen arbeidsdeskundige onbereikbaar';

describe('break-the-glass from the screens: lookup by reference and the privacy officer’s review', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  const ids = new Map<DemoEmail, string>();

  const userId = async (email: DemoEmail) => {
    if (!ids.has(email)) ids.set(email, (await (await seeded.as(email)).get('/api/auth/me')).body.user.id);
    return ids.get(email) as string;
  };
  const lookups = async (email: DemoEmail) =>
    dataSource.query(
      `SELECT outcome, case_id, person_ids, resource, action FROM audit.access_events
        WHERE actor_id = $1 AND resource = 'break_glass_lookup' ORDER BY id`,
      [await userId(email)],
    );
  /** A reintegration case with a special file that `email` is not assigned to. */
  const foreignCase = async (email: DemoEmail, skip = 0): Promise<{ id: string; reference: string }> => {
    const [row] = await dataSource.query(
      `SELECT id, reference FROM public.cases
        WHERE type LIKE 'reintegration%' AND coach_id IS DISTINCT FROM $1 AND labour_expert_id IS DISTINCT FROM $1
        ORDER BY reference OFFSET $2 LIMIT 1`,
      [await userId(email), skip],
    );
    return row;
  };

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  describe('lookup', () => {
    it('gives an unassigned coach only the case id for an exact reference, and logs it without any person', async () => {
      const coach = await seeded.as('coach@spoor.test');
      const target = await foreignCase('coach@spoor.test');
      const found = await coach.post('/api/break-glass/lookup', { reference: target.reference }).expect(200);
      expect(found.body).toEqual({ caseId: target.id });
      // Case and outer spaces aside, the reference must be exact: no prefix search.
      const spelled = await coach
        .post('/api/break-glass/lookup', { reference: ` ${target.reference.toLowerCase()} ` })
        .expect(200);
      expect(spelled.body).toEqual({ caseId: target.id });
      await coach.post('/api/break-glass/lookup', { reference: target.reference.slice(0, -1) }).expect(404);

      const events = await lookups('coach@spoor.test');
      expect(events.map((e: { outcome: string; case_id: string | null }) => [e.outcome, e.case_id])).toEqual([
        ['allowed', target.id],
        ['allowed', target.id],
        ['denied', null],
      ]);
      for (const event of events) expect(event).toMatchObject({ action: 'search', person_ids: [] });
    });

    it('answers an unknown reference with a bare 404 and names a malformed one as the field', async () => {
      const expert = await seeded.as('expert@spoor.test');
      const unknown = await expert.post('/api/break-glass/lookup', { reference: 'RI-2099-9999' }).expect(404);
      expect(unknown.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
      expect(JSON.stringify(unknown.body)).not.toContain('2099');
      const malformed = await expert.post('/api/break-glass/lookup', { reference: "RI%' OR 1=1 --" }).expect(400);
      expect(malformed.body.fields).toEqual([{ field: 'reference', code: 'INVALID_FORMAT' }]);
      const missing = await expert.post('/api/break-glass/lookup', {}).expect(400);
      expect(missing.body.fields).toEqual([{ field: 'reference', code: 'REQUIRED' }]);
      // The 404 is one event, not two (the service records it under its lock; the interceptor adds nothing).
      expect((await lookups('expert@spoor.test')).map((e: { outcome: string }) => e.outcome)).toEqual(['denied']);
    });

    it.each<DemoEmail>(['participant@spoor.test', 'client@acme.spoor.test', 'admin@spoor.test', 'privacy@spoor.test'])(
      'refuses %s with 403, logged',
      async (email) => {
        const client = await seeded.as(email);
        const refused = await client.post('/api/break-glass/lookup', { reference: 'RI-2026-0001' }).expect(403);
        expect(refused.body.caseId).toBeUndefined();
        const events = await lookups(email);
        expect(events).toHaveLength(1);
        expect(events[0]).toMatchObject({ outcome: 'denied', case_id: null, person_ids: [] });
      },
    );

    it(`throttles a user after ${BREAK_GLASS_LOOKUP_LIMIT} lookups in an hour, found or not, and logs the refusals`, async () => {
      const coach2 = await seeded.as('coach2@spoor.test');
      const target = await foreignCase('coach2@spoor.test');
      for (let i = 0; i < BREAK_GLASS_LOOKUP_LIMIT; i++) {
        const reference = i % 2 === 0 ? target.reference : `RI-2099-${String(i).padStart(4, '0')}`;
        await coach2.post('/api/break-glass/lookup', { reference }).expect(i % 2 === 0 ? 200 : 404);
      }
      // Over the limit even an existing reference gives nothing away.
      const refused = await coach2.post('/api/break-glass/lookup', { reference: target.reference }).expect(429);
      expect(refused.body).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
      expect(refused.body.caseId).toBeUndefined();
      expect(refused.body.retryAfterSeconds).toBeGreaterThan(3000);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);
      const events = await lookups('coach2@spoor.test');
      expect(events).toHaveLength(BREAK_GLASS_LOOKUP_LIMIT + 1);
      expect(events.at(-1)).toMatchObject({ outcome: 'denied', case_id: null });
      // Per user: another coach is not held up by it.
      const coach = await seeded.as('coach@spoor.test');
      await coach.post('/api/break-glass/lookup', { reference: target.reference }).expect(200);
    });

    it('lets no burst of parallel lookups past the limit, and logs every one', async () => {
      // The labour expert made one lookup above: the rest of the budget, whatever the concurrency.
      const expert = await seeded.as('expert@spoor.test');
      const used = (await lookups('expert@spoor.test')).length;
      const send = (i: number) =>
        expert.post('/api/break-glass/lookup', { reference: `RI-2098-${String(i).padStart(4, '0')}` });
      const burst = (await Promise.all(Array.from({ length: 16 }, (_, i) => send(i)))).map((r) => r.status);
      expect(burst.every((status) => status === 404 || status === 429)).toBe(true);
      // One at a time per user: those that overlap a running lookup are refused, and count. Whatever got
      // through, later lookups get only what is left: never more answers than the limit in all.
      expect(burst.filter((status) => status === 404).length).toBeGreaterThanOrEqual(1);
      const later: number[] = [];
      for (let i = 16; i < 16 + BREAK_GLASS_LOOKUP_LIMIT; i++) later.push((await send(i)).status);
      const answered = [...burst, ...later].filter((status) => status === 404).length;
      expect(answered).toBeLessThanOrEqual(BREAK_GLASS_LOOKUP_LIMIT - used);
      expect(later.at(-1)).toBe(429);
      expect(await lookups('expert@spoor.test')).toHaveLength(used + 16 + BREAK_GLASS_LOOKUP_LIMIT);
    });

    it('continues from the lookup to the reason and then to the special file, and not before', async () => {
      const coach = await seeded.as('coach@spoor.test');
      const target = await foreignCase('coach@spoor.test', 1);
      const { caseId } = (await coach.post('/api/break-glass/lookup', { reference: target.reference }).expect(200))
        .body;
      await coach.get(`/api/cases/${caseId}`).expect(404);
      await coach.get(`/api/cases/${caseId}/special-file`).expect(404);
      const grant = await coach.post(`/api/cases/${caseId}/break-glass`, { reason: REASON }).expect(201);
      expect(new Date(grant.body.expiresAt).getTime()).toBeGreaterThan(Date.now());
      await coach.get(`/api/cases/${caseId}/special-file`).expect(200);
    });
  });

  describe('review', () => {
    const grantFor = async (email: DemoEmail, skip: number, readFile: boolean) => {
      const staff = await seeded.as(email);
      const target = await foreignCase(email, skip);
      const grant = await staff.post(`/api/cases/${target.id}/break-glass`, { reason: REASON }).expect(201);
      if (readFile) await staff.get(`/api/cases/${target.id}/special-file`).expect(200);
      return { grantId: grant.body.id as string, caseId: target.id, reference: target.reference };
    };

    it('requires an outcome, naming the field, and changes nothing without one', async () => {
      const privacy = await seeded.as('privacy@spoor.test');
      const { grantId } = await grantFor('expert@spoor.test', 0, false);
      const missing = await privacy.post(`/api/access-log/break-glass/${grantId}/review`, {}).expect(400);
      expect(missing.body.fields).toEqual([{ field: 'outcome', code: 'REQUIRED' }]);
      const wrong = await privacy
        .post(`/api/access-log/break-glass/${grantId}/review`, { outcome: 'fine' })
        .expect(400);
      expect(wrong.body.fields[0]).toMatchObject({ field: 'outcome' });
      const [row] = await dataSource.query('SELECT reviewed_at FROM public.break_glass_grants WHERE id = $1', [
        grantId,
      ]);
      expect(row.reviewed_at).toBeNull();
      const justified = await privacy
        .post(`/api/access-log/break-glass/${grantId}/review`, { outcome: 'justified' })
        .expect(200);
      expect(justified.body).toEqual({
        id: grantId,
        reviewed: true,
        outcome: 'justified',
        followUpId: null,
        healthDataRead: false,
      });
      await privacy.post(`/api/access-log/break-glass/${grantId}/review`, { outcome: 'justified' }).expect(404);
      const [follow] = await dataSource.query(
        'SELECT count(*)::int AS n FROM public.break_glass_follow_ups WHERE grant_id = $1',
        [grantId],
      );
      expect(follow.n).toBe(0);
    });

    it('stores the note sealed, opens a follow-up for "not justified" and offers a breach where health data was read', async () => {
      const privacy = await seeded.as('privacy@spoor.test');
      const { grantId, caseId, reference } = await grantFor('expert@spoor.test', 1, true);
      const note = 'Geen spoed: de deelnemer had een gewone afspraak gevraagd';
      const review = await privacy
        .post(`/api/access-log/break-glass/${grantId}/review`, { outcome: 'not_justified', note })
        .expect(200);
      expect(review.body).toMatchObject({ outcome: 'not_justified', healthDataRead: true });
      expect(review.body.followUpId).toEqual(expect.any(String));

      const [stored] = await dataSource.query(
        'SELECT review_outcome, review_note, reviewed_by FROM public.break_glass_grants WHERE id = $1',
        [grantId],
      );
      expect(stored.review_outcome).toBe('not_justified');
      expect(stored.review_note).toMatch(/^sp1\.p\./);
      expect(stored.review_note).not.toContain('spoed');

      // On the officer's worklist, with the note readable there.
      const anomalies = await privacy.get('/api/access-log/anomalies').expect(200);
      expect(anomalies.body.breakGlassAwaitingReview.map((g: { id: string }) => g.id)).not.toContain(grantId);
      const followUp = anomalies.body.breakGlassFollowUps.find((f: { grantId: string }) => f.grantId === grantId);
      expect(followUp).toMatchObject({
        id: review.body.followUpId,
        caseId,
        caseReference: reference,
        outcome: 'not_justified',
        note,
        healthDataRead: true,
        breachId: null,
      });

      // The review and its follow-up are one access event, in the review's transaction.
      const events = await dataSource.query(
        "SELECT action, outcome, fields FROM audit.access_events WHERE resource = 'break_glass_grant' AND resource_id = $1",
        [grantId],
      );
      expect(events).toEqual([
        {
          action: 'update',
          outcome: 'allowed',
          fields: ['followUp', 'reviewNote', 'reviewOutcome', 'reviewedAt'],
        },
      ]);

      // The officer confirms the breach draft: registered through the breach register and linked.
      const nature = `Onterechte noodtoegang tot het speciaal dossier van ${reference}; gezondheidsgegevens ingezien`;
      const started = await privacy
        .post(`/api/access-log/break-glass/${grantId}/breach`, {
          nature,
          categoriesOfRecords: ['gezondheidsgegevens'],
        })
        .expect(201);
      expect(started.body).toMatchObject({ grantId, followUpId: review.body.followUpId });
      const breaches = await privacy.get('/api/breaches').expect(200);
      const breach = breaches.body.items.find((b: { id: string }) => b.id === started.body.breachId);
      expect(breach).toMatchObject({ nature, approximatePeople: 1, categoriesOfRecords: ['gezondheidsgegevens'] });
      const again = await privacy.post(`/api/access-log/break-glass/${grantId}/breach`, { nature }).expect(409);
      expect(again.body.code).toBe('BREAK_GLASS_BREACH_ALREADY_STARTED');
      expect(
        (await privacy.get('/api/breaches')).body.items.filter((b: { nature: string }) => b.nature === nature),
      ).toHaveLength(1);

      // Counted on the officer's dashboard (counts only) until closed; closing takes it off the worklist.
      const openFollowUps = (await privacy.get('/api/me/reminders').expect(200)).body.breakGlassFollowUps;
      expect(openFollowUps).toBeGreaterThanOrEqual(1);
      await privacy.post(`/api/access-log/break-glass/${grantId}/follow-up/close`).expect(200);
      expect((await privacy.get('/api/me/reminders').expect(200)).body.breakGlassFollowUps).toBe(openFollowUps - 1);
      await privacy.post(`/api/access-log/break-glass/${grantId}/follow-up/close`).expect(409);
      const after = await privacy.get('/api/access-log/anomalies').expect(200);
      expect(after.body.breakGlassFollowUps.map((f: { grantId: string }) => f.grantId)).not.toContain(grantId);
    });

    it('opens a follow-up for "needs follow-up" too, without a breach offer when no health data was read', async () => {
      const privacy = await seeded.as('privacy@spoor.test');
      const { grantId } = await grantFor('expert@spoor.test', 2, false);
      const review = await privacy
        .post(`/api/access-log/break-glass/${grantId}/review`, { outcome: 'needs_follow_up' })
        .expect(200);
      expect(review.body).toMatchObject({ outcome: 'needs_follow_up', healthDataRead: false });
      expect(review.body.followUpId).toEqual(expect.any(String));
      const [stored] = await dataSource.query('SELECT review_note FROM public.break_glass_grants WHERE id = $1', [
        grantId,
      ]);
      expect(stored.review_note).toBeNull();
      const anomalies = await privacy.get('/api/access-log/anomalies').expect(200);
      expect(anomalies.body.breakGlassFollowUps.find((f: { grantId: string }) => f.grantId === grantId)).toMatchObject({
        outcome: 'needs_follow_up',
        healthDataRead: false,
        note: null,
      });
    });

    it('keeps the review and its follow-up routes to the privacy officer', async () => {
      const { grantId } = await grantFor('expert@spoor.test', 3, false);
      for (const email of ['coach@spoor.test', 'expert@spoor.test', 'admin@spoor.test'] as DemoEmail[]) {
        const staff = await seeded.as(email);
        await staff.post(`/api/access-log/break-glass/${grantId}/review`, { outcome: 'justified' }).expect(403);
        await staff.post(`/api/access-log/break-glass/${grantId}/breach`, { nature: 'Poging' }).expect(403);
        await staff.post(`/api/access-log/break-glass/${grantId}/follow-up/close`).expect(403);
      }
      const privacy = await seeded.as('privacy@spoor.test');
      // No follow-up without a review that opened one.
      await privacy.post(`/api/access-log/break-glass/${grantId}/breach`, { nature: 'Geen opvolging' }).expect(404);
      await privacy.post(`/api/access-log/break-glass/${grantId}/follow-up/close`).expect(404);
    });
  });
});
