import { getDataSourceToken } from '@nestjs/typeorm';
import { addCalendarMonths } from '@spoor/domain';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';
import { queryAs } from '../../test/utils/test-database';

describe('privacy operations', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let janCase: { id: string; person_id: string };
  let otherCase: { id: string; person_id: string };

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    [janCase] = await dataSource.query("SELECT id, person_id FROM public.cases WHERE reference = 'RI-2026-0001'");
    const coachId = (await (await seeded.as('coach@spoor.test')).get('/api/auth/me')).body.user.id;
    [otherCase] = await dataSource.query(
      "SELECT id, person_id FROM public.cases WHERE coach_id = $1 AND reference <> 'RI-2026-0001' AND status = 'active' LIMIT 1",
      [coachId],
    );
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('lets a participant file a request about their own data, due one calendar month later', async () => {
    const participant = await seeded.as('participant@spoor.test');
    const filed = await participant
      .post('/api/privacy-requests', { type: 'access', details: 'Ik wil mijn dossier inzien.' })
      .expect(201);
    expect(filed.body).toMatchObject({ type: 'access', status: 'received', personId: janCase.person_id });
    expect(new Date(filed.body.dueAt).toISOString()).toBe(
      addCalendarMonths(new Date(filed.body.receivedAt), 1).toISOString(),
    );
    await participant.post('/api/privacy-requests', { type: 'access', personId: otherCase.person_id }).expect(403);
    const bad = await participant.post('/api/privacy-requests', { type: 'forget-me' }).expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('type');
    const own = await participant.get('/api/privacy-requests').expect(200);
    expect(own.body.items.map((r: { personId: string }) => r.personId)).toEqual([janCase.person_id]);
    await (await seeded.as('coach@spoor.test')).get('/api/privacy-requests').expect(403);
  });

  // Answering access and portability requests (delivery to the person, the officer's manifest): see
  // export-delivery.integration-spec.ts and test/attacks/export.attacks.integration-spec.ts.

  it('extends once, with a reason, never beyond three months after receipt', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const filed = await privacy
      .post('/api/privacy-requests', { type: 'portability', personId: otherCase.person_id })
      .expect(201);
    const noReason = await privacy.post(`/api/privacy-requests/${filed.body.id}/extend`, {}).expect(400);
    expect(JSON.stringify(noReason.body.message)).toContain('reason');
    const tooLate = new Date(new Date(filed.body.receivedAt).getTime() + 100 * 24 * 3600_000).toISOString();
    await privacy
      .post(`/api/privacy-requests/${filed.body.id}/extend`, {
        reason: 'Complex verzoek met veel dossiers',
        dueAt: tooLate,
      })
      .expect(400);
    const extended = await privacy
      .post(`/api/privacy-requests/${filed.body.id}/extend`, { reason: 'Complex verzoek met veel dossiers' })
      .expect(200);
    expect(extended.body).toMatchObject({ status: 'extended', extensionReason: 'Complex verzoek met veel dossiers' });
    expect(new Date(extended.body.dueAt).toISOString()).toBe(
      addCalendarMonths(new Date(filed.body.receivedAt), 3).toISOString(),
    );
    const second = await privacy
      .post(`/api/privacy-requests/${filed.body.id}/extend`, { reason: 'Nog een keer uitstellen graag' })
      .expect(400);
    expect(JSON.stringify(second.body.message)).toMatch(/already extended/);
    const overdue = await privacy.get('/api/privacy-requests?overdue=true').expect(200);
    expect(overdue.body.total).toBe(0);
  });

  it('exports the participant\u2019s data as JSON: personalia, cases, final reports, special file, access log', async () => {
    const participant = await seeded.as('participant@spoor.test');
    const exported = await participant.get('/api/me/export').expect(200);
    expect(exported.headers['cache-control']).toBe('no-store');
    expect(exported.body.personalia).toMatchObject({
      firstName: 'Jan',
      lastName: 'de Vries',
      email: 'participant@spoor.test',
    });
    expect(exported.body.cases).toHaveLength(1);
    expect(exported.body.cases[0].specialFile.fml[0].rubrieken).toHaveLength(6);
    // The special file in the form model too (issue 16): the seeded FML migrated, AD reports and UWV decisions.
    expect(exported.body.cases[0].specialFile.fmlAssessments[0].assessment.level).toBe('rubriek_only');
    expect(exported.body.cases[0].specialFile).toMatchObject({ adReports: [], uwvDecisions: [] });
    // Only the final reports: the case also has a draft, which stays out.
    const [stored] = await dataSource.query(
      "SELECT count(*) FILTER (WHERE status = 'final')::int AS final, count(*) FILTER (WHERE status <> 'final')::int AS other FROM public.progress_reports WHERE case_id = $1",
      [janCase.id],
    );
    expect(stored.other).toBeGreaterThan(0);
    expect(stored.final).toBeGreaterThan(0);
    expect(exported.body.cases[0].progressReports.map((r: { status: string }) => r.status)).toEqual(
      Array<string>(stored.final).fill('final'),
    );
    expect(exported.body.accessLog.length).toBeGreaterThan(0);
    // Every document comes with a link the participant can download with their session.
    const links = [...exported.body.cases[0].processDocuments, ...exported.body.cases[0].specialFile.documents].map(
      (d: { href: string }) => d.href,
    );
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) await participant.get(href).expect(200);
    await (await seeded.as('coach@spoor.test')).get('/api/me/export').expect(403);
  });

  it('records consent per purpose and its withdrawal, visible to the participant', async () => {
    const participant = await seeded.as('participant@spoor.test');
    // Sharing with the employer is never a matter of consent: no such purpose can be recorded.
    const employer = await participant
      .post(`/api/people/${janCase.person_id}/consents`, { purpose: 'employer_sharing' })
      .expect(400);
    expect(JSON.stringify(employer.body.message)).toContain('purpose');
    const given = await participant
      .post(`/api/people/${janCase.person_id}/consents`, { purpose: 'newsletter' })
      .expect(201);
    const withdrawn = await participant.post(`/api/consents/${given.body.id}/withdraw`).expect(200);
    const withdrawnAt = Date.parse(withdrawn.body.withdrawnAt);
    expect(withdrawnAt).toBeGreaterThanOrEqual(Date.parse(given.body.givenAt));
    expect(withdrawnAt).toBeLessThanOrEqual(Date.now());
    await participant.post(`/api/consents/${given.body.id}/withdraw`).expect(409);
    const list = await participant.get(`/api/people/${janCase.person_id}/consents`).expect(200);
    expect(list.body.items[0]).toMatchObject({
      id: given.body.id,
      purpose: 'newsletter',
      givenAt: given.body.givenAt,
      withdrawnAt: withdrawn.body.withdrawnAt,
    });
    // A role that never reads consents is refused by the policy (403); another person's consents are not found.
    await (await seeded.as('coach@spoor.test')).get(`/api/people/${janCase.person_id}/consents`).expect(403);
    await participant.get(`/api/people/${otherCase.person_id}/consents`).expect(404);
  });

  it('does not tell whether a consent id exists: someone else’s and an unknown one answer alike', async () => {
    const [{ id: foreign }] = await dataSource.query(
      "INSERT INTO public.consents (id, person_id, purpose, given_at, given_by) VALUES (gen_random_uuid(), $1, 'newsletter', now(), gen_random_uuid()) RETURNING id",
      [otherCase.person_id],
    );
    const participant = await seeded.as('participant@spoor.test');
    const theirs = await participant.post(`/api/consents/${foreign}/withdraw`).expect(404);
    const unknown = await participant.post('/api/consents/00000000-0000-4000-8000-000000000000/withdraw').expect(404);
    expect(theirs.body).toEqual(unknown.body);
    const [{ withdrawn_at }] = await dataSource.query('SELECT withdrawn_at FROM public.consents WHERE id = $1', [
      foreign,
    ]);
    expect(withdrawn_at).toBeNull();
  });

  it('restricts processing: the person\u2019s cases refuse changes with 423', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const filed = await privacy
      .post('/api/privacy-requests', { type: 'restriction', personId: otherCase.person_id })
      .expect(201);
    const done = await privacy
      .post(`/api/privacy-requests/${filed.body.id}/complete`, { outcome: 'granted', note: 'Beperking ingesteld.' })
      .expect(200);
    expect(done.body.restrictedCases).toBeGreaterThanOrEqual(1);
    const coach = await seeded.as('coach@spoor.test');
    const refused = await coach
      .post(`/api/cases/${otherCase.id}/progress-reports`, { title: 'x', body: 'y' })
      .expect(423);
    expect(refused.body).toMatchObject({ statusCode: 423, code: 'PROCESSING_RESTRICTED', error: 'Locked' });
    await coach.get(`/api/cases/${otherCase.id}`).expect(200);
  });

  it('refuses erasure while the programme runs or under legal hold, then erases: nothing of the person decrypts', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const filed = await privacy
      .post('/api/privacy-requests', { type: 'erasure', personId: janCase.person_id })
      .expect(201);
    const running = await privacy
      .post(`/api/privacy-requests/${filed.body.id}/complete`, { outcome: 'granted', note: 'Uitvoeren.' })
      .expect(409);
    expect(running.body.message).toMatch(/RI-2026-0001 is still running/);
    expect(running.body).toMatchObject({
      code: 'ERASURE_REFUSED',
      reasons: [{ code: 'ERASURE_RETENTION', caseReference: 'RI-2026-0001' }],
    });
    await queryAs(
      seeded.db.urls.owner,
      `UPDATE public.cases SET status = 'completed', completed_at = now(), legal_hold = true WHERE id = '${janCase.id}'`,
    );
    const held = await privacy
      .post(`/api/privacy-requests/${filed.body.id}/complete`, { outcome: 'granted', note: 'Uitvoeren.' })
      .expect(409);
    expect(held.body.message).toMatch(/legal hold/);
    expect(held.body).toMatchObject({
      code: 'ERASURE_REFUSED',
      reasons: [{ code: 'ERASURE_LEGAL_HOLD', caseReference: 'RI-2026-0001' }],
    });
    await queryAs(seeded.db.urls.owner, `UPDATE public.cases SET legal_hold = false WHERE id = '${janCase.id}'`);
    const [{ before }] = await dataSource.query(
      'SELECT count(*)::int AS before FROM audit.access_events WHERE person_ids @> ARRAY[$1::uuid]',
      [janCase.person_id],
    );

    const erased = await privacy
      .post(`/api/privacy-requests/${filed.body.id}/complete`, { outcome: 'granted', note: 'Gewist.' })
      .expect(200);
    expect(erased.body.erasure).toMatchObject({ cases: 1, keysDestroyed: expect.any(Number) });
    expect(erased.body.erasure.keysDestroyed).toBeGreaterThanOrEqual(2);

    const coach = await seeded.as('coach@spoor.test');
    const shell = await coach.get(`/api/cases/${janCase.id}`).expect(200);
    expect(shell.body).toMatchObject({ reference: 'RI-2026-0001', personName: null, personEmail: null });
    const reports = await coach.get(`/api/cases/${janCase.id}/progress-reports`).expect(200);
    expect(reports.body.total).toBe(0);
    const expert = await seeded.as('expert@spoor.test');
    const special = await expert.get(`/api/cases/${janCase.id}/special-file`).expect(200);
    expect(special.body).toMatchObject({ firstSickDay: null, fml: [], documents: [] });
    // The ciphertexts left in the people row no longer open, for anyone.
    const { Person } = await import('../people/person.entity');
    const { PROCESS_FIELDS } = await import('../platform/crypto/crypto.module');
    const fields = seeded.app.get(PROCESS_FIELDS);
    const row = await dataSource.getRepository(Person).findOneByOrFail({ id: janCase.person_id });
    await expect(fields.open(Person, row)).rejects.toThrow(/destroyed/);
    // The access log keeps its events, without content; the participant can no longer log in.
    const [{ after }] = await dataSource.query(
      'SELECT count(*)::int AS after FROM audit.access_events WHERE person_ids @> ARRAY[$1::uuid]',
      [janCase.person_id],
    );
    expect(after).toBeGreaterThanOrEqual(before);
    // The erasure's own events name the privacy officer who carried it out, not an anonymous system actor.
    const officerId = (await privacy.get('/api/auth/me')).body.user.id;
    const erasureEvents: Array<{ actor_id: string | null; purpose: string }> = await dataSource.query(
      "SELECT actor_id::text, purpose FROM audit.access_events WHERE person_ids @> ARRAY[$1::uuid] AND action = 'delete'",
      [janCase.person_id],
    );
    expect(erasureEvents.length).toBeGreaterThan(0);
    for (const event of erasureEvents) expect(event).toEqual({ actor_id: officerId, purpose: 'data_subject_request' });
    await request(seeded.app.getHttpServer())
      .post('/api/auth/login')
      .send({ email: 'participant@spoor.test', password: 'Spoor-demo-2026!' })
      .expect(401);
  });

  it('keeps a breach register with the 72-hour clock and overdue flag, optimistic locking on updates', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const discoveredAt = new Date(Date.now() - 4 * 24 * 3600_000).toISOString();
    const breach = await privacy
      .post('/api/breaches', {
        discoveredAt,
        nature: 'Laptop met exportbestand verloren',
        categoriesOfPeople: ['participants'],
        approximatePeople: 12,
        categoriesOfRecords: ['contact details'],
        approximateRecords: 12,
        likelyConsequences: 'Beperkt: bestand versleuteld',
        measures: 'Sleutels geroteerd',
        contact: 'FG, privacy@spoor.test',
      })
      .expect(201);
    expect(new Date(breach.body.notifyAuthorityBy).getTime() - new Date(discoveredAt).getTime()).toBe(72 * 3600_000);
    expect(breach.body.overdue).toBe(true);
    const notified = await privacy
      .patch(`/api/breaches/${breach.body.id}`, { version: 1, authorityNotifiedAt: new Date().toISOString() })
      .expect(200);
    expect(notified.body.overdue).toBe(false);
    await privacy.patch(`/api/breaches/${breach.body.id}`, { version: 1, measures: 'verouderd' }).expect(409);
    const bad = await privacy.post('/api/breaches', { discoveredAt: 'gisteren', nature: 'x' }).expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('discoveredAt');
    await (await seeded.as('admin@spoor.test')).get('/api/breaches').expect(403);
  });

  it('runs retention: programme data two years after the end, legal holds kept, dry run first', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const [old] = await dataSource.query(
      "SELECT id, person_id FROM public.cases WHERE status = 'active' AND person_id NOT IN (SELECT person_id FROM public.cases GROUP BY person_id HAVING count(*) > 1) AND id <> $1 LIMIT 2",
      [otherCase.id],
    );
    const [held] = await dataSource.query(
      "SELECT id FROM public.cases WHERE status = 'active' AND id NOT IN ($1, $2) LIMIT 1",
      [old.id, otherCase.id],
    );
    await queryAs(
      seeded.db.urls.owner,
      `UPDATE public.cases SET status = 'completed', completed_at = now() - interval '3 years' WHERE id = '${old.id}'`,
    );
    await queryAs(
      seeded.db.urls.owner,
      `UPDATE public.cases SET status = 'completed', completed_at = now() - interval '3 years', legal_hold = true WHERE id = '${held.id}'`,
    );
    const dry = await privacy.post('/api/retention/run', { dryRun: true }).expect(200);
    expect(dry.body.categories.programme).toMatchObject({ people: 1, cases: 1, erased: 0, keptForLegalHold: 1 });
    const run = await privacy.post('/api/retention/run', { dryRun: false }).expect(200);
    expect(run.body.categories.programme).toMatchObject({ erased: 1 });
    const [{ erased }] = await dataSource.query(
      'SELECT erased_at IS NOT NULL AS erased FROM public.people WHERE id = $1',
      [old.person_id],
    );
    expect(erased).toBe(true);
    await (await seeded.as('coach@spoor.test')).post('/api/retention/run', { dryRun: true }).expect(403);
  });
});
