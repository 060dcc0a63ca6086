import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { QueryRunner } from 'typeorm';
import type { DataSource } from 'typeorm';
import { ConsentPurposesAndObjection1796801000000 } from '../platform/database/migrations/1796801000000-ConsentPurposesAndObjection';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';
import { createTestDatabase, type TestDatabase } from '../../test/utils/test-database';

/**
 * Issue 17: the satisfaction survey rests on legitimate interest with a one-step objection; the newsletter
 * consent is what puts someone on the newsletter list, and nothing else.
 */
describe('consent and objection do exactly what they say', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let jan: { caseId: string; personId: string; userId: string };

  /** The survey disclosures recorded for Jan: one per export that included him. */
  const janSurveyDisclosures = async (): Promise<number> => {
    const [{ count }] = await dataSource.query(
      "SELECT count(*)::int AS count FROM public.disclosures WHERE person_id = $1 AND fields = ARRAY['name', 'email', 'phone']",
      [jan.personId],
    );
    return count;
  };

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    const [row] = await dataSource.query(
      "SELECT id, person_id, version, status FROM public.cases WHERE reference = 'RI-2026-0001'",
    );
    const me = await (await seeded.as('participant@spoor.test')).get('/api/auth/me').expect(200);
    jan = { caseId: row.id, personId: row.person_id, userId: me.body.user.id };
    // Jan's programme ends: from now on the survey export includes him, unless he objects.
    if (row.status !== 'completed')
      await (await seeded.as('coach@spoor.test'))
        .patch(`/api/cases/${jan.caseId}/status`, { status: 'completed', version: row.version })
        .expect(200);
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('leaves a participant who objects out of the very next survey export, and the privacy officer sees the objection', async () => {
    const admin = await seeded.as('admin@spoor.test');
    const participant = await seeded.as('participant@spoor.test');
    const before = await admin.post('/api/admin/survey-export').expect(200);
    expect(await janSurveyDisclosures()).toBe(1);

    const objection = await participant
      .post('/api/privacy-requests', { type: 'objection', purpose: 'satisfaction_survey' })
      .expect(201);
    expect(objection.body).toMatchObject({
      type: 'objection',
      purpose: 'satisfaction_survey',
      status: 'received',
      personId: jan.personId,
    });
    // One step is enough; a second click adds nothing.
    const again = await participant
      .post('/api/privacy-requests', { type: 'objection', purpose: 'satisfaction_survey' })
      .expect(409);
    expect(again.body.code).toBe('OBJECTION_ALREADY_RECORDED');

    // In effect at once, before the privacy officer has done anything.
    const after = await admin.post('/api/admin/survey-export').expect(200);
    expect(after.body.total).toBe(before.body.total - 1);
    expect(await janSurveyDisclosures()).toBe(1);
    const ownDisclosures = await participant.get('/api/me/disclosures').expect(200);
    expect(
      ownDisclosures.body.items.filter((d: { fields: string[] }) => d.fields.join() === 'name,email,phone'),
    ).toHaveLength(1);

    // The privacy officer's list shows it, with what it objects to.
    const privacy = await seeded.as('privacy@spoor.test');
    const listed = await privacy.get('/api/privacy-requests').expect(200);
    expect(listed.body.items).toContainEqual(
      expect.objectContaining({
        id: objection.body.id,
        type: 'objection',
        purpose: 'satisfaction_survey',
        personId: jan.personId,
      }),
    );
    // Absolute: it is confirmed, never weighed away; confirming keeps Jan out.
    const refused = await privacy
      .post(`/api/privacy-requests/${objection.body.id}/complete`, { outcome: 'refused', note: 'Afgewezen' })
      .expect(409);
    expect(refused.body.code).toBe('OBJECTION_NOT_REFUSABLE');
    await privacy
      .post(`/api/privacy-requests/${objection.body.id}/complete`, {
        outcome: 'granted',
        note: 'Meetbureau gevraagd de gegevens te verwijderen.',
      })
      .expect(200);
    const confirmed = await admin.post('/api/admin/survey-export').expect(200);
    expect(confirmed.body.total).toBe(after.body.total);
    expect(await janSurveyDisclosures()).toBe(1);

    // Recorded in the access log, in the same transaction as the request: who, about whom, which fields.
    const [event] = await dataSource.query(
      `SELECT actor_id, action, outcome, person_ids, fields FROM audit.access_events
        WHERE resource = 'privacy_request' AND resource_id = $1 AND action = 'create'`,
      [objection.body.id],
    );
    expect(event).toMatchObject({ actor_id: jan.userId, outcome: 'allowed', person_ids: [jan.personId] });
    expect(event.fields).toEqual(expect.arrayContaining(['type', 'purpose']));
  });

  it('refuses a purpose on anything but an objection, and a purpose nobody can object to, naming the field', async () => {
    const participant = await seeded.as('participant@spoor.test');
    const onAccess = await participant
      .post('/api/privacy-requests', { type: 'access', purpose: 'satisfaction_survey' })
      .expect(400);
    expect(onAccess.body.fields).toEqual([expect.objectContaining({ field: 'purpose', code: 'NOT_ALLOWED_HERE' })]);
    const unknown = await participant
      .post('/api/privacy-requests', { type: 'objection', purpose: 'newsletter' })
      .expect(400);
    expect(unknown.body.fields).toEqual([expect.objectContaining({ field: 'purpose' })]);
  });

  it('no longer takes consent for the survey or case studies: those purposes are gone', async () => {
    const participant = await seeded.as('participant@spoor.test');
    for (const purpose of ['satisfaction_survey', 'case_study']) {
      const refused = await participant.post(`/api/people/${jan.personId}/consents`, { purpose }).expect(400);
      expect(refused.body.fields).toEqual([expect.objectContaining({ field: 'purpose', code: 'NOT_ONE_OF' })]);
    }
  });

  it('puts a participant on the newsletter list when they consent, and takes them off when they withdraw', async () => {
    const admin = await seeded.as('admin@spoor.test');
    const participant = await seeded.as('participant@spoor.test');
    const onList = async (): Promise<Array<{ personId: string; name: string; email: string }>> =>
      (await admin.get('/api/admin/newsletter-recipients').expect(200)).body.items;
    expect((await onList()).map((item) => item.personId)).not.toContain(jan.personId);

    const given = await participant.post(`/api/people/${jan.personId}/consents`, { purpose: 'newsletter' }).expect(201);
    const twice = await participant.post(`/api/people/${jan.personId}/consents`, { purpose: 'newsletter' }).expect(409);
    expect(twice.body.code).toBe('CONSENT_ALREADY_GIVEN');
    const listed = (await onList()).filter((item) => item.personId === jan.personId);
    expect(listed).toHaveLength(1);
    expect(listed[0].email).toMatch(/@/);
    expect(Object.keys(listed[0]).sort()).toEqual(['consentGivenAt', 'email', 'name', 'personId']);

    // The admin's read names every person on the list in the access log.
    const [read] = await dataSource.query(
      `SELECT action, person_ids, fields FROM audit.access_events
        WHERE resource = 'newsletter_recipients' ORDER BY id DESC LIMIT 1`,
    );
    expect(read.action).toBe('list');
    expect([...read.fields].sort()).toEqual(['email', 'name']);
    expect(read.person_ids).toContain(jan.personId);

    const withdrawn = await participant.post(`/api/consents/${given.body.id}/withdraw`).expect(200);
    expect(withdrawn.body.endReason).toBe('withdrawn');
    expect((await onList()).map((item) => item.personId)).not.toContain(jan.personId);
    // Consenting again after a withdrawal is a new consent.
    await participant.post(`/api/people/${jan.personId}/consents`, { purpose: 'newsletter' }).expect(201);
    expect((await onList()).map((item) => item.personId)).toContain(jan.personId);
  });

  it('shows the newsletter list to the admin only', async () => {
    for (const email of ['privacy@spoor.test', 'coach@spoor.test', 'participant@spoor.test'] as const)
      await (await seeded.as(email)).get('/api/admin/newsletter-recipients').expect(403);
  });
});

