import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';

interface EventRow {
  actor_role: string;
  action: string;
  outcome: string;
  case_id: string | null;
  person_ids: string[];
  fields: string[];
}

/** Contact details of the new people: none of them may ever reach the client contact. */
const FEMKE = {
  firstName: 'Femke',
  lastName: 'Zwanenburg',
  email: 'femke.zwanenburg@voorbeeld.nl',
  phone: '06 1234 9876',
  birthDate: '1984-02-29',
  address: 'Lindelaan 7, 1234 AB Amersfoort',
};
const HIDDEN = [FEMKE.email, FEMKE.phone, FEMKE.birthDate, FEMKE.address, 'personEmail', 'personPhone'];

/**
 * Issue 17: the employer contact tells its cases apart by its own employee's name and its own reference (a
 * personnel number), searches its own cases by them, and still never sees contact details, a birth date, an
 * address, or another organisation's employees.
 */
describe('cases: the client contact knows its own employees by name and by its own reference, and only those', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  const ids = { acme: '', globex: '', coach: '', acmeCase: '', acmePerson: '', globexCase: '', otherGlobexCase: '' };

  const lastEvent = async (): Promise<EventRow> =>
    (await dataSource.query('SELECT * FROM audit.access_events ORDER BY id DESC LIMIT 1'))[0];

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    const organisations: Array<{ id: string; name: string }> = await dataSource.query(
      'SELECT id, name FROM public.organisations',
    );
    ids.acme = organisations.find((o) => o.name === 'Acme Logistiek')?.id as string;
    ids.globex = organisations.find((o) => o.name === 'Globex Zorggroep')?.id as string;
    ids.coach = (await (await seeded.as('coach@spoor.test')).get('/api/auth/me')).body.user.id;
    const admin = await seeded.as('admin@spoor.test');
    const open = async (organisationId: string, person: object, clientReference?: string) =>
      (
        await admin
          .post('/api/cases', {
            type: 'outplacement',
            organisationId,
            startDate: '2026-12-01',
            coachId: ids.coach,
            person,
            ...(clientReference ? { clientReference } : {}),
          })
          .expect(201)
      ).body;
    const acmeCase = await open(ids.acme, FEMKE, 'P-10234');
    ids.acmeCase = acmeCase.id;
    ids.acmePerson = acmeCase.personId;
    // The same last name and the same personnel number at another employer.
    ids.globexCase = (await open(ids.globex, { firstName: 'Ruud', lastName: 'Zwanenburg' }, 'P-10234')).id;
    ids.otherGlobexCase = (
      await open(ids.globex, { firstName: 'Karin', lastName: 'Quist-Oosterwolde' }, 'KP 77/12')
    ).id;
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it("shows the client its own employee's name and its own reference, in the list and on the case", async () => {
    const client = await seeded.as('client@acme.spoor.test');
    const detail = await client.get(`/api/cases/${ids.acmeCase}`).expect(200);
    expect(detail.body).toMatchObject({ personName: 'Femke Zwanenburg', clientReference: 'P-10234' });
    const list = await client.get('/api/cases?pageSize=100').expect(200);
    expect(list.body.items.find((item: { id: string }) => item.id === ids.acmeCase)).toMatchObject({
      personName: 'Femke Zwanenburg',
      clientReference: 'P-10234',
    });
    // Every case on the page carries the name field (the demo's own cases too; null after an erasure).
    for (const item of list.body.items) expect('personName' in item).toBe(true);
    for (const body of [detail.body, list.body]) {
      const text = JSON.stringify(body);
      for (const hidden of [...HIDDEN, 'personBirthDate', 'personAddress', 'personId'])
        expect({ hidden, found: text.includes(hidden) }).toEqual({ hidden, found: false });
      // Another organisation's employees are not on the page at all.
      expect(text).not.toContain('Ruud Zwanenburg');
      expect(text).not.toContain('Oosterwolde');
    }
  });

  it("never shows the client another organisation's employee, as a case or by name", async () => {
    const client = await seeded.as('client@acme.spoor.test');
    for (const id of [ids.globexCase, ids.otherGlobexCase]) {
      const response = await client.get(`/api/cases/${id}`).expect(404);
      expect(JSON.stringify(response.body)).not.toMatch(/Ruud|Karin|Zwanenburg|Oosterwolde|KP 77/);
    }
    const globex = await seeded.as('client@globex.spoor.test');
    const own = await globex.get(`/api/cases/${ids.globexCase}`).expect(200);
    expect(own.body).toMatchObject({ personName: 'Ruud Zwanenburg', clientReference: 'P-10234' });
    await globex.get(`/api/cases/${ids.acmeCase}`).expect(404);
  });

  it('finds its own case by last name or by its own reference (exact, any case), never another organisation’s', async () => {
    const acme = await seeded.as('client@acme.spoor.test');
    const search = async (q: string) =>
      (await acme.get(`/api/cases?pageSize=100&q=${encodeURIComponent(q)}`).expect(200)).body as {
        items: Array<{ id: string }>;
        total: number;
      };
    for (const q of ['Zwanenburg', '  zwanenburg ', 'ZWANENBURG', 'P-10234', 'p-10234']) {
      const found = await search(q);
      // The count is of its own cases only: Ruud Zwanenburg at Globex (same name, same number) is not counted.
      expect({ q, total: found.total, ids: found.items.map((c) => c.id) }).toEqual({
        q,
        total: 1,
        ids: [ids.acmeCase],
      });
    }
    // A name or a reference that exists only at another organisation: nothing, not even a count.
    for (const q of ['Quist-Oosterwolde', 'KP 77/12', 'Ruud Zwanenburg', 'Zwanen'])
      expect({ q, ...(await search(q)) }).toEqual({ q, items: [], total: 0 });
    // The client may not read e-mail addresses, so it cannot search by one either (no oracle for contact data).
    expect(await search(FEMKE.email)).toEqual({ items: [], total: 0 });

    const globex = await seeded.as('client@globex.spoor.test');
    const theirs = (await globex.get('/api/cases?q=zwanenburg').expect(200)).body;
    expect({ total: theirs.total, ids: theirs.items.map((c: { id: string }) => c.id) }).toEqual({
      total: 1,
      ids: [ids.globexCase],
    });
    // The coach, who sees e-mail addresses, still finds by one.
    const coach = await seeded.as('coach@spoor.test');
    const byEmail = (await coach.get(`/api/cases?q=${encodeURIComponent(FEMKE.email)}`).expect(200)).body;
    expect(byEmail.items.map((c: { id: string }) => c.id)).toEqual([ids.acmeCase]);
  });

  it("names the person and the name field in the client's access events, never a value", async () => {
    const client = await seeded.as('client@acme.spoor.test');
    await client.get(`/api/cases/${ids.acmeCase}`).expect(200);
    const read = await lastEvent();
    expect(read).toMatchObject({
      actor_role: 'client',
      action: 'read',
      outcome: 'allowed',
      case_id: ids.acmeCase,
      person_ids: [ids.acmePerson],
    });
    expect(read.fields).toEqual(expect.arrayContaining(['personName', 'clientReference']));
    expect(read.fields).not.toContain('personEmail');
    await client.get('/api/cases?q=Zwanenburg').expect(200);
    const search = await lastEvent();
    expect(search).toMatchObject({ actor_role: 'client', action: 'list', person_ids: [ids.acmePerson] });
    expect(search.fields).toEqual(expect.arrayContaining(['personName', 'clientReference']));
    const text = JSON.stringify([read, search]);
    for (const value of ['Femke', 'Zwanenburg', 'P-10234']) expect(text).not.toContain(value);
  });

  it('stores the reference encrypted under the person’s key, with a blind index only', async () => {
    const [row] = await dataSource.query(
      'SELECT client_reference, client_reference_index FROM public.cases WHERE id = $1',
      [ids.acmeCase],
    );
    expect(row.client_reference).toMatch(/^sp1\.p\./);
    expect(row.client_reference).not.toContain('10234');
    expect(row.client_reference_index).toMatch(/^[A-Za-z0-9_-]{22}$/);
    // PostgreSQL itself refuses plaintext in the column.
    await expect(
      dataSource.query("UPDATE public.cases SET client_reference = 'P-10234' WHERE id = $1", [ids.acmeCase]),
    ).rejects.toThrow(/client_reference_encrypted/);
  });

  it('refuses a reference that is too long or holds other characters with a 400 naming the field; nothing is written', async () => {
    const admin = await seeded.as('admin@spoor.test');
    const [{ before }] = await dataSource.query('SELECT count(*)::int AS before FROM public.cases');
    for (const [clientReference, code] of [
      ['P'.repeat(41), 'TOO_LONG'],
      ['', 'TOO_SHORT'],
      ['<script>', 'INVALID_FORMAT'],
      ['P-1; DROP', 'INVALID_FORMAT'],
      [' P-1', 'INVALID_FORMAT'],
      [12345, 'INVALID_FORMAT'],
    ] as const) {
      const response = await admin
        .post('/api/cases', {
          type: 'outplacement',
          organisationId: ids.acme,
          startDate: '2026-12-01',
          person: { firstName: 'Test', lastName: 'Persoon' },
          clientReference,
        })
        .expect(400);
      expect({ clientReference, fields: response.body.fields }).toEqual({
        clientReference,
        fields: expect.arrayContaining([expect.objectContaining({ field: 'clientReference', code })]),
      });
      expect(JSON.stringify(response.body.message)).toContain('clientReference');
    }
    const [{ after }] = await dataSource.query('SELECT count(*)::int AS after FROM public.cases');
    expect(after).toBe(before);
  });

  it("lets the case's coach and the admin enter, correct and remove it; nobody else", async () => {
    const version = async () =>
      (await dataSource.query('SELECT version FROM public.cases WHERE id = $1', [ids.acmeCase]))[0].version as number;
    const coach = await seeded.as('coach@spoor.test');
    const changed = await coach
      .put(`/api/cases/${ids.acmeCase}/client-reference`, { clientReference: 'KP 4100/7', version: await version() })
      .expect(200);
    expect(changed.body.clientReference).toBe('KP 4100/7');
    const event = await lastEvent();
    expect(event).toMatchObject({ actor_role: 'coach', action: 'update', case_id: ids.acmeCase });
    expect(event.fields).toEqual(['clientReference']);
    // A stale version overwrites nothing.
    const stale = await coach
      .put(`/api/cases/${ids.acmeCase}/client-reference`, { clientReference: 'X-1', version: 1 })
      .expect(409);
    expect(stale.body.code).toBe('CASE_VERSION_STALE');
    const bad = await coach
      .put(`/api/cases/${ids.acmeCase}/client-reference`, { clientReference: 'a\nb', version: await version() })
      .expect(400);
    expect(bad.body.fields).toEqual([expect.objectContaining({ field: 'clientReference', code: 'INVALID_FORMAT' })]);
    const missing = await coach.put(`/api/cases/${ids.acmeCase}/client-reference`, { version: await version() });
    expect(missing.status).toBe(400);
    expect(missing.body.fields).toEqual([expect.objectContaining({ field: 'clientReference', code: 'REQUIRED' })]);

    const client = await seeded.as('client@acme.spoor.test');
    expect((await client.get(`/api/cases/${ids.acmeCase}`).expect(200)).body.clientReference).toBe('KP 4100/7');
    // The old number no longer finds it; the new one does.
    expect((await client.get('/api/cases?q=P-10234').expect(200)).body.total).toBe(0);
    expect((await client.get(`/api/cases?q=${encodeURIComponent('kp 4100/7')}`).expect(200)).body.total).toBe(1);

    for (const [email, status] of [
      ['client@acme.spoor.test', 403],
      ['participant@spoor.test', 403],
      ['expert@spoor.test', 403],
      ['privacy@spoor.test', 403],
      ['coach2@spoor.test', 404],
    ] as const) {
      const other = await seeded.as(email);
      const response = await other.put(`/api/cases/${ids.acmeCase}/client-reference`, {
        clientReference: 'HACKED',
        version: await version(),
      });
      expect({ email, status: response.status }).toEqual({ email, status });
    }

    const admin = await seeded.as('admin@spoor.test');
    const cleared = await admin
      .put(`/api/cases/${ids.acmeCase}/client-reference`, { clientReference: null, version: await version() })
      .expect(200);
    expect(cleared.body.clientReference).toBeNull();
    const [row] = await dataSource.query(
      'SELECT client_reference, client_reference_index FROM public.cases WHERE id = $1',
      [ids.acmeCase],
    );
    expect(row).toEqual({ client_reference: null, client_reference_index: null });
    expect((await client.get(`/api/cases/${ids.acmeCase}`).expect(200)).body.clientReference).toBeNull();
  });

  it("forgets the reference with the person: after an erasure the client sees neither name nor reference, and can't find them", async () => {
    const [{ personId }] = await dataSource.query('SELECT person_id AS "personId" FROM public.cases WHERE id = $1', [
      ids.otherGlobexCase,
    ]);
    await dataSource.query("UPDATE public.cases SET status = 'completed', completed_at = now() WHERE id = $1", [
      ids.otherGlobexCase,
    ]);
    const privacy = await seeded.as('privacy@spoor.test');
    const filed = await privacy.post('/api/privacy-requests', { type: 'erasure', personId }).expect(201);
    await privacy
      .post(`/api/privacy-requests/${filed.body.id}/complete`, { outcome: 'granted', note: 'Gewist.' })
      .expect(200);
    const [row] = await dataSource.query('SELECT client_reference_index FROM public.cases WHERE id = $1', [
      ids.otherGlobexCase,
    ]);
    expect(row.client_reference_index).toBeNull();
    const globex = await seeded.as('client@globex.spoor.test');
    const shell = await globex.get(`/api/cases/${ids.otherGlobexCase}`).expect(200);
    expect(shell.body).toMatchObject({ personName: null, clientReference: null });
    expect((await globex.get(`/api/cases?q=${encodeURIComponent('KP 77/12')}`).expect(200)).body.total).toBe(0);
    // Nothing new is attached to an erased person.
    const admin = await seeded.as('admin@spoor.test');
    const refused = await admin
      .put(`/api/cases/${ids.otherGlobexCase}/client-reference`, { clientReference: 'KP 1', version: 1_000 })
      .expect(409);
    expect(refused.body.code).toBe('PERSON_ERASED');
  });
});
