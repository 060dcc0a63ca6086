import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createSeededApp, type DemoEmail, type SeededApp } from '../../test/utils/seeded-app';

describe('admin: client organisations (create, edit, encrypted contact)', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let adminId: string;

  const lastEvent = async () =>
    (
      await dataSource.query(
        'SELECT action, outcome, resource, resource_id, person_ids, fields FROM audit.access_events WHERE actor_id = $1 ORDER BY id DESC LIMIT 1',
        [adminId],
      )
    )[0];

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    adminId = (await (await seeded.as('admin@spoor.test')).get('/api/auth/me')).body.user.id;
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('creates an organisation with a contact, stores the contact only encrypted, and logs the fields', async () => {
    const admin = await seeded.as('admin@spoor.test');
    const created = await admin
      .post('/api/admin/organisations', {
        name: '  Initech Zorg  ',
        kvkNumber: '24681357',
        contactName: 'Petra Smit',
        contactEmail: 'P.Smit@Initech.example',
        contactPhone: '+31 30 765 4321',
      })
      .expect(201);
    expect(created.body).toMatchObject({
      id: expect.any(String),
      name: 'Initech Zorg',
      kvkNumber: '24681357',
      contactName: 'Petra Smit',
      contactEmail: 'p.smit@initech.example',
      contactPhone: '+31 30 765 4321',
    });

    const [row] = await dataSource.query(
      'SELECT name, contact_name, contact_email, contact_phone FROM public.organisations WHERE id = $1',
      [created.body.id],
    );
    expect(row.name).toBe('Initech Zorg');
    for (const column of ['contact_name', 'contact_email', 'contact_phone']) expect(row[column]).toMatch(/^sp1\.p\./);
    expect(JSON.stringify(row)).not.toContain('Petra');

    const event = await lastEvent();
    expect(event).toMatchObject({
      action: 'create',
      outcome: 'allowed',
      resource: 'organisation',
      resource_id: created.body.id,
    });
    expect(event.fields).toEqual(['contactEmail', 'contactName', 'contactPhone', 'kvkNumber', 'name']);
    expect(JSON.stringify(event)).not.toContain('Petra');

    const list = await admin.get('/api/admin/organisations').expect(200);
    expect(list.body.items.map((o: { name: string }) => o.name)).toEqual([
      'Acme Logistiek',
      'Globex Zorggroep',
      'Initech Zorg',
    ]);
    expect(list.body.items.find((o: { id: string }) => o.id === created.body.id)).toMatchObject({
      contactName: 'Petra Smit',
    });
    expect(list.body.items[0]).toMatchObject({
      name: 'Acme Logistiek',
      contactName: 'Marloes Brink',
      contactEmail: 'hr@acme-logistiek.example',
    });
    expect((await lastEvent()).fields).toEqual(expect.arrayContaining(['contactName', 'contactEmail']));
  });

  it('edits only the fields sent, removes a contact field sent as null, and refuses an empty change', async () => {
    const admin = await seeded.as('admin@spoor.test');
    const { body: created } = await admin
      .post('/api/admin/organisations', {
        name: 'Hooli Bouw',
        kvkNumber: '13572468',
        contactName: 'Kees de Boer',
        contactPhone: '010 123 4567',
      })
      .expect(201);
    const edited = await admin
      .patch(`/api/admin/organisations/${created.id}`, {
        name: 'Hooli Bouw B.V.',
        contactPhone: null,
        contactEmail: 'kees@hooli.example',
      })
      .expect(200);
    expect(edited.body).toMatchObject({
      name: 'Hooli Bouw B.V.',
      kvkNumber: '13572468',
      contactName: 'Kees de Boer',
      contactPhone: null,
      contactEmail: 'kees@hooli.example',
    });
    const event = await lastEvent();
    expect(event).toMatchObject({ action: 'update', resource: 'organisation', resource_id: created.id });
    expect(event.fields).toEqual(['contactEmail', 'contactPhone', 'name']);

    const empty = await admin.patch(`/api/admin/organisations/${created.id}`, {}).expect(400);
    expect(empty.body.message).toEqual([
      'send at least one of name, kvkNumber, contactName, contactEmail, contactPhone',
    ]);
    const nullName = await admin.patch(`/api/admin/organisations/${created.id}`, { name: null }).expect(400);
    expect(nullName.body.message).toContain('name must be 2 to 200 characters');
  });

  it('refuses bad input with 400 naming the field, and never stores it', async () => {
    const admin = await seeded.as('admin@spoor.test');
    const cases: Array<[object, string]> = [
      [{ name: 'Kort KvK', kvkNumber: '1234567' }, 'kvkNumber must be 8 digits'],
      [{ name: 'Letters KvK', kvkNumber: '1234567a' }, 'kvkNumber must be 8 digits'],
      [{ name: 'Getal KvK', kvkNumber: 12345678 }, 'kvkNumber must be 8 digits'],
      [{ kvkNumber: '11223344' }, 'name must be 2 to 200 characters'],
      [{ name: 'X', kvkNumber: '11223344' }, 'name must be 2 to 200 characters'],
      [
        { name: 'Mail BV', kvkNumber: '11223344', contactEmail: 'geen-adres' },
        'contactEmail must be an e-mail address',
      ],
      [
        { name: 'Telefoon BV', kvkNumber: '11223344', contactPhone: 'bel me' },
        'contactPhone must be a phone number (6 to 20 digits, spaces, +, - or parentheses)',
      ],
      [{ name: 'Naam BV', kvkNumber: '11223344', contactName: 'A' }, 'contactName must be 2 to 120 characters'],
      [{ name: 'Extra BV', kvkNumber: '11223344', iban: 'NL00' }, 'iban is not a known field'],
    ];
    for (const [body, message] of cases) {
      const response = await admin.post('/api/admin/organisations', body);
      expect({ body, status: response.status, message: response.body.message }).toEqual({
        body,
        status: 400,
        message: expect.arrayContaining([message]),
      });
    }
    const [{ count }] = await dataSource.query(
      "SELECT count(*)::int AS count FROM public.organisations WHERE kvk_number = '11223344'",
    );
    expect(count).toBe(0);
    const [acme] = await dataSource.query("SELECT id FROM public.organisations WHERE name = 'Acme Logistiek'");
    const patch = await admin.patch(`/api/admin/organisations/${acme.id}`, { kvkNumber: '123' }).expect(400);
    expect(patch.body.message).toEqual(['kvkNumber must be 8 digits']);
    await admin.patch('/api/admin/organisations/not-a-uuid', { name: 'Nieuw' }).expect(400);
  });

  it('answers 409 for a KvK number in use and 404 for an unknown organisation', async () => {
    const admin = await seeded.as('admin@spoor.test');
    const duplicate = await admin
      .post('/api/admin/organisations', { name: 'Tweede Acme', kvkNumber: '12345678' })
      .expect(409);
    expect(duplicate.body).toEqual({
      statusCode: 409,
      code: 'KVK_NUMBER_TAKEN',
      message: 'kvkNumber is already in use by another organisation',
      error: 'Conflict',
    });
    const [globex] = await dataSource.query("SELECT id FROM public.organisations WHERE name = 'Globex Zorggroep'");
    await admin.patch(`/api/admin/organisations/${globex.id}`, { kvkNumber: '12345678' }).expect(409);
    // Its own number is no conflict.
    await admin
      .patch(`/api/admin/organisations/${globex.id}`, { kvkNumber: '87654321', name: 'Globex Zorggroep' })
      .expect(200);
    const missing = await admin
      .patch('/api/admin/organisations/00000000-0000-4000-8000-000000000000', { name: 'Niemand' })
      .expect(404);
    expect(missing.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'Organisation not found',
      error: 'Not Found',
    });
  });

  it('lets only the admin create or edit organisations (403 for every other role, logged as denied)', async () => {
    const [acme] = await dataSource.query("SELECT id FROM public.organisations WHERE name = 'Acme Logistiek'");
    const others: DemoEmail[] = [
      'privacy@spoor.test',
      'coach@spoor.test',
      'expert@spoor.test',
      'client@acme.spoor.test',
      'participant@spoor.test',
    ];
    for (const email of others) {
      const client = await seeded.as(email);
      const created = await client.post('/api/admin/organisations', { name: 'Eigen BV', kvkNumber: '99887766' });
      const edited = await client.patch(`/api/admin/organisations/${acme.id}`, { name: 'Overgenomen' });
      expect({ email, create: created.status, edit: edited.status }).toEqual({ email, create: 403, edit: 403 });
    }
    const clientId = (await (await seeded.as('client@acme.spoor.test')).get('/api/auth/me')).body.user.id;
    const [denied] = await dataSource.query(
      "SELECT outcome, resource FROM audit.access_events WHERE actor_id = $1 AND action = 'update' ORDER BY id DESC LIMIT 1",
      [clientId],
    );
    expect(denied).toEqual({ outcome: 'denied', resource: 'organisation' });
    const [{ name }] = await dataSource.query('SELECT name FROM public.organisations WHERE id = $1', [acme.id]);
    expect(name).toBe('Acme Logistiek');
    await request(seeded.app.getHttpServer())
      .post('/api/admin/organisations')
      .send({ name: 'Anoniem', kvkNumber: '99887766' })
      .expect(403); // no CSRF token
  });
});
