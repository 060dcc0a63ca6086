import { readdir, readFile, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DOCUMENT_STORE } from '../platform/crypto/crypto.module';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';
import { queryAs } from '../../test/utils/test-database';
import { DailyJobsService } from './daily-jobs.service';
import { DocumentSweepService } from './document-sweep.service';

describe('daily jobs: reminders once a day without personal data, and the sweep of unreferenced documents', () => {
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

  it('counts what needs attention per role and sends the daily reminders once a day, without personal data', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const filed = await privacy
      .post('/api/privacy-requests', { type: 'access', personId: coachCase.person_id })
      .expect(201);
    await queryAs(
      seeded.db.urls.owner,
      `UPDATE public.privacy_requests SET due_at = now() - interval '1 day' WHERE id = '${filed.body.id}'`,
    );
    const counts = await privacy.get('/api/me/reminders').expect(200);
    expect(counts.body.requestsOverdue).toBe(1);
    const coach = await seeded.as('coach@spoor.test');
    const coachCounts = await coach.get('/api/me/reminders').expect(200);
    expect(coachCounts.body.milestonesOverdue + coachCounts.body.milestonesDueSoon).toBeGreaterThan(0);

    const jobs = seeded.app.get(DailyJobsService);
    const first = await jobs.run('2026-11-23');
    expect(first).toMatchObject({ ran: true });
    expect(first.remindersSent).toBeGreaterThanOrEqual(2);
    expect(await jobs.run('2026-11-23')).toMatchObject({ ran: false });
    const outbox = join(seeded.dataDir, 'outbox');
    // Undo quoted-printable soft line breaks, so a name split over two lines is still found.
    const mails = await Promise.all(
      (await readdir(outbox)).map(async (f) => (await readFile(join(outbox, f), 'utf8')).replace(/=\r?\n/g, '')),
    );
    const reminderMails = mails.filter((m) => m.includes('aandacht'));
    expect(reminderMails.length).toBe(first.remindersSent);
    // The people the reminders are about: the coach's caseload, the overdue request's person among them.
    const names: string[] = (await coach.get('/api/cases?pageSize=100').expect(200)).body.items.map(
      (c: { personName: string }) => c.personName,
    );
    expect(names.length).toBeGreaterThan(1);
    for (const mail of reminderMails) {
      expect(mail).not.toMatch(/\b[A-Z]{2}-\d{4}-\d{4}\b/); // no case reference
      expect(names.filter((name) => mail.includes(name)).length).toBe(0); // no name (not printed: it is personal data)
    }
  });

  it('sweeps stored documents that no row references (a crash between file and commit), keeping the rest', async () => {
    const store = seeded.app.get(DOCUMENT_STORE);
    const orphan = await store.write(Readable.from([Buffer.from('%PDF-1.4 wees')]), {
      ring: 'p',
      keyId: '00000000-0000-4000-8000-000000000000',
      dataKey: Buffer.alloc(32, 1),
      context: () => 'x',
    });
    const before: string[] = [];
    for await (const id of store.list()) before.push(id);
    const old = new Date(Date.now() - 2 * 3600_000);
    await utimes(join(seeded.dataDir, 'documents', orphan.blobId.slice(0, 2), `${orphan.blobId}.spd`), old, old);
    const removed = await seeded.app.get(DocumentSweepService).sweep();
    expect(removed).toBe(1);
    const after: string[] = [];
    for await (const id of store.list()) after.push(id);
    expect(after).toEqual(before.filter((id) => id !== orphan.blobId));
    expect(after.length).toBeGreaterThan(0);
  });
});
