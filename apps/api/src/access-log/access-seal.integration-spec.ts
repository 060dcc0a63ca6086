import { getDataSourceToken } from '@nestjs/typeorm';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import { createTestApp } from '../../test/utils/test-app';
import { createTestDatabase, queryAs, type TestDatabase } from '../../test/utils/test-database';
import { AccessSealService, cutExpiredAccessLog } from './access-seal.service';

/** Tampering as a superuser would: disabling the triggers first. Verification must still notice. */
describe('access log seals', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let seals: AccessSealService;
  let dataSource: DataSource;

  const insertEvents = async (count: number) => {
    for (let i = 0; i < count; i++) {
      await dataSource.query(
        "INSERT INTO audit.access_events (actor_role, action, outcome, resource, purpose) VALUES ('coach', 'read', 'allowed', 'case', 'reintegration_guidance')",
      );
    }
  };
  const tamper = (sql: string) =>
    queryAs(
      db.urls.owner,
      `BEGIN; ALTER TABLE audit.access_events DISABLE TRIGGER USER; ${sql}; ALTER TABLE audit.access_events ENABLE TRIGGER USER; COMMIT;`,
    );

  beforeEach(async () => {
    db = await createTestDatabase();
    app = await createTestApp(db.urls);
    seals = app.get(AccessSealService);
    dataSource = app.get<DataSource>(getDataSourceToken());
    await insertEvents(30);
    expect(await seals.sealPending(0)).toBe(30);
    await insertEvents(5);
    expect(await seals.sealPending(0)).toBe(5);
  });

  afterEach(async () => {
    await app?.close();
    await db?.drop();
  });

  it('verifies an untouched log and exports the newest seal', async () => {
    const result = await seals.verify();
    expect(result).toMatchObject({ ok: true, checked: 35, seals: 2, unsealed: 0 });
    expect(result.newestSeal).toMatchObject({
      toEventId: expect.any(String),
      sealHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('detects an edited event', async () => {
    await tamper("UPDATE audit.access_events SET outcome = 'denied' WHERE id = 7");
    expect(await seals.verify()).toMatchObject({
      ok: false,
      firstBad: { position: expect.stringContaining('seal 1'), reason: 'event changed' },
    });
  });

  it('detects a removed event', async () => {
    await tamper('DELETE FROM audit.access_events WHERE id = 33');
    expect(await seals.verify()).toMatchObject({ ok: false, firstBad: { reason: 'event removed' } });
  });

  it('detects an event inserted into the past, inside or after the sealed ranges', async () => {
    await tamper(
      "INSERT INTO audit.access_events (id, actor_role, action, outcome, resource, purpose, at) VALUES (1000, 'coach', 'read', 'allowed', 'case', 'x', '2020-01-01')",
    );
    expect(await seals.verify()).toMatchObject({
      ok: false,
      firstBad: { position: 'event 1000', reason: expect.stringContaining('inserted into the past') },
    });
  });

  it('detects an event slipped into a sealed range', async () => {
    await tamper('DELETE FROM audit.access_events WHERE id = 10');
    await tamper(
      "INSERT INTO audit.access_events (id, actor_role, action, outcome, resource, purpose) VALUES (10, 'coach', 'read', 'denied', 'case', 'x')",
    );
    expect((await seals.verify()).ok).toBe(false);
  });

  it('detects a removed seal', async () => {
    await queryAs(
      db.urls.owner,
      'BEGIN; ALTER TABLE audit.access_seals DISABLE TRIGGER USER; DELETE FROM audit.access_seals WHERE id = 1; ALTER TABLE audit.access_seals ENABLE TRIGGER USER; COMMIT;',
    );
    expect(await seals.verify()).toMatchObject({
      ok: false,
      firstBad: { reason: expect.stringMatching(/seal chain broken|inserted between/) },
    });
  });
});

describe('access log retention', () => {
  it('removes only whole expired sealed ranges, records the cut, and verification still holds', async () => {
    const db = await createTestDatabase();
    const app = await createTestApp(db.urls);
    const seals = app.get(AccessSealService);
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const { DataSource: OwnerDataSource } = await import('typeorm');
    const owner = new OwnerDataSource({ type: 'postgres', url: db.urls.owner });
    await owner.initialize();
    try {
      // Old events (back-dated by the owner, as a migration of old data would) and recent ones.
      await queryAs(
        db.urls.owner,
        `INSERT INTO audit.access_events (actor_role, action, outcome, resource, purpose, at)
        SELECT 'coach', 'read', 'allowed', 'case', 'x', now() - interval '6 years' + (g || ' seconds')::interval FROM generate_series(1, 20) g`,
      );
      expect(await seals.sealPending(0)).toBe(20);
      await dataSource.query(
        "INSERT INTO audit.access_events (actor_role, action, outcome, resource, purpose) VALUES ('coach', 'read', 'allowed', 'case', 'x')",
      );
      expect(await seals.sealPending(0)).toBe(1);
      const cutoff = new Date(Date.now() - 5 * 365 * 24 * 3600_000);
      expect(await cutExpiredAccessLog(owner, cutoff, { dryRun: true })).toMatchObject({
        eventsRemoved: 20,
        sealsRemoved: 1,
      });
      expect(await cutExpiredAccessLog(owner, cutoff)).toMatchObject({ eventsRemoved: 20, sealsRemoved: 1 });
      const [{ remaining }] = await dataSource.query('SELECT count(*)::int AS remaining FROM audit.access_events');
      expect(remaining).toBe(2); // the recent event and the event recording the cut
      expect(await seals.verify()).toMatchObject({ ok: true });
      // The app role cannot do the same, setting or not.
      expect(
        await queryAs(
          db.urls.app,
          "BEGIN; SET LOCAL spoor.access_log_retention = 'on'; DELETE FROM audit.access_events; COMMIT;",
        ),
      ).toEqual({ errorCode: '42501' });
    } finally {
      await owner.destroy();
      await app.close();
      await db.drop();
    }
  });
});
