import { getDataSourceToken } from '@nestjs/typeorm';
import type { ProcessDocumentView } from '@spoor/domain';
import type { DataSource } from 'typeorm';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';
import type { TestClient } from '../../test/utils/test-session';
import { demoPdf } from '../seed/demo-pdf';

describe('process documents: upload, list, share, download', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let caseId: string;
  let pdf: Buffer;

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    [{ id: caseId }] = await dataSource.query("SELECT id FROM public.cases WHERE reference = 'RI-2026-0001'");
    pdf = await demoPdf('Plan van aanpak', ['Afspraken over de re-integratie']);
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  const upload = (client: TestClient, fields: Record<string, string>, file = pdf, name = 'Plan van aanpak.pdf') => {
    let call = client.agent.post(`/api/cases/${caseId}/documents`).set('X-CSRF-Token', client.csrf);
    for (const [key, value] of Object.entries(fields)) call = call.field(key, value);
    return call.attach('file', file, { filename: name });
  };
  const listed = async (client: TestClient): Promise<ProcessDocumentView[]> =>
    (await client.get(`/api/cases/${caseId}/documents`).expect(200)).body.items;

  it('takes a plan van aanpak from the coach, lists it for the coach and the labour expert, not yet for the participant', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const created = await upload(coach, { kind: 'plan_of_approach' }).expect(201);
    expect(created.body).toMatchObject({
      caseId,
      kind: 'plan_of_approach',
      filename: 'Plan van aanpak.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      sharedWithParticipant: false,
      href: `/api/documents/${created.body.id}/content`,
    });
    expect((await listed(coach)).map((d) => d.id)).toContain(created.body.id);
    expect((await listed(await seeded.as('expert@spoor.test'))).map((d) => d.id)).toContain(created.body.id);

    const participant = await seeded.as('participant@spoor.test');
    expect((await listed(participant)).map((d) => d.id)).not.toContain(created.body.id);
    // Not shared: exactly as if there were no such document.
    await participant.get(created.body.href).expect(404);

    // Shared: the participant sees it and downloads the very bytes.
    const shared = await coach.patch(`/api/documents/${created.body.id}`, { sharedWithParticipant: true }).expect(200);
    expect(shared.body.sharedWithParticipant).toBe(true);
    expect((await listed(participant)).map((d) => d.id)).toContain(created.body.id);
    const download = await participant
      .get(created.body.href)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(download.body as Buffer, pdf)).toBe(0);
    expect(download.headers['cache-control']).toBe('no-store');

    // Every step is in the access log, with field names only.
    const events: Array<{ action: string; actor_role: string; fields: string[] }> = await dataSource.query(
      "SELECT action, actor_role, fields FROM audit.access_events WHERE resource = 'process_document' AND (resource_id = $1 OR action = 'list') ORDER BY id",
      [created.body.id],
    );
    const seen = events.map((event) => `${event.actor_role}:${event.action}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'coach:create',
        'coach:list',
        'coach:update',
        'participant:list',
        'participant:download',
      ]),
    );
    expect(JSON.stringify(events)).not.toContain('Plan van aanpak');
  });

  it('shares at upload when asked to', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const created = await upload(coach, { kind: 'cv', sharedWithParticipant: 'true' }, pdf, 'cv.pdf').expect(201);
    const participant = await seeded.as('participant@spoor.test');
    expect((await listed(participant)).find((d) => d.id === created.body.id)).toMatchObject({ kind: 'cv' });
  });

  it('names the field for a missing or unknown kind and a bad share flag, and stores nothing', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const before = (await listed(coach)).length;
    for (const [fields, field] of [
      [{}, 'kind'],
      [{ kind: 'diagnosis' }, 'kind'],
      [{ kind: 'cv', sharedWithParticipant: 'yes' }, 'sharedWithParticipant'],
    ] as const) {
      const response = await upload(coach, fields).expect(400);
      expect(response.body.fields).toEqual([expect.objectContaining({ field })]);
    }
    const missingFile = await coach.agent
      .post(`/api/cases/${caseId}/documents`)
      .set('X-CSRF-Token', coach.csrf)
      .field('kind', 'cv')
      .expect(400);
    expect(missingFile.body.fields).toEqual([expect.objectContaining({ field: 'file' })]);
    expect((await listed(coach)).length).toBe(before);
  });

  it('refuses a file that is not a PDF or image by its content, whatever its name says', async () => {
    const coach = await seeded.as('coach@spoor.test');
    await upload(coach, { kind: 'cv' }, Buffer.from('MZ\x90\x00 not a pdf at all'), 'cv.pdf').expect(415);
  });

  it('keeps the documents from the employer, the labour expert writing, and staff not on the case', async () => {
    const client = await seeded.as('client@acme.spoor.test');
    await client.get(`/api/cases/${caseId}/documents`).expect(404);
    await upload(await seeded.as('expert@spoor.test'), { kind: 'cv' }).expect(403);
    const coach2 = await seeded.as('coach2@spoor.test');
    await coach2.get(`/api/cases/${caseId}/documents`).expect(404);
    const [document] = await listed(await seeded.as('coach@spoor.test'));
    await coach2.get(document.href).expect(404);
    await coach2.patch(`/api/documents/${document.id}`, { sharedWithParticipant: false }).expect(404);
  });

  it('names the field when the share flag is not a boolean', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const [document] = await listed(coach);
    const response = await coach.patch(`/api/documents/${document.id}`, { sharedWithParticipant: 'ja' }).expect(400);
    expect(JSON.stringify(response.body)).toContain('sharedWithParticipant');
  });
});