describe('migrating stored consents of retired purposes', () => {
  let db: TestDatabase;
  let owner: Client;
  const runner = (): QueryRunner =>
    ({ query: (sql: string, params?: unknown[]) => owner.query(sql, params).then((r) => r.rows) }) as QueryRunner;
  const insertConsent = (row: {
    person: string;
    purpose: string;
    givenAt: string;
    withdrawnAt?: string;
    withdrawnBy?: string;
  }) =>
    owner.query(
      'INSERT INTO public.consents (id, person_id, purpose, given_at, given_by, withdrawn_at, withdrawn_by) VALUES ($1, $2, $3, $4, $2, $5, $6)',
      [randomUUID(), row.person, row.purpose, row.givenAt, row.withdrawnAt ?? null, row.withdrawnBy ?? null],
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    owner = new Client({ connectionString: db.urls.owner });
    await owner.connect();
  }, 120_000);

  afterAll(async () => {
    await owner?.end();
    await db?.drop();
  });

  it('keeps every consent as history, ends the retired ones, and turns a withdrawn survey consent into an objection', async () => {
    const migration = new ConsentPurposesAndObjection1796801000000();
    await migration.down(runner());
    const [withdrewSurvey, activeSurvey, caseStudyTwiceNewsletter, reconsented] = [1, 2, 3, 4].map(() => randomUUID());
    await insertConsent({
      person: withdrewSurvey,
      purpose: 'satisfaction_survey',
      givenAt: '2026-01-05T10:00:00Z',
      withdrawnAt: '2026-03-01T10:00:00Z',
      withdrawnBy: withdrewSurvey,
    });
    await insertConsent({ person: activeSurvey, purpose: 'satisfaction_survey', givenAt: '2026-02-01T10:00:00Z' });
    await insertConsent({ person: caseStudyTwiceNewsletter, purpose: 'case_study', givenAt: '2026-02-01T10:00:00Z' });
    await insertConsent({ person: caseStudyTwiceNewsletter, purpose: 'newsletter', givenAt: '2026-02-01T10:00:00Z' });
    await insertConsent({ person: caseStudyTwiceNewsletter, purpose: 'newsletter', givenAt: '2026-04-01T10:00:00Z' });
    await insertConsent({
      person: reconsented,
      purpose: 'satisfaction_survey',
      givenAt: '2026-01-01T10:00:00Z',
      withdrawnAt: '2026-01-02T10:00:00Z',
      withdrawnBy: reconsented,
    });
    await insertConsent({ person: reconsented, purpose: 'satisfaction_survey', givenAt: '2026-02-01T10:00:00Z' });

    await migration.up(runner());

    const consents = (
      await owner.query(
        'SELECT person_id, purpose, given_at, withdrawn_at, withdrawn_by, end_reason FROM public.consents ORDER BY given_at',
      )
    ).rows;
    expect(consents).toHaveLength(7);
    const of = (person: string, purpose: string) =>
      consents.filter((c) => c.person_id === person && c.purpose === purpose);
    expect(of(withdrewSurvey, 'satisfaction_survey')).toEqual([
      expect.objectContaining({ end_reason: 'withdrawn', withdrawn_by: withdrewSurvey }),
    ]);
    expect(of(activeSurvey, 'satisfaction_survey')).toEqual([
      expect.objectContaining({ end_reason: 'purpose_retired', withdrawn_by: null }),
    ]);
    expect(of(activeSurvey, 'satisfaction_survey')[0].withdrawn_at).not.toBeNull();
    expect(of(caseStudyTwiceNewsletter, 'case_study')).toEqual([
      expect.objectContaining({ end_reason: 'purpose_retired' }),
    ]);
    // The first newsletter consent still counts; the later double is ended, not deleted.
    expect(of(caseStudyTwiceNewsletter, 'newsletter').map((c) => c.end_reason)).toEqual([null, 'duplicate']);

    const objections = (
      await owner.query(
        "SELECT person_id, purpose, status, received_at, filed_by FROM public.privacy_requests WHERE type = 'objection'",
      )
    ).rows;
    // Only whoever's last word on the survey was "no": someone who consented again is not made to object.
    expect(objections).toEqual([
      expect.objectContaining({
        person_id: withdrewSurvey,
        purpose: 'satisfaction_survey',
        status: 'received',
        received_at: new Date('2026-03-01T10:00:00Z'),
        filed_by: withdrewSurvey,
      }),
    ]);

    // From now on PostgreSQL itself refuses an active consent for a retired purpose.
    await expect(
      insertConsent({ person: randomUUID(), purpose: 'case_study', givenAt: '2026-12-01T10:00:00Z' }),
    ).rejects.toMatchObject({ code: '23514' });
  });
});
