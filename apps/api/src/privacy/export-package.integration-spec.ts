import { createHash, randomBytes } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';
import type { TestClient } from '../../test/utils/test-session';
import { binaryBody, zipEntries } from '../../test/utils/zip-entries';

type Parser = Parameters<ReturnType<TestClient['get']>['parse']>[0];
const binary = binaryBody as unknown as Parser;

/**
 * Issue 17 item 4: the answer to an access or portability request is one package the person keeps — the JSON
 * (art. 20), the documents themselves, and a summary in Dutch — streamed to the person and never to the officer.
 */
describe('export package: the person downloads everything Spoor holds about them as one streamed ZIP', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let jan: { id: string; person_id: string };
  let participant: TestClient;
  let privacy: TestClient;
  /** A health document with bytes only this test knows, uploaded by Jan's labour expert. */
  const healthBytes = Buffer.concat([
    Buffer.from('%PDF-1.4\n% '),
    Buffer.from(randomBytes(48).toString('hex')),
    Buffer.from('\n%%EOF\n'),
  ]);
  let healthDocumentId: string;
  let deliveryId: string;
  let requestId: string;
  let zip: { status: number; headers: Record<string, string>; body: Buffer };

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    [jan] = await dataSource.query("SELECT id, person_id FROM public.cases WHERE reference = 'RI-2026-0001'");
    participant = await seeded.as('participant@spoor.test');
    privacy = await seeded.as('privacy@spoor.test');

    // Staff and the employer read Jan's data: the package's access log must name them.
    const expert = await seeded.as('expert@spoor.test');
    const uploaded = await expert.agent
      .post(`/api/cases/${jan.id}/special-file/documents`)
      .set('X-CSRF-Token', expert.csrf)
      .field('kind', 'fml')
      .attach('file', healthBytes, { filename: 'belastbaarheid <FML>.pdf', contentType: 'application/pdf' })
      .expect(201);
    healthDocumentId = uploaded.body.id;
    await expert.get(`/api/cases/${jan.id}/special-file`).expect(200);
    await (await seeded.as('client@acme.spoor.test')).get(`/api/cases/${jan.id}`).expect(200);
    // At least one client summary released to the employer.
    await dataSource.query(
      `UPDATE public.progress_reports SET released_to_client = true
        WHERE id = (SELECT id FROM public.progress_reports
                     WHERE case_id = $1 AND status = 'final' AND client_summary IS NOT NULL ORDER BY created_at LIMIT 1)`,
      [jan.id],
    );

    const filed = await privacy.post('/api/privacy-requests', { type: 'access', personId: jan.person_id }).expect(201);
    requestId = filed.body.id;
    const completed = await privacy
      .post(`/api/privacy-requests/${requestId}/complete`, { outcome: 'granted', note: 'Klaargezet in portaal.' })
      .expect(200);
    deliveryId = completed.body.exportDelivery.id;
    const response = await participant
      .get(`/api/me/export-deliveries/${deliveryId}/download`)
      .buffer(true)
      .parse(binary);
    zip = { status: response.status, headers: response.headers as Record<string, string>, body: response.body };
  }, 180_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('arrives as a ZIP attachment, streamed (chunked, no length known up front), named without personal data', () => {
    expect(zip.status).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    expect(zip.headers['cache-control']).toBe('no-store');
    expect(zip.headers['content-disposition']).toMatch(/^attachment; filename="spoor-export-\d{4}-\d{2}-\d{2}\.zip"$/);
    expect(zip.headers['transfer-encoding']).toBe('chunked');
    expect(zip.headers['content-length']).toBeUndefined();
    expect(zip.body.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  });

  it('holds every category in gegevens.json, including activities, released summaries and the special file', async () => {
    const entries = await zipEntries(zip.body);
    const data = JSON.parse(entries.get('gegevens.json')?.toString('utf8') ?? '{}');
    expect(data).toMatchObject({ format: 'spoor-export/v2', personalia: { firstName: 'Jan', lastName: 'de Vries' } });
    expect(data.cases).toHaveLength(1);
    const [exported] = data.cases;
    expect(exported.reference).toBe('RI-2026-0001');
    const [{ activities, released, finals }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM public.activities WHERE case_id = $1) AS activities,
              (SELECT count(*)::int FROM public.progress_reports
                WHERE case_id = $1 AND status = 'final' AND released_to_client AND client_summary IS NOT NULL) AS released,
              (SELECT count(*)::int FROM public.progress_reports WHERE case_id = $1 AND status = 'final') AS finals`,
      [jan.id],
    );
    expect(activities).toBeGreaterThan(0);
    expect(exported.activities).toHaveLength(activities);
    expect(exported.activities[0]).toEqual({
      id: expect.any(String),
      kind: expect.any(String),
      occurredOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      durationMinutes: expect.anything(),
      createdAt: expect.any(String),
    });
    expect(released).toBeGreaterThan(0);
    expect(exported.clientSummaries).toHaveLength(released);
    expect(exported.clientSummaries[0]).toMatchObject({
      recipient: 'Acme Logistiek',
      clientSummary: expect.any(String),
    });
    expect(exported.progressReports).toHaveLength(finals);
    expect(exported.specialFile.fml[0].rubrieken).toHaveLength(6);
    expect(exported.specialFile.documents.map((d: { id: string }) => d.id)).toContain(healthDocumentId);
    for (const section of ['disclosures', 'consents', 'privacyRequests', 'accessLog'])
      expect(Array.isArray(data[section])).toBe(true);
    expect(data.privacyRequests.map((r: { id: string }) => r.id)).toContain(requestId);
  });

  it('holds the documents themselves, decrypted, byte for byte, with their SHA-256 in the JSON', async () => {
    const entries = await zipEntries(zip.body);
    const data = JSON.parse(entries.get('gegevens.json')?.toString('utf8') ?? '{}');
    const files = data.files as Array<{ path: string; documentId: string; file: string; sha256: string }>;
    const health = files.find((f) => f.documentId === healthDocumentId);
    expect(health).toMatchObject({ file: 'special', caseReference: 'RI-2026-0001' });
    expect(health?.path).toMatch(/^documenten\/RI-2026-0001\/medisch-dossier\/[0-9a-f]{8}-belastbaarheid _FML_\.pdf$/);
    expect(entries.get(health?.path ?? '')).toEqual(healthBytes);
    // Every file of the case: process and health documents alike, each one as the document route gives it.
    const stored: Array<{ id: string }> = await dataSource.query(
      'SELECT id FROM public.process_documents WHERE case_id = $1',
      [jan.id],
    );
    expect(stored.length).toBeGreaterThan(0);
    expect(
      files
        .filter((f) => f.file === 'process')
        .map((f) => f.documentId)
        .sort(),
    ).toEqual(stored.map((d) => d.id).sort());
    for (const file of files) {
      const bytes = entries.get(file.path);
      expect(bytes).toBeDefined();
      expect(
        createHash('sha256')
          .update(bytes as Buffer)
          .digest('hex'),
      ).toBe(file.sha256);
    }
    const processFile = files.find((f) => f.file === 'process');
    const direct = await participant
      .get(`/api/documents/${processFile?.documentId}/content`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(entries.get(processFile?.path ?? '')).toEqual(direct.body);
    // Each document that went into the package has its own download event, by the person.
    const [{ n }] = await dataSource.query(
      `SELECT count(DISTINCT resource_id)::int AS n FROM audit.access_events
        WHERE actor_role = 'participant' AND action = 'download' AND outcome = 'allowed' AND resource_id = ANY($1)`,
      [files.map((f) => f.documentId)],
    );
    expect(n).toBe(files.length);
  });

  it('names who read the person\u2019s data in the access log: name, role and organisation', async () => {
    const entries = await zipEntries(zip.body);
    const data = JSON.parse(entries.get('gegevens.json')?.toString('utf8') ?? '{}');
    const log = data.accessLog as Array<Record<string, unknown>>;
    expect(log).toContainEqual(
      expect.objectContaining({
        actorName: 'Henk Willems',
        actorRole: 'labour_expert',
        action: 'read',
        resource: 'special_file',
        byYou: false,
        caseReference: 'RI-2026-0001',
      }),
    );
    expect(log).toContainEqual(
      expect.objectContaining({ actorName: 'Ruud Kramer', actorRole: 'client', actorOrganisation: 'Acme Logistiek' }),
    );
    // Oldest first, as a record reads.
    const times = log.map((e) => Date.parse(e['at'] as string));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('has a readable summary in Dutch, self-contained and escaped', async () => {
    const entries = await zipEntries(zip.body);
    const html = entries.get('overzicht.html')?.toString('utf8') ?? '';
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Uw gegevens bij Spoor');
    expect(html).toContain('Wie uw gegevens heeft ingezien');
    expect(html).toContain('Henk Willems');
    expect(html).toContain('Acme Logistiek');
    expect(html).toContain('Activiteiten');
    expect(html).toContain('belastbaarheid &lt;FML&gt;.pdf');
    expect(html).not.toMatch(/<(script|img|link|iframe)\b/i);
    expect(html).not.toMatch(/(src|href)="https?:/);
    // Words, not codes: the FML said as what the person can do, kinds and outcomes in Dutch.
    expect(html).toContain('wat u kunt');
    const text = html
      .replace(/<[^>]+>/g, ' ')
      .replace(/\S+@\S+/g, ' ')
      .replace(/\S+\.(pdf|png|jpe?g|json)\b/gi, ' ');
    expect(text.match(/\b[a-z]+(?:_[a-z0-9]+)+\b/g) ?? []).toEqual([]);
  });

  it('keeps the content from the privacy officer, whose manifest counts what the package holds', async () => {
    for (const path of [`/api/me/export-deliveries/${deliveryId}/download`, '/api/me/export?format=zip']) {
      const response = await privacy.get(path);
      expect([403, 404]).toContain(response.status);
      expect(response.headers['content-type']).not.toMatch(/zip/);
      expect(JSON.stringify(response.body)).not.toContain('de Vries');
    }
    const manifest = await privacy.get(`/api/privacy-requests/${requestId}/manifest`).expect(200);
    const entries = await zipEntries(zip.body);
    const data = JSON.parse(entries.get('gegevens.json')?.toString('utf8') ?? '{}');
    const items = Object.fromEntries(
      (manifest.body.sections as Array<{ section: string; items: number }>).map((s) => [s.section, s.items]),
    );
    expect(items).toMatchObject({
      cases: data.cases.length,
      activities: data.cases[0].activities.length,
      clientSummaries: data.cases[0].clientSummaries.length,
      processDocuments: data.files.filter((f: { file: string }) => f.file === 'process').length,
      healthDocuments: data.files.filter((f: { file: string }) => f.file === 'special').length,
    });
    expect(JSON.stringify(manifest.body)).not.toContain('Henk Willems');
  });

  it('gives the same package at any time through GET /me/export?format=zip; an unknown format is a 400 naming it', async () => {
    const response = await participant.get('/api/me/export?format=zip').buffer(true).parse(binary).expect(200);
    expect(response.headers['content-type']).toBe('application/zip');
    const entries = await zipEntries(response.body);
    expect(entries.has('gegevens.json')).toBe(true);
    expect(entries.has('overzicht.html')).toBe(true);
    expect([...entries.keys()].some((name) => name.includes('medisch-dossier/'))).toBe(true);
    const json = await participant.get('/api/me/export').expect(200);
    expect(json.body.format).toBe('spoor-export/v2');
    expect(json.body.cases[0].activities.length).toBeGreaterThan(0);
    const bad = await participant.get('/api/me/export?format=xml').expect(400);
    expect(bad.body.fields).toEqual([{ field: 'format', code: 'NOT_ONE_OF' }]);
  });
});
