import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createSeededApp, type DemoEmail, type SeededApp } from '../../test/utils/seeded-app';

const VIEW_FIELDS = [
  'completedAt',
  'endDate',
  'id',
  'legalHold',
  'organisationName',
  'personId',
  'processingRestricted',
  'reference',
  'startDate',
  'status',
  'type',
];

describe('privacy officer: cases for legal holds and restrictions', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let officerId: string;

  const lastEvent = async () =>
    (
      await dataSource.query(
        'SELECT action, outcome, resource, case_id, person_ids, fields FROM audit.access_events WHERE actor_id = $1 ORDER BY id DESC LIMIT 1',
        [officerId],
      )
    )[0];

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    officerId = (await (await seeded.as('privacy@spoor.test')).get('/api/auth/me')).body.user.id;
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('lists cases with administrative facts only, searchable by reference and person, and logs whose they are', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const all = await privacy.get('/api/privacy/cases?pageSize=100').expect(200);
    const [{ total }] = await dataSource.query('SELECT count(*)::int AS total FROM public.cases');
    expect(all.body.total).toBe(total);
    for (const item of all.body.items) expect(Object.keys(item).sort()).toEqual(VIEW_FIELDS);
    // No names, contact details or content: the FG oversees processing, not the programme.
    const text = JSON.stringify(all.body);
    for (const phrase of ['de Vries', 'Voorbeeldstraat', 'participant@spoor.test', 'Sanne Jacobs'])
      expect(text).not.toContain(phrase);
    const event = await lastEvent();
    expect(event).toMatchObject({ action: 'list', outcome: 'allowed', resource: 'case' });
    expect(event.person_ids.length).toBe(
      new Set(all.body.items.map((item: { personId: string }) => item.personId)).size,
    );

    const byReference = await privacy.get('/api/privacy/cases?q=ri-2026-0001').expect(200);
    expect(byReference.body.items.map((item: { reference: string }) => item.reference)).toEqual(['RI-2026-0001']);
    const personId = byReference.body.items[0].personId;
    const byPerson = await privacy.get(`/api/privacy/cases?personId=${personId}`).expect(200);
    const [{ ofPerson }] = await dataSource.query(
      'SELECT count(*)::int AS "ofPerson" FROM public.cases WHERE person_id = $1',
      [personId],
    );
    expect(ofPerson).toBeLessThan(total);
    expect(byPerson.body.total).toBe(ofPerson);
    expect(byPerson.body.items.map((item: { personId: string }) => item.personId)).toEqual(
      Array<string>(ofPerson).fill(personId),
    );
  });

  it('shows a legal hold with its reason and author, and finds the cases under one', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const [target] = await dataSource.query(
      "SELECT id, person_id FROM public.cases WHERE status = 'completed' ORDER BY reference LIMIT 1",
    );
    const before = await privacy.get(`/api/privacy/cases/${target.id}`).expect(200);
    expect(before.body).toMatchObject({
      id: target.id,
      legalHold: false,
      legalHoldReason: null,
      legalHoldByName: null,
    });

    await privacy
      .put(`/api/cases/${target.id}/legal-hold`, { hold: true, reason: 'Procedure bij de kantonrechter' })
      .expect(200);
    const held = await privacy.get(`/api/privacy/cases/${target.id}`).expect(200);
    expect(held.body).toMatchObject({
      legalHold: true,
      legalHoldReason: 'Procedure bij de kantonrechter',
      legalHoldByName: 'Pieter de Graaf',
      legalHoldAt: expect.any(String),
    });
    const event = await lastEvent();
    expect(event).toMatchObject({
      action: 'read',
      outcome: 'allowed',
      resource: 'case',
      case_id: target.id,
      person_ids: [target.person_id],
    });

    const onHold = await privacy.get('/api/privacy/cases?legalHold=true').expect(200);
    expect(onHold.body.items.map((item: { id: string }) => item.id)).toEqual([target.id]);

    await privacy.put(`/api/cases/${target.id}/legal-hold`, { hold: false }).expect(200);
    const released = await privacy.get(`/api/privacy/cases/${target.id}`).expect(200);
    expect(released.body).toMatchObject({ legalHold: false, legalHoldReason: null });
    expect((await privacy.get('/api/privacy/cases?legalHold=true').expect(200)).body.total).toBe(0);
  });

  it('finds restricted cases, and shows them unrestricted once the restriction is lifted', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const [target] = await dataSource.query(
      "SELECT id, person_id FROM public.cases WHERE status = 'active' ORDER BY reference DESC LIMIT 1",
    );
    await dataSource.query('UPDATE public.cases SET processing_restricted = true WHERE person_id = $1', [
      target.person_id,
    ]);
    const restricted = await privacy.get('/api/privacy/cases?restricted=true').expect(200);
    expect(restricted.body.items.map((item: { personId: string }) => item.personId)).toEqual(
      restricted.body.items.map(() => target.person_id),
    );
    expect(restricted.body.items.some((item: { id: string }) => item.id === target.id)).toBe(true);

    await privacy.post(`/api/people/${target.person_id}/restriction/lift`).expect(200);
    expect((await privacy.get(`/api/privacy/cases/${target.id}`).expect(200)).body.processingRestricted).toBe(false);
    expect((await privacy.get('/api/privacy/cases?restricted=true').expect(200)).body.total).toBe(0);
  });

  it('refuses bad parameters with 400 naming them, and an unknown case with 404', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const cases: Array<[string, string]> = [
      ['legalHold=ja', 'legalHold must be true or false'],
      ['restricted=1', 'restricted must be true or false'],
      ['personId=jan', 'personId must be a UUID'],
      ['pageSize=500', 'pageSize must be at most 100'],
      [`q=${'R'.repeat(101)}`, 'q must be at most 100 characters'],
    ];
    for (const [query, message] of cases) {
      const response = await privacy.get(`/api/privacy/cases?${query}`);
      expect({ query, status: response.status, message: response.body.message }).toEqual({
        query,
        status: 400,
        message: expect.arrayContaining([message]),
      });
    }
    await privacy.get('/api/privacy/cases/not-a-case').expect(400);
    const missing = await privacy.get('/api/privacy/cases/00000000-0000-4000-8000-000000000000').expect(404);
    expect(missing.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: 'Case not found', error: 'Not Found' });
    expect(await lastEvent()).toMatchObject({ action: 'read', outcome: 'denied', resource: 'case' });
  });

  it('is for the privacy officer only: 403 for every other role, 401 without a session', async () => {
    const [any] = await dataSource.query('SELECT id FROM public.cases LIMIT 1');
    const others: DemoEmail[] = [
      'admin@spoor.test',
      'coach@spoor.test',
      'expert@spoor.test',
      'client@acme.spoor.test',
      'participant@spoor.test',
    ];
    for (const email of others) {
      const client = await seeded.as(email);
      const list = await client.get('/api/privacy/cases');
      const detail = await client.get(`/api/privacy/cases/${any.id}`);
      expect({ email, list: list.status, detail: detail.status }).toEqual({ email, list: 403, detail: 403 });
    }
    await request(seeded.app.getHttpServer()).get('/api/privacy/cases').expect(401);
  });
});
