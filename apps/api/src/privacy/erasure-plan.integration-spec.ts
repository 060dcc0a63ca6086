import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { changedTables, databaseFingerprint } from '../../test/utils/database-fingerprint';
import { createSeededApp, type SeededApp } from '../../test/utils/seeded-app';
import { queryAs } from '../../test/utils/test-database';
import { ErasureService } from './erasure.service';

/**
 * An erasure whose stage fails stays on record as an open plan, with its request open: nothing is reported
 * done that is not, and the plan is carried out later from where it stopped (a legal hold placed meanwhile
 * stops it until lifted). A completed plan, run again, changes nothing.
 */
describe('erasure plan: a failing stage leaves the request open and the plan resumable', () => {
  let seeded: SeededApp;
  let dataSource: DataSource;
  let erasure: ErasureService;
  let jan: { caseId: string; personId: string; accounts: string[] };

  const owner = (sql: string) => queryAs(seeded.db.urls.owner, sql);
  const count = async (sql: string, parameters: unknown[] = []): Promise<number> =>
    (await dataSource.query(sql, parameters))[0].n;
  /** What is left of the person: rows in both schemas, stored files, live data keys. */
  async function leftOf(personId: string, blobIds: string[]) {
    const rows = async (schema: string, tables: string[]) => {
      const counted: Record<string, number> = {};
      for (const table of tables) {
        const [{ n }] = (await owner(
          `SELECT count(*)::int AS n FROM ${schema}.${table} WHERE person_id = '${personId}'`,
        ).then((r) => ('rows' in r ? r.rows : [{ n: -1 }]))) as Array<{ n: number }>;
        counted[table] = n;
      }
      return counted;
    };
    const subjects = [personId, ...jan.accounts].map((id) => `'${id}'`).join(', ');
    const liveKeys = async (table: string) =>
      (
        (await owner(
          `SELECT count(*)::int AS n FROM ${table} WHERE subject_id IN (${subjects}) AND destroyed_at IS NULL`,
        )) as { rows: Array<{ n: number }> }
      ).rows[0].n;
    return {
      special: await rows('special', ['health_records', 'fml_assessments', 'health_documents', 'sickness_events']),
      process: await rows('public', ['progress_reports', 'activities', 'process_documents', 'export_deliveries']),
      files: blobIds.filter((id) => existsSync(join(seeded.dataDir, 'documents', id.slice(0, 2), `${id}.spd`))).length,
      keys: { process: await liveKeys('public.data_keys'), special: await liveKeys('special.data_keys') },
    };
  }

  beforeAll(async () => {
    seeded = await createSeededApp();
    dataSource = seeded.app.get<DataSource>(getDataSourceToken());
    erasure = seeded.app.get(ErasureService);
    const [row] = await dataSource.query("SELECT id, person_id FROM public.cases WHERE reference = 'RI-2026-0001'");
    const accounts: Array<{ id: string }> = await dataSource.query('SELECT id FROM public.users WHERE person_id = $1', [
      row.person_id,
    ]);
    jan = { caseId: row.id, personId: row.person_id, accounts: accounts.map((a) => a.id) };
    // The programme has ended (erasure is refused while it runs); an earlier access request was delivered.
    await owner(
      `UPDATE public.cases SET status = 'completed', completed_at = now() WHERE person_id = '${jan.personId}'`,
    );
    await owner(
      `INSERT INTO public.export_deliveries (id, privacy_request_id, person_id, prepared_at, prepared_by, manifest)
       VALUES ('${randomUUID()}', '${randomUUID()}', '${jan.personId}', now(), '${randomUUID()}', '[]')`,
    );
  }, 120_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('keeps the request open when the special file cannot record its event, then completes it on resume', async () => {
    const privacy = await seeded.as('privacy@spoor.test');
    const filed = await privacy.post('/api/privacy-requests', { type: 'erasure', personId: jan.personId }).expect(201);
    const blobIds: string[] = (
      (await owner(
        `SELECT blob_id::text AS id FROM public.process_documents WHERE person_id = '${jan.personId}'
         UNION ALL SELECT blob_id::text FROM special.health_documents WHERE person_id = '${jan.personId}'`,
      )) as { rows: Array<{ id: string }> }
    ).rows.map((r) => r.id);
    const before = await leftOf(jan.personId, blobIds);
    expect(before.special.health_records).toBeGreaterThan(0);
    expect(before.process.export_deliveries).toBe(1);
    expect(before.files).toBe(blobIds.length);
    expect(blobIds.length).toBeGreaterThan(0);
    expect(before.keys.process + before.keys.special).toBeGreaterThanOrEqual(2);

    // The special role cannot write its access event: the special stage fails (503), and that is all.
    const fingerprint = await databaseFingerprint(seeded.db.urls.owner);
    await owner('REVOKE INSERT ON audit.access_events FROM spoor_special');
    const complete = () =>
      privacy.post(`/api/privacy-requests/${filed.body.id}/complete`, {
        outcome: 'granted',
        note: 'Gewist op verzoek.',
      });
    try {
      const failed = await complete();
      expect({ status: failed.status, code: failed.body.code }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    } finally {
      await owner('GRANT INSERT ON audit.access_events TO spoor_special');
    }
    // Only the plan was written; nothing of the person is gone, and the request is still open.
    expect(changedTables(fingerprint, await databaseFingerprint(seeded.db.urls.owner))).toEqual([
      'public.erasure_plans',
    ]);
    expect(await leftOf(jan.personId, blobIds)).toEqual(before);
    const [plan] = await dataSource.query(
      'SELECT id, completed_at, failures, last_failure, steps FROM public.erasure_plans WHERE request_id = $1',
      [filed.body.id],
    );
    expect(plan).toMatchObject({ completed_at: null, failures: 1, last_failure: 'special: SERVICE_UNAVAILABLE' });
    expect(plan.steps.map((s: { step: string; doneAt: string | null }) => [s.step, s.doneAt])).toEqual([
      ['special', null],
      ['process', null],
      ['documents', null],
      ['keys', null],
      ['export_deliveries', null],
    ]);
    const open = (await privacy.get('/api/privacy-requests').expect(200)).body.items.find(
      (item: { id: string }) => item.id === filed.body.id,
    );
    expect(open).toMatchObject({ status: 'received', completedAt: null });

    // A legal hold placed meanwhile stops the plan before its next stage; nothing is erased while it holds.
    await owner(`UPDATE public.cases SET legal_hold = true WHERE id = '${jan.caseId}'`);
    expect(await erasure.resumeOpen()).toEqual({ completed: 0, stopped: 1, busy: 0 });
    expect(await leftOf(jan.personId, blobIds)).toEqual(before);
    const held = await complete().expect(409);
    expect(held.body).toMatchObject({
      code: 'ERASURE_REFUSED',
      reasons: [{ code: 'ERASURE_LEGAL_HOLD', caseReference: 'RI-2026-0001' }],
    });
    await owner(`UPDATE public.cases SET legal_hold = false WHERE id = '${jan.caseId}'`);

    // The resume (the API's start, the periodic job) carries out every stage and completes the request.
    expect(await erasure.resumeOpen()).toEqual({ completed: 1, stopped: 0, busy: 0 });
    const after = await leftOf(jan.personId, blobIds);
    expect(after).toEqual({
      special: { health_records: 0, fml_assessments: 0, health_documents: 0, sickness_events: 0 },
      process: { progress_reports: 0, activities: 0, process_documents: 0, export_deliveries: 0 },
      files: 0,
      keys: { process: 0, special: 0 },
    });
    const done = (await privacy.get('/api/privacy-requests').expect(200)).body.items.find(
      (item: { id: string }) => item.id === filed.body.id,
    );
    // The officer's note survives the person's keys: it moved under the officer's own key.
    expect(done).toMatchObject({ status: 'completed', outcome: 'granted', completionNote: 'Gewist op verzoek.' });
    const [finished] = await dataSource.query(
      'SELECT completed_at IS NOT NULL AS completed, completion_note, steps FROM public.erasure_plans WHERE id = $1',
      [plan.id],
    );
    expect(finished).toMatchObject({ completed: true, completion_note: null });
    expect(finished.steps.every((s: { doneAt: string | null }) => s.doneAt !== null)).toBe(true);
    // On record, without content: the plan, each schema's deletion (the failed attempt's event rolled back with
    // it) and the request's completion.
    const events: Array<{ resource: string; action: string }> = await dataSource.query(
      `SELECT resource, action FROM audit.access_events
        WHERE resource IN ('erasure_plan', 'person_erasure', 'special_file_erasure', 'privacy_request')
          AND (resource_id = $1 OR resource_id = $2 OR resource_id = $3) ORDER BY id`,
      [plan.id, jan.personId, filed.body.id],
    );
    expect(events).toEqual([
      { resource: 'privacy_request', action: 'create' },
      { resource: 'erasure_plan', action: 'create' },
      { resource: 'special_file_erasure', action: 'delete' },
      { resource: 'person_erasure', action: 'delete' },
      { resource: 'privacy_request', action: 'update' },
    ]);

    // Run again: nothing changes, and completing the request again is refused as already completed.
    const settled = await databaseFingerprint(seeded.db.urls.owner);
    const eventCount = await count(
      'SELECT count(*)::int AS n FROM audit.access_events WHERE person_ids @> ARRAY[$1::uuid]',
      [jan.personId],
    );
    expect(await erasure.resumeOpen()).toEqual({ completed: 0, stopped: 0, busy: 0 });
    const again = await complete().expect(409);
    expect(again.body.code).toBe('PRIVACY_REQUEST_COMPLETED');
    expect(changedTables(settled, await databaseFingerprint(seeded.db.urls.owner))).toEqual([]);
    expect(
      await count('SELECT count(*)::int AS n FROM audit.access_events WHERE person_ids @> ARRAY[$1::uuid]', [
        jan.personId,
      ]),
    ).toBe(eventCount);
  });
});
