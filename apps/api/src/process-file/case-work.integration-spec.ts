import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';
import { demoPdf } from '../seed/demo-pdf';
import { queryAs } from '../../test/utils/test-database';
import { changedTables, databaseFingerprint } from '../../test/utils/database-fingerprint';

describe('case work: status, progress reports, documents', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let caseId: string;
  let caseVersion: number;

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    const [row] = await dataSource.query("SELECT id, version FROM public.cases WHERE reference = 'RI-2026-0001'");
    caseId = row.id;
    caseVersion = row.version;
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('lets the assigned coach write a report: 201 with id, version and the author set by the server', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const created = await coach.post(`/api/cases/${caseId}/progress-reports`, {
      title: 'Voortgang november',
      body: 'Gesprek gevoerd over werkhervatting.',
      authorId: 'someone-else',
    });
    expect(created.status).toBe(400); // unknown fields are refused, not ignored
    const ok = await coach
      .post(`/api/cases/${caseId}/progress-reports`, {
        title: 'Voortgang november',
        body: 'Gesprek gevoerd over opbouw van uren.',
        clientSummary: 'Opbouw verloopt volgens plan.',
      })
      .expect(201);
    const me = await coach.get('/api/auth/me');
    expect(ok.body).toMatchObject({
      id: expect.any(String),
      version: 1,
      authorId: me.body.user.id,
      authorName: 'Sanne Jacobs',
      status: 'draft',
      title: 'Voortgang november',
    });
  });

  it('answers a stale version with 409 and overwrites nothing', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const created = await coach
      .post(`/api/cases/${caseId}/progress-reports`, { title: 'Concept', body: 'Eerste versie.' })
      .expect(201);
    const id = created.body.id;
    const first = await coach.patch(`/api/progress-reports/${id}`, { version: 1, body: 'Tweede versie.' }).expect(200);
    expect(first.body.version).toBe(2);
    const stale = await coach
      .patch(`/api/progress-reports/${id}`, { version: 1, body: 'Verloren versie.' })
      .expect(409);
    expect(stale.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
    const list = await coach.get(`/api/cases/${caseId}/progress-reports`).expect(200);
    expect(list.body.items.find((r: { id: string }) => r.id === id).body).toBe('Tweede versie.');
  });

  it('keeps exactly one winner when many clients edit one version at once', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const { body } = await coach
      .post(`/api/cases/${caseId}/progress-reports`, { title: 'Gelijktijdig', body: 'start' })
      .expect(201);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        coach.patch(`/api/progress-reports/${body.id}`, { version: 1, body: `schrijver ${i}` }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
  });

  it('shows the participant only final reports, and the client only released summaries', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const draft = await coach
      .post(`/api/cases/${caseId}/progress-reports`, {
        title: 'Geheim concept',
        body: 'Nog niet delen.',
        clientSummary: 'Nog niet vrijgeven.',
      })
      .expect(201);
    const final = await coach
      .post(`/api/cases/${caseId}/progress-reports`, {
        title: 'Definitief verslag',
        body: 'Afgeronde periode.',
        clientSummary: 'Samenvatting voor de werkgever.',
      })
      .expect(201);
    await coach
      .patch(`/api/progress-reports/${final.body.id}`, { version: 1, status: 'final', releasedToClient: true })
      .expect(200);
    const refused = await coach
      .patch(`/api/progress-reports/${final.body.id}`, { version: 2, body: 'Achteraf aangepast.' })
      .expect(409);
    expect(refused.body.message).toMatch(/final report/);
    const participant = await seeded.as('participant@spoor.test');
    const own = await participant.get(`/api/cases/${caseId}/progress-reports`).expect(200);
    const titles = own.body.items.map((r: { title: string }) => r.title);
    expect(titles).toContain('Definitief verslag');
    expect(titles).not.toContain('Geheim concept');
    expect(draft.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(own.body.items.map((r: { id: string }) => r.id)).not.toContain(draft.body.id);
    expect(JSON.stringify(own.body)).not.toContain('Samenvatting voor de werkgever');
    const client = await seeded.as('client@acme.spoor.test');
    const summaries = await client.get(`/api/cases/${caseId}/progress-reports`).expect(200);
    const text = JSON.stringify(summaries.body);
    expect(text).toContain('Samenvatting voor de werkgever.');
    expect(text).not.toContain('Afgeronde periode');
    expect(text).not.toContain('Nog niet vrijgeven');
    expect(text).not.toContain(draft.body.id);
  });

  it('refuses report writes to everyone but the assigned coach', async () => {
    for (const email of ['coach2@spoor.test'] as const) {
      await (await seeded.as(email))
        .post(`/api/cases/${caseId}/progress-reports`, { title: 'x', body: 'y' })
        .expect(404);
    }
    for (const email of [
      'client@acme.spoor.test',
      'participant@spoor.test',
      'admin@spoor.test',
      'privacy@spoor.test',
    ] as const) {
      await (await seeded.as(email))
        .post(`/api/cases/${caseId}/progress-reports`, { title: 'x', body: 'y' })
        .expect(403);
    }
    const bad = await (await seeded.as('coach@spoor.test'))
      .post(`/api/cases/${caseId}/progress-reports`, { title: '', body: 'y' })
      .expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('title');
  });

  it('changes status along the allowed transitions, 409 otherwise', async () => {
    const coach = await seeded.as('coach@spoor.test');
    const illegal = await coach
      .patch(`/api/cases/${caseId}/status`, { status: 'intake', version: caseVersion })
      .expect(409);
    expect(illegal.body.message).toBe(
      'status cannot change from active to intake (allowed: on_hold, completed, cancelled)',
    );
    const paused = await coach
      .patch(`/api/cases/${caseId}/status`, { status: 'on_hold', version: caseVersion })
      .expect(200);
    expect(paused.body.status).toBe('on_hold');
    await coach.patch(`/api/cases/${caseId}/status`, { status: 'active', version: caseVersion }).expect(409);
    await coach.patch(`/api/cases/${caseId}/status`, { status: 'active', version: paused.body.version }).expect(200);
    await (await seeded.as('client@acme.spoor.test'))
      .patch(`/api/cases/${caseId}/status`, { status: 'completed', version: 1 })
      .expect(403);
  });

  it('takes a PDF upload from the labour expert, checked by content, and serves it back decrypted', async () => {
    const expert = await seeded.as('expert@spoor.test');
    const pdf = await demoPdf('AD-rapport', ['Conclusie: passend werk mogelijk.']);
    const upload = await expert.agent
      .post(`/api/cases/${caseId}/special-file/documents`)
      .set('X-CSRF-Token', expert.csrf)
      .field('kind', 'occupational_assessment')
      .attach('file', pdf, { filename: 'AD rapport J. de Vries.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(upload.body).toMatchObject({
      kind: 'occupational_assessment',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
    });
    // The special file lists it with its types intact (one-statement read, hydrated as TypeORM does).
    const file = await expert.get(`/api/cases/${caseId}/special-file`).expect(200);
    const listed = file.body.documents.find((d: { id: string }) => d.id === upload.body.id);
    expect(listed).toMatchObject({
      filename: 'AD rapport J. de Vries.pdf',
      sizeBytes: pdf.length,
      href: upload.body.href,
    });
    expect(listed.uploadedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(file.body.firstSickDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(file.body.fml[0].assessedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const download = await expert
      .get(upload.body.href)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['cache-control']).toBe('no-store');
    expect(Buffer.compare(download.body as Buffer, pdf)).toBe(0);
    await (await seeded.as('client@acme.spoor.test')).get(upload.body.href).expect(404);
    await (await seeded.as('coach@spoor.test')).get(upload.body.href).expect(404);
    const participant = await seeded.as('participant@spoor.test');
    await participant.get(upload.body.href).expect(200);
  });

  it('never serves a blob that was swapped into another document row: each opens only under its own row', async () => {
    const expert = await seeded.as('expert@spoor.test');
    const upload = async (title: string) =>
      (
        await expert.agent
          .post(`/api/cases/${caseId}/special-file/documents`)
          .set('X-CSRF-Token', expert.csrf)
          .field('kind', 'fml')
          .attach('file', await demoPdf(title, [title]), { filename: `${title}.pdf`, contentType: 'application/pdf' })
          .expect(201)
      ).body as { id: string; href: string };
    const first = await upload('FML-een');
    const second = await upload('FML-twee');
    // An attacker with write access to the database swaps the two rows' files (blob_id is unique: via a spare id).
    const swap = `DO $$ DECLARE a uuid; b uuid; BEGIN
        SELECT blob_id INTO a FROM special.health_documents WHERE id = '${first.id}';
        SELECT blob_id INTO b FROM special.health_documents WHERE id = '${second.id}';
        UPDATE special.health_documents SET blob_id = gen_random_uuid() WHERE id = '${first.id}';
        UPDATE special.health_documents SET blob_id = a WHERE id = '${second.id}';
        UPDATE special.health_documents SET blob_id = b WHERE id = '${first.id}';
      END $$`;
    expect(await queryAs(seeded.db.urls.owner, swap)).not.toHaveProperty('errorCode');
    const binary = (res: NodeJS.ReadableStream, done: (error: Error | null, body: unknown) => void) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
      res.on('error', () => done(null, Buffer.concat(chunks)));
    };
    for (const document of [first, second]) {
      const response = await expert
        .get(document.href)
        .buffer(true)
        .parse(binary as never)
        .catch((error: { response?: { status: number; body: Buffer } }) => error.response);
      // Refused, or cut off before any content: never the other document's bytes under this one's name.
      expect(
        response === undefined || response.status !== 200 || !(response.body as Buffer).includes(Buffer.from('%PDF')),
      ).toBe(true);
    }
    expect(await queryAs(seeded.db.urls.owner, swap)).not.toHaveProperty('errorCode');
    await expert.get(first.href).expect(200);
  });

  it('refuses a renamed executable (415), a file over 20 MB (413) and a missing kind (400), leaving nothing behind', async () => {
    const expert = await seeded.as('expert@spoor.test');
    const coach = await seeded.as('coach@spoor.test');
    const before = await databaseFingerprint(seeded.db.urls.owner);
    const countBlobs = async () => {
      const { readdir } = await import('node:fs/promises');
      const { join } = await import('node:path');
      const root = join(seeded.dataDir, 'documents');
      const shards = (await readdir(root)).filter((s) => s.length === 2);
      let n = 0;
      for (const shard of shards) n += (await readdir(join(root, shard))).length;
      return n + (await readdir(join(root, 'tmp'))).length;
    };
    const blobsBefore = await countBlobs();
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(5000, 1)]);
    const wrongType = await expert.agent
      .post(`/api/cases/${caseId}/special-file/documents`)
      .set('X-CSRF-Token', expert.csrf)
      .field('kind', 'fml')
      .attach('file', exe, { filename: 'fml.pdf', contentType: 'application/pdf' });
    expect(wrongType.status).toBe(415);
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(21 * 1024 * 1024, 32)]);
    const tooBig = await expert.agent
      .post(`/api/cases/${caseId}/special-file/documents`)
      .set('X-CSRF-Token', expert.csrf)
      .field('kind', 'fml')
      .attach('file', big, { filename: 'big.pdf' });
    expect(tooBig.status).toBe(413);
    const pdf = await demoPdf('x', ['y']);
    const noKind = await expert.agent
      .post(`/api/cases/${caseId}/special-file/documents`)
      .set('X-CSRF-Token', expert.csrf)
      .attach('file', pdf, { filename: 'x.pdf' });
    expect(noKind.status).toBe(400);
    expect(noKind.body.message).toMatch(/kind must be one of/);
    expect(await countBlobs()).toBe(blobsBefore);
    // A real image of a kind we do not take (GIF), and an empty file: 415 with a message naming the rule.
    const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(5000, 0)]);
    const wrongImage = await expert.agent
      .post(`/api/cases/${caseId}/special-file/documents`)
      .set('X-CSRF-Token', expert.csrf)
      .field('kind', 'fml')
      .attach('file', gif, { filename: 'scan.gif', contentType: 'image/gif' });
    expect(wrongImage.status).toBe(415);
    expect(wrongImage.body.message).toMatch(/PDF, PNG or JPEG/);
    const empty = await expert.agent
      .post(`/api/cases/${caseId}/special-file/documents`)
      .set('X-CSRF-Token', expert.csrf)
      .field('kind', 'fml')
      .attach('file', Buffer.alloc(0), { filename: 'leeg.pdf', contentType: 'application/pdf' });
    expect(empty.status).toBe(415);
    expect(tooBig.body.message).toMatch(/20 MB/);
    expect(await countBlobs()).toBe(blobsBefore);
    const notExpert = await coach.agent
      .post(`/api/cases/${caseId}/special-file/documents`)
      .set('X-CSRF-Token', coach.csrf)
      .field('kind', 'fml')
      .attach('file', pdf, { filename: 'x.pdf' });
    expect(notExpert.status).toBe(403);
    // No row either: not in the special file, not in the process file.
    expect(changedTables(before, await databaseFingerprint(seeded.db.urls.owner))).toEqual([]);
  });

  it('never keeps a path or control characters from a file name, and serves it as an attachment', async () => {
    const expert = await seeded.as('expert@spoor.test');
    const pdf = await demoPdf('Pad', ['Pad']);
    const upload = await expert.agent
      .post(`/api/cases/${caseId}/special-file/documents`)
      .set('X-CSRF-Token', expert.csrf)
      .field('kind', 'fml')
      .attach('file', pdf, { filename: '../../etc/passwd\r\nX-Evil: 1.pdf', contentType: 'application/pdf' })
      .expect(201);
    const file = await expert.get(`/api/cases/${caseId}/special-file`).expect(200);
    const stored = file.body.documents.find((d: { id: string }) => d.id === upload.body.id).filename as string;
    expect(stored).toContain('passwd');
    expect(stored).not.toMatch(/[/\\\r\n]|\.\./);
    const download = await expert.get(upload.body.href).expect(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment; /);
    expect(download.headers['x-evil']).toBeUndefined();
  });
});
