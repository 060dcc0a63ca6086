import { getDataSourceToken } from '@nestjs/typeorm';
import { EXPORT_MANIFEST_SECTIONS } from '@spoor/domain';
import type { DataSource } from 'typeorm';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';
import { queryAs } from '../../test/utils/test-database';
import type { TestClient } from '../../test/utils/test-session';
import { binaryBody, zipEntries } from '../../test/utils/zip-entries';

const binary = binaryBody as unknown as Parameters<ReturnType<TestClient['get']>['parse']>[0];

/** Values of the demo data that must never reach the privacy officer through an export. */
const CONTENT = [
  'de Vries',
  'Voorbeeldstraat',
  '030 123 4567',
  'participant@spoor.test',
  'rubrieken',
  'firstSickDay',
  'bedrijfsarts',
  'werkhervatting',
  'Passend: administratief',
];
const DAY = 24 * 3600_000;

describe('export delivery: an access or portability request is answered in the person\u2019s own portal', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let jan: { id: string; person_id: string };
  let withoutAccount: { person_id: string };

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    [jan] = await dataSource.query("SELECT id, person_id FROM public.cases WHERE reference = 'RI-2026-0001'");
    [withoutAccount] = await dataSource.query(
      `SELECT c.person_id FROM public.cases c
        WHERE NOT EXISTS (SELECT 1 FROM public.users u WHERE u.person_id = c.person_id) AND c.status = 'active'
        LIMIT 1`,
    );
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  const lastEvent = async (resource: string, resourceId: string) =>
    (
      await dataSource.query(
        `SELECT actor_role, action, outcome, purpose, person_ids::text[] AS person_ids, fields
           FROM audit.access_events WHERE resource = $1 AND resource_id = $2 ORDER BY id DESC LIMIT 1`,
        [resource, resourceId],
      )
    )[0];

  it('shows the officer a manifest of sections, counts and sizes, never a value, and no longer the export itself', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const filed = await privacy.post('/api/privacy-requests', { type: 'access', personId: jan.person_id }).expect(201);
    // The route that used to hand over the whole special file is gone: 404 with a code, and nothing else.
    const old = await privacy.get(`/api/privacy-requests/${filed.body.id}/export`).expect(404);
    expect(old.body).toMatchObject({ code: 'NOT_FOUND' });
    for (const value of CONTENT) expect(JSON.stringify(old.body)).not.toContain(value);

    const manifest = await privacy.get(`/api/privacy-requests/${filed.body.id}/manifest`).expect(200);
    expect(manifest.headers['cache-control']).toBe('no-store');
    expect(manifest.body).toMatchObject({
      requestId: filed.body.id,
      requestType: 'access',
      personHasAccount: true,
      delivery: null,
    });
    const sections = manifest.body.sections as Array<{ section: string; items: number; bytes: number }>;
    expect(sections.map((s) => s.section)).toEqual([...EXPORT_MANIFEST_SECTIONS]);
    const of = (name: string) => sections.find((s) => s.section === name);
    expect(of('cases')?.items).toBe(1);
    expect(of('specialFile')?.items).toBe(1);
    expect(of('specialFile')?.bytes).toBeGreaterThan(0);
    expect(manifest.body.totalBytes).toBe(sections.reduce((sum, s) => sum + s.bytes, 0));
    for (const value of CONTENT) expect(JSON.stringify(manifest.body)).not.toContain(value);
    expect(await lastEvent('export_manifest', filed.body.id)).toMatchObject({
      actor_role: 'privacy_officer',
      action: 'read',
      outcome: 'allowed',
      person_ids: [jan.person_id],
    });
    // Not for other request types, other roles, or unknown requests.
    const objection = await privacy
      .post('/api/privacy-requests', { type: 'objection', personId: jan.person_id })
      .expect(201);
    await privacy.get(`/api/privacy-requests/${objection.body.id}/manifest`).expect(409);
    await (await seeded.as('coach@spoor.test')).get(`/api/privacy-requests/${filed.body.id}/manifest`).expect(403);
    await privacy.get('/api/privacy-requests/00000000-0000-4000-8000-000000000000/manifest').expect(404);
  });

  it('delivers the export to the person on completion; they download it in their portal, each download logged', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const participant = await seeded.as('participant@spoor.test');
    const filed = await privacy.post('/api/privacy-requests', { type: 'access', personId: jan.person_id }).expect(201);
    const completed = await privacy
      .post(`/api/privacy-requests/${filed.body.id}/complete`, { outcome: 'granted', note: 'Klaargezet in portaal.' })
      .expect(200);
    const delivery = completed.body.exportDelivery;
    expect(delivery).toMatchObject({ status: 'available', downloadedAt: null, downloadCount: 0 });
    expect(Date.parse(delivery.expiresAt) - Date.parse(delivery.availableAt)).toBe(30 * DAY);
    for (const value of CONTENT) expect(JSON.stringify(completed.body)).not.toContain(value);

    const own = await participant.get('/api/me/export-deliveries').expect(200);
    expect(own.body.items).toEqual([
      expect.objectContaining({
        id: delivery.id,
        requestId: filed.body.id,
        requestType: 'access',
        status: 'available',
      }),
    ]);
    const downloaded = await participant
      .get(`/api/me/export-deliveries/${delivery.id}/download`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(downloaded.headers['cache-control']).toBe('no-store');
    expect(downloaded.headers['content-disposition']).toContain('attachment');
    // Exactly what the person gets themselves: their personalia, their case with its special file (the whole
    // package is examined in export-package.integration-spec.ts).
    const data = JSON.parse((await zipEntries(downloaded.body)).get('gegevens.json')?.toString('utf8') ?? '{}');
    expect(data).toMatchObject({ format: 'spoor-export/v2', personalia: { lastName: 'de Vries' } });
    expect(data.cases[0].specialFile.fml[0].rubrieken).toHaveLength(6);
    expect(await lastEvent('export_delivery', delivery.id)).toMatchObject({
      actor_role: 'participant',
      action: 'export',
      outcome: 'allowed',
      purpose: 'data_subject_access',
      person_ids: [jan.person_id],
    });
    await participant.get(`/api/me/export-deliveries/${delivery.id}/download`).buffer(true).parse(binary).expect(200);
    const [{ count }] = await dataSource.query(
      "SELECT count(*)::int AS count FROM audit.access_events WHERE resource = 'export_delivery' AND action = 'export' AND resource_id = $1",
      [delivery.id],
    );
    expect(count).toBe(2);

    // The officer follows the status, with the manifest counted at delivery.
    const manifest = await privacy.get(`/api/privacy-requests/${filed.body.id}/manifest`).expect(200);
    expect(manifest.body.delivery).toMatchObject({ id: delivery.id, status: 'downloaded', downloadCount: 2 });
    expect(Date.parse(manifest.body.delivery.downloadedAt)).toBeLessThanOrEqual(
      Date.parse(manifest.body.delivery.lastDownloadedAt),
    );
    expect(manifest.body.countedAt).toBe(delivery.preparedAt);
    for (const value of CONTENT) expect(JSON.stringify(manifest.body)).not.toContain(value);

    // Only the person: not the officer, not a coach, not an unknown delivery.
    await privacy.get(`/api/me/export-deliveries/${delivery.id}/download`).expect(403);
    await privacy.get('/api/me/export-deliveries').expect(403);
    await (await seeded.as('coach@spoor.test')).get(`/api/me/export-deliveries/${delivery.id}/download`).expect(403);
    await participant.get('/api/me/export-deliveries/00000000-0000-4000-8000-000000000000/download').expect(404);
  });

  it('expires a delivery after 30 days: the download answers 410, the officer sees "expired"', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const participant = await seeded.as('participant@spoor.test');
    const filed = await privacy
      .post('/api/privacy-requests', { type: 'portability', personId: jan.person_id })
      .expect(201);
    const completed = await privacy
      .post(`/api/privacy-requests/${filed.body.id}/complete`, { outcome: 'granted', note: 'Klaargezet.' })
      .expect(200);
    const id = completed.body.exportDelivery.id as string;
    await dataSource.query(
      "UPDATE public.export_deliveries SET available_at = available_at - interval '31 days', expires_at = expires_at - interval '31 days' WHERE id = $1",
      [id],
    );
    const expired = await participant.get(`/api/me/export-deliveries/${id}/download`).expect(410);
    expect(expired.body).toMatchObject({ code: 'EXPORT_DELIVERY_EXPIRED' });
    expect(JSON.stringify(expired.body)).not.toContain('de Vries');
    const manifest = await privacy.get(`/api/privacy-requests/${filed.body.id}/manifest`).expect(200);
    expect(manifest.body.delivery).toMatchObject({ status: 'expired', downloadedAt: null, downloadCount: 0 });
    // A refused request delivers nothing.
    const refused = await privacy
      .post('/api/privacy-requests', { type: 'access', personId: jan.person_id })
      .expect(201);
    const answer = await privacy
      .post(`/api/privacy-requests/${refused.body.id}/complete`, { outcome: 'refused', note: 'Kennelijk ongegrond.' })
      .expect(200);
    expect(answer.body.exportDelivery).toBeUndefined();
    const none = await privacy.get(`/api/privacy-requests/${refused.body.id}/manifest`).expect(200);
    expect(none.body).toMatchObject({ delivery: null, sections: [] });
  });

  it('keeps a delivery for a person without a portal account "awaiting account", and the manifest says so', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const filed = await privacy
      .post('/api/privacy-requests', { type: 'access', personId: withoutAccount.person_id })
      .expect(201);
    const preview = await privacy.get(`/api/privacy-requests/${filed.body.id}/manifest`).expect(200);
    expect(preview.body).toMatchObject({ personHasAccount: false, delivery: null });
    expect(preview.body.sections.find((s: { section: string }) => s.section === 'cases').items).toBeGreaterThan(0);
    const completed = await privacy
      .post(`/api/privacy-requests/${filed.body.id}/complete`, { outcome: 'granted', note: 'Wacht op account.' })
      .expect(200);
    expect(completed.body.exportDelivery).toMatchObject({
      status: 'awaiting_account',
      availableAt: null,
      expiresAt: null,
    });
    const manifest = await privacy.get(`/api/privacy-requests/${filed.body.id}/manifest`).expect(200);
    expect(manifest.body).toMatchObject({ personHasAccount: false, delivery: { status: 'awaiting_account' } });
    // Jan, another person, never sees it.
    const janOwn = await (await seeded.as('participant@spoor.test')).get('/api/me/export-deliveries').expect(200);
    expect(janOwn.body.items.map((d: { requestId: string }) => d.requestId)).not.toContain(filed.body.id);
  });

  it('fails closed: without the access event, no download and no "downloaded" status', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const participant = await seeded.as('participant@spoor.test');
    const filed = await privacy.post('/api/privacy-requests', { type: 'access', personId: jan.person_id }).expect(201);
    const completed = await privacy
      .post(`/api/privacy-requests/${filed.body.id}/complete`, { outcome: 'granted', note: 'Klaargezet.' })
      .expect(200);
    const id = completed.body.exportDelivery.id as string;
    await queryAs(seeded.db.urls.owner, 'REVOKE INSERT ON audit.access_events FROM spoor_app');
    try {
      const response = await participant.get(`/api/me/export-deliveries/${id}/download`);
      expect(response.status).toBe(503);
      expect(JSON.stringify(response.body)).not.toContain('de Vries');
    } finally {
      await queryAs(seeded.db.urls.owner, 'GRANT INSERT ON audit.access_events TO spoor_app');
    }
    const [row] = await dataSource.query(
      'SELECT downloaded_at, download_count FROM public.export_deliveries WHERE id = $1',
      [id],
    );
    expect(row).toEqual({ downloaded_at: null, download_count: 0 });
  });

  it('gives sizes in whole 64 KiB blocks only: a byte count would tell how long a name or a note is', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const filed = await privacy.post('/api/privacy-requests', { type: 'access', personId: jan.person_id }).expect(201);
    const manifest = await privacy.get(`/api/privacy-requests/${filed.body.id}/manifest`).expect(200);
    for (const section of manifest.body.sections as Array<{ section: string; items: number; bytes: number }>) {
      expect({ section: section.section, rest: section.bytes % (64 * 1024) }).toEqual({
        section: section.section,
        rest: 0,
      });
      if (section.items === 0) expect(section.bytes).toBe(0);
    }
  });

  it('delivers once when two officers complete the same request at the same moment (one 409, no 500)', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const filed = await privacy.post('/api/privacy-requests', { type: 'access', personId: jan.person_id }).expect(201);
    const answers = await Promise.all(
      [1, 2].map(() =>
        privacy.post(`/api/privacy-requests/${filed.body.id}/complete`, { outcome: 'granted', note: 'Tegelijk.' }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const [{ n }] = await dataSource.query(
      'SELECT count(*)::int AS n FROM public.export_deliveries WHERE privacy_request_id = $1',
      [filed.body.id],
    );
    expect(n).toBe(1);
  });

  it('erasure removes the person\u2019s deliveries; a later access request says the data is gone (409, not 500)', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const [other] = await dataSource.query(
      `SELECT c.person_id FROM public.cases c
        WHERE c.person_id <> $1 AND c.person_id <> $2 AND c.status = 'active' AND NOT c.legal_hold LIMIT 1`,
      [jan.person_id, withoutAccount.person_id],
    );
    const access = await privacy
      .post('/api/privacy-requests', { type: 'access', personId: other.person_id })
      .expect(201);
    await privacy
      .post(`/api/privacy-requests/${access.body.id}/complete`, { outcome: 'granted', note: 'Klaargezet.' })
      .expect(200);
    await queryAs(
      seeded.db.urls.owner,
      `UPDATE public.cases SET status = 'completed', completed_at = now(), legal_hold = false WHERE person_id = '${other.person_id}'`,
    );
    const erasure = await privacy
      .post('/api/privacy-requests', { type: 'erasure', personId: other.person_id })
      .expect(201);
    await privacy
      .post(`/api/privacy-requests/${erasure.body.id}/complete`, { outcome: 'granted', note: 'Gewist.' })
      .expect(200);
    const [{ n }] = await dataSource.query(
      'SELECT count(*)::int AS n FROM public.export_deliveries WHERE person_id = $1',
      [other.person_id],
    );
    expect(n).toBe(0);
    const again = await privacy
      .post('/api/privacy-requests', { type: 'access', personId: other.person_id })
      .expect(201);
    const refused = await privacy.get(`/api/privacy-requests/${again.body.id}/manifest`).expect(409);
    expect(refused.body.code).toBe('PERSON_ERASED');
  });
});
