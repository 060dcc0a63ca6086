import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';
import { queryAs } from '../../test/utils/test-database';

describe('carrying out data-subject requests: rectification, erasure under a legal hold, completion, restriction and its lift', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let coachCase: { id: string; person_id: string };

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    const coachId = (await (await seeded.as('coach@spoor.test')).get('/api/auth/me')).body.user.id;
    [coachCase] = await dataSource.query(
      "SELECT id, person_id FROM public.cases WHERE coach_id = $1 AND status = 'active' AND reference <> 'RI-2026-0001' LIMIT 1",
      [coachId],
    );
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('rectifies personalia through a rectification request, and lets the coach correct them too', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    await privacy.patch(`/api/people/${coachCase.person_id}`, { lastName: 'Zonder Verzoek' }).expect(404);
    const filed = await privacy
      .post('/api/privacy-requests', {
        type: 'rectification',
        personId: coachCase.person_id,
        details: 'Achternaam verkeerd gespeld',
      })
      .expect(201);
    const fixed = await privacy
      .patch(`/api/people/${coachCase.person_id}`, { privacyRequestId: filed.body.id, lastName: 'Van der Berg-Jansen' })
      .expect(200);
    expect(fixed.body).toMatchObject({ changed: ['lastName'], privacyRequestId: filed.body.id });
    const coach = await seeded.as('coach@spoor.test');
    const found = await coach.get('/api/cases?q=van%20der%20berg-jansen').expect(200);
    expect(found.body.items.map((c: { id: string }) => c.id)).toEqual([coachCase.id]);
    await coach.patch(`/api/people/${coachCase.person_id}`, { phone: '06 1234 5678' }).expect(200);
    const bad = await coach.patch(`/api/people/${coachCase.person_id}`, { email: 'geen-adres' }).expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('email');
    // A client may never rectify (403); another coach may, but not this person: not found.
    await (await seeded.as('client@acme.spoor.test'))
      .patch(`/api/people/${coachCase.person_id}`, { phone: '1' })
      .expect(403);
    await (await seeded.as('coach2@spoor.test'))
      .patch(`/api/people/${coachCase.person_id}`, { phone: '1' })
      .expect(404);
  });

  it('places and releases a legal hold with reason and author; erasure is refused meanwhile', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const [done] = await dataSource.query(
      "SELECT id, person_id FROM public.cases WHERE status = 'completed' AND person_id NOT IN (SELECT person_id FROM public.cases GROUP BY person_id HAVING count(*) > 1) LIMIT 1",
    );
    const noReason = await privacy.agent
      .put(`/api/cases/${done.id}/legal-hold`)
      .set('X-CSRF-Token', privacy.csrf)
      .send({ hold: true })
      .expect(400);
    expect(JSON.stringify(noReason.body.message)).toContain('reason');
    const held = await privacy.agent
      .put(`/api/cases/${done.id}/legal-hold`)
      .set('X-CSRF-Token', privacy.csrf)
      .send({ hold: true, reason: 'Procedure bij de rechtbank' })
      .expect(200);
    expect(held.body).toMatchObject({ legalHold: true, reason: 'Procedure bij de rechtbank', by: expect.any(String) });
    const erasure = await privacy
      .post('/api/privacy-requests', { type: 'erasure', personId: done.person_id })
      .expect(201);
    const refused = await privacy
      .post(`/api/privacy-requests/${erasure.body.id}/complete`, { outcome: 'granted', note: 'x' })
      .expect(409);
    expect(refused.body.message).toMatch(/legal hold/);
    await privacy.agent
      .put(`/api/cases/${done.id}/legal-hold`)
      .set('X-CSRF-Token', privacy.csrf)
      .send({ hold: false })
      .expect(200);
    await privacy
      .post(`/api/privacy-requests/${erasure.body.id}/complete`, { outcome: 'granted', note: 'Gewist' })
      .expect(200);
    await (await seeded.as('coach@spoor.test')).agent
      .put(`/api/cases/${done.id}/legal-hold`)
      .send({ hold: true, reason: 'x' })
      .expect(403);
  });

  it('completes access, portability and objection requests, and lifts a restriction', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    for (const type of ['access', 'portability', 'objection']) {
      const filed = await privacy.post('/api/privacy-requests', { type, personId: coachCase.person_id }).expect(201);
      const done = await privacy
        .post(`/api/privacy-requests/${filed.body.id}/complete`, { outcome: 'granted', note: `${type} afgehandeld` })
        .expect(200);
      expect(done.body).toMatchObject({
        status: 'completed',
        outcome: 'granted',
        completionNote: `${type} afgehandeld`,
      });
      await privacy
        .post(`/api/privacy-requests/${filed.body.id}/complete`, { outcome: 'granted', note: 'nogmaals' })
        .expect(409);
    }
    const restriction = await privacy
      .post('/api/privacy-requests', { type: 'restriction', personId: coachCase.person_id })
      .expect(201);
    await privacy
      .post(`/api/privacy-requests/${restriction.body.id}/complete`, { outcome: 'granted', note: 'Beperkt' })
      .expect(200);
    const coach = await seeded.as('coach@spoor.test');
    await coach.post(`/api/cases/${coachCase.id}/activities`, { kind: 'other', occurredOn: '2026-11-20' }).expect(423);
    // No access event, no change: with the log refused, lifting answers 503 and the cases stay frozen.
    await queryAs(seeded.db.urls.owner, 'REVOKE INSERT ON audit.access_events FROM spoor_app');
    try {
      await privacy.post(`/api/people/${coachCase.person_id}/restriction/lift`).expect(503);
    } finally {
      await queryAs(seeded.db.urls.owner, 'GRANT INSERT ON audit.access_events TO spoor_app');
    }
    await coach.post(`/api/cases/${coachCase.id}/activities`, { kind: 'other', occurredOn: '2026-11-20' }).expect(423);
    await privacy.post(`/api/people/${coachCase.person_id}/restriction/lift`).expect(200);
    await coach.post(`/api/cases/${coachCase.id}/activities`, { kind: 'other', occurredOn: '2026-11-20' }).expect(201);
  });
});
