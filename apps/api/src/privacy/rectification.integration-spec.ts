import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';

interface AccessEventRow {
  action: string;
  resource: string;
  resource_id: string | null;
  fields: string[];
  purpose: string;
  person_ids: string[];
}

describe('rectification (art. 16 AVG): the privacy officer corrects personalia under the request and completes it', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let personId: string;
  let participantPersonId: string;

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    const coachId = (await (await seeded.as('coach@spoor.test')).get('/api/auth/me')).body.user.id;
    [{ person_id: personId }] = await dataSource.query(
      "SELECT person_id FROM public.cases WHERE coach_id = $1 AND status = 'active' AND reference <> 'RI-2026-0001' LIMIT 1",
      [coachId],
    );
    participantPersonId = (await (await seeded.as('participant@spoor.test')).get('/api/auth/me')).body.user.personId;
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  const eventsFor = (requestId: string): Promise<AccessEventRow[]> =>
    dataSource.query(
      'SELECT action, resource, resource_id, fields, purpose, person_ids FROM audit.access_events WHERE resource_id = $1 ORDER BY id',
      [requestId],
    );

  it('shows the personalia, applies the correction linked to the request, logs field names only, and completes', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const filed = await privacy
      .post('/api/privacy-requests', { type: 'rectification', personId, details: 'Achternaam en e-mail kloppen niet' })
      .expect(201);
    const requestId: string = filed.body.id;
    expect(filed.body).toMatchObject({ correctedFields: [], outcomeReason: null });

    const before = await privacy.get(`/api/privacy-requests/${requestId}/rectification`).expect(200);
    expect(before.body).toMatchObject({ requestId, personId, status: 'received', corrections: [] });
    const oldLastName: string = before.body.personalia.lastName;
    expect(oldLastName.length).toBeGreaterThan(0);
    expect(Object.keys(before.body.personalia).sort()).toEqual(
      ['address', 'birthDate', 'email', 'firstName', 'lastName', 'phone'].sort(),
    );

    // Completing before anything was corrected, without a reason: refused, naming the fields; nothing changes.
    const premature = await privacy
      .post(`/api/privacy-requests/${requestId}/complete`, { outcome: 'granted', note: 'Aangepast' })
      .expect(400);
    expect(premature.body.code).toBe('VALIDATION_FAILED');
    expect(premature.body.fields).toEqual(
      expect.arrayContaining([
        { field: 'outcome', code: 'INCONSISTENT' },
        { field: 'reasonCode', code: 'REQUIRED' },
      ]),
    );
    const [stillOpen] = await dataSource.query('SELECT status FROM public.privacy_requests WHERE id = $1', [requestId]);
    expect(stillOpen.status).toBe('received');

    const fixed = await privacy
      .patch(`/api/people/${personId}`, {
        privacyRequestId: requestId,
        lastName: 'Hoogendijk-Verbeek',
        email: 'r.hoogendijk@voorbeeld.nl',
      })
      .expect(200);
    expect(fixed.body).toEqual({ id: personId, changed: ['lastName', 'email'], privacyRequestId: requestId });

    const after = await privacy.get(`/api/privacy-requests/${requestId}/rectification`).expect(200);
    expect(after.body.personalia).toMatchObject({ lastName: 'Hoogendijk-Verbeek', email: 'r.hoogendijk@voorbeeld.nl' });
    expect(after.body.corrections).toEqual([{ at: expect.any(String), fields: ['lastName', 'email'] }]);

    // Linked to the request, names only: no old or new value in clear in the link or the access log.
    const links = await dataSource.query(
      'SELECT * FROM public.rectification_corrections WHERE privacy_request_id = $1',
      [requestId],
    );
    expect(links).toHaveLength(1);
    const events = await eventsFor(requestId);
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'read',
          resource: 'person',
          purpose: 'rectification_request',
          person_ids: [personId],
        }),
        expect.objectContaining({
          action: 'update',
          resource: 'person',
          fields: ['email', 'lastName'], // the log keeps field names sorted
          purpose: 'rectification_request',
          person_ids: [personId],
        }),
      ]),
    );
    const trail = JSON.stringify({ links, events });
    for (const value of [oldLastName, 'Hoogendijk', 'voorbeeld.nl']) expect(trail).not.toContain(value);
    const [stored] = await dataSource.query('SELECT last_name, email FROM public.people WHERE id = $1', [personId]);
    expect(JSON.stringify(stored)).not.toMatch(/Hoogendijk|voorbeeld\.nl/);
    expect(stored.last_name).toMatch(/^sp1\.p\./);

    // With a correction made, refusing contradicts it; granting completes.
    const contradiction = await privacy
      .post(`/api/privacy-requests/${requestId}/complete`, { outcome: 'refused', note: 'Geweigerd' })
      .expect(400);
    expect(contradiction.body.fields).toEqual([{ field: 'outcome', code: 'INCONSISTENT' }]);
    const done = await privacy
      .post(`/api/privacy-requests/${requestId}/complete`, { outcome: 'granted', note: 'Naam en e-mail aangepast' })
      .expect(200);
    expect(done.body).toMatchObject({
      status: 'completed',
      outcome: 'granted',
      correctedFields: ['lastName', 'email'],
      outcomeReason: null,
    });

    // Completed: no more corrections under it, and the officer no longer reads the personalia through it.
    await privacy.patch(`/api/people/${personId}`, { privacyRequestId: requestId, phone: '06 9999 0000' }).expect(404);
    const closed = await privacy.get(`/api/privacy-requests/${requestId}/rectification`).expect(200);
    expect(closed.body).toMatchObject({ status: 'completed', personalia: null });
    expect(closed.body.corrections).toHaveLength(1);
  });

  it('completes without a correction only as refused with a reason code, which the participant reads', async () => {
    const participant = await seeded.as('participant@spoor.test');
    const filed = await participant
      .post('/api/privacy-requests', { type: 'rectification', details: 'Mijn geboortedatum klopt niet' })
      .expect(201);
    const privacy = await seeded.as('privacy@spoor.test');
    const noReason = await privacy
      .post(`/api/privacy-requests/${filed.body.id}/complete`, { outcome: 'refused', note: 'Gecontroleerd' })
      .expect(400);
    expect(noReason.body.fields).toEqual([{ field: 'reasonCode', code: 'REQUIRED' }]);
    const unknownReason = await privacy
      .post(`/api/privacy-requests/${filed.body.id}/complete`, {
        outcome: 'refused',
        note: 'Gecontroleerd',
        reasonCode: 'because',
      })
      .expect(400);
    expect(unknownReason.body.fields).toEqual([expect.objectContaining({ field: 'reasonCode' })]);
    await privacy
      .post(`/api/privacy-requests/${filed.body.id}/complete`, {
        outcome: 'refused',
        note: 'Geboortedatum gecontroleerd tegen het paspoort',
        reasonCode: 'no_change_needed',
      })
      .expect(200);

    const own = await participant.get('/api/privacy-requests').expect(200);
    expect(own.body.items.find((r: { id: string }) => r.id === filed.body.id)).toMatchObject({
      personId: participantPersonId,
      status: 'completed',
      outcome: 'refused',
      outcomeReason: 'no_change_needed',
      correctedFields: [],
    });
  });

  it('is for the privacy officer only: other roles are refused and change nothing', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const filed = await privacy.post('/api/privacy-requests', { type: 'rectification', personId }).expect(201);
    for (const email of ['coach@spoor.test', 'admin@spoor.test', 'participant@spoor.test'] as const) {
      const client = await seeded.as(email);
      await client.get(`/api/privacy-requests/${filed.body.id}/rectification`).expect(403);
      await client
        .post(`/api/privacy-requests/${filed.body.id}/complete`, {
          outcome: 'refused',
          note: 'x',
          reasonCode: 'no_change_needed',
        })
        .expect(403);
    }
    // A coach naming the request gains nothing from it: outside their caseload the person is not found.
    await (await seeded.as('coach2@spoor.test'))
      .patch(`/api/people/${personId}`, { privacyRequestId: filed.body.id, lastName: 'Ander' })
      .expect(404);
    const links = await dataSource.query(
      'SELECT count(*)::int AS n FROM public.rectification_corrections WHERE privacy_request_id = $1',
      [filed.body.id],
    );
    expect(links[0].n).toBe(0);
    // Another type of request has no rectification view.
    const access = await privacy.post('/api/privacy-requests', { type: 'access', personId }).expect(201);
    await privacy.get(`/api/privacy-requests/${access.body.id}/rectification`).expect(404);
  });
});
