import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createSeededApp, type SeededApp } from '../utils/seeded-app';
import type { TestClient } from '../utils/test-session';

/**
 * Issue 14 item 4, confirmed against the running app: filing an `access` request for any person and calling
 * `GET /api/privacy-requests/:id/export` handed the privacy officer the person's full special file. The
 * officer now answers such a request by delivering the export to the person; every route below is one the
 * officer could try to get at the content anyway.
 */
describe('attack: the privacy officer files an access request for a person and tries every route to the export\u2019s content', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let privacy: TestClient;
  let jan: { id: string; person_id: string };
  let requestId: string;
  let deliveryId: string;
  /** Values from Jan's file: personalia, the FML, health documents' names. None may reach the officer. */
  let secrets: string[];

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    [jan] = await dataSource.query("SELECT id, person_id FROM public.cases WHERE reference = 'RI-2026-0001'");
    privacy = await seeded.as('privacy@spoor.test');
    // What the person themselves gets: the yardstick for what must never reach the officer.
    const own = (await (await seeded.as('participant@spoor.test')).get('/api/me/export').expect(200)).body;
    const janCase = own.cases.find((c: { reference: string }) => c.reference === 'RI-2026-0001');
    expect(janCase.specialFile.fml[0].rubrieken).toHaveLength(6);
    secrets = [
      own.personalia.lastName,
      own.personalia.email,
      '"rubrieken"',
      '"firstSickDay"',
      '"prognosis"',
      ...janCase.specialFile.documents.map((d: { filename: string }) => d.filename),
    ].filter((s): s is string => typeof s === 'string' && s.length > 0);
    expect(secrets.length).toBeGreaterThan(4);
    const filed = await privacy.post('/api/privacy-requests', { type: 'access', personId: jan.person_id }).expect(201);
    requestId = filed.body.id;
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  const revealsNothing = (body: unknown) => {
    const text = JSON.stringify(body ?? null);
    for (const secret of secrets) expect(text).not.toContain(secret);
  };

  it('the old export route is gone (404 with a code), whatever the query asks for', async () => {
    for (const path of ['export', 'export?format=zip', 'export?format=json']) {
      const response = await privacy.get(`/api/privacy-requests/${requestId}/${path}`).expect(404);
      expect(response.body.code).toBe('NOT_FOUND');
      revealsNothing(response.body);
      expect(response.text).not.toContain('spoor-export/v1');
    }
  });

  it('the manifest, before and after delivery, holds sections, counts and sizes only', async () => {
    const before = await privacy.get(`/api/privacy-requests/${requestId}/manifest?include=content`).expect(200);
    revealsNothing(before.body);
    expect(Object.keys(before.body).sort()).toEqual(
      ['countedAt', 'delivery', 'personHasAccount', 'requestId', 'requestType', 'sections', 'totalBytes'].sort(),
    );
    for (const section of before.body.sections)
      expect(Object.keys(section).sort()).toEqual(['bytes', 'items', 'section']);
    const completed = await privacy
      .post(`/api/privacy-requests/${requestId}/complete`, { outcome: 'granted', note: 'Klaargezet in portaal.' })
      .expect(200);
    revealsNothing(completed.body);
    deliveryId = completed.body.exportDelivery.id;
    const after = await privacy.get(`/api/privacy-requests/${requestId}/manifest`).expect(200);
    revealsNothing(after.body);
    expect(after.body.delivery).toMatchObject({ id: deliveryId, status: 'available' });
  });

  it('the delivery download and the person\u2019s own export are the person\u2019s only', async () => {
    expect(deliveryId).toBeDefined();
    for (const path of [
      `/api/me/export-deliveries/${deliveryId}/download`,
      '/api/me/export-deliveries',
      '/api/me/export',
      '/api/me/export?format=zip',
    ]) {
      const response = await privacy.get(path);
      expect([403, 404]).toContain(response.status);
      revealsNothing(response.body);
    }
    // The delivery stays untouched: nobody downloaded it.
    const [row] = await dataSource.query('SELECT download_count FROM public.export_deliveries WHERE id = $1', [
      deliveryId,
    ]);
    expect(row.download_count).toBe(0);
  });

  it('document links from the export and the special file itself stay closed to the officer', async () => {
    // The officer may have learned ids from the access log: they open nothing.
    const documents: Array<{ id: string }> = await dataSource.query(
      'SELECT id FROM public.process_documents WHERE case_id = $1',
      [jan.id],
    );
    const own = (await (await seeded.as('participant@spoor.test')).get('/api/me/export').expect(200)).body;
    const healthDocuments = own.cases.flatMap(
      (c: { specialFile: { documents?: Array<{ id: string }> } | null }) => c.specialFile?.documents ?? [],
    );
    const ids = [...documents.map((d) => d.id), ...healthDocuments.map((d: { id: string }) => d.id)];
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const response = await privacy.get(`/api/documents/${id}/content`);
      expect([403, 404]).toContain(response.status);
      expect(response.headers['content-type'] ?? '').not.toMatch(/pdf|image/);
    }
    const special = await privacy.get(`/api/cases/${jan.id}/special-file`);
    expect([403, 404]).toContain(special.status);
    revealsNothing(special.body);
    // Break-the-glass is for a coach or labour expert with a reason, not for the officer.
    const glass = await privacy.post(`/api/cases/${jan.id}/break-glass`, {
      reason: 'Ik wil het verzoek controleren voor ik het afhandel.',
    });
    expect([403, 404]).toContain(glass.status);
    revealsNothing(glass.body);
  });

  it('every try is on the record: the manifest reads and the refusals name the person', async () => {
    const events: Array<{ resource: string; outcome: string }> = await dataSource.query(
      `SELECT resource, outcome FROM audit.access_events
        WHERE actor_role = 'privacy_officer' AND person_ids @> ARRAY[$1::uuid] ORDER BY id`,
      [jan.person_id],
    );
    expect(events.filter((e) => e.resource === 'export_manifest' && e.outcome === 'allowed')).toHaveLength(2);
    // No event ever records that the officer received an export of this person.
    expect(events.filter((e) => e.resource === 'export_delivery' && e.outcome === 'allowed')).toEqual([]);
  });
});
