import { getDataSourceToken } from '@nestjs/typeorm';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createTestApp } from '../../test/utils/test-app';
import { createTestDatabase, queryAs, TEST_MASTER_KEY, type TestDatabase } from '../../test/utils/test-database';
import { canonicalEvent, EVENT_SELECT, eventOfRow, LEGACY_EVENT_LINE, type EventRow } from './access-event-canonical';
import { insertAccessEvent, insertAccessEvents, type AccessEventContent } from './access-log.service';
import { AccessSealService, cutExpiredAccessLog, eventsHashV1, sealHashV1 } from './access-seal.service';
import { AUDIT_KEY_RING, type AuditKeyRing } from './audit-key';
import type { AppConfig } from '../platform/config/config';
import { APP_CONFIG } from '../platform/config/config.module';

const coachRead = (overrides: Partial<AccessEventContent> = {}): AccessEventContent => ({
  actorId: null,
  actorRole: 'coach',
  actorOrganisationId: null,
  action: 'read',
  outcome: 'allowed',
  personIds: [],
  caseId: null,
  resource: 'case',
  resourceId: null,
  fields: [],
  purpose: 'reintegration_guidance',
  breakGlass: false,
  breakGlassGrantId: null,
  requestId: null,
  sourceAddress: null,
  userAgent: null,
  ...overrides,
});

/** Tampering as the owner or a superuser would: disabling the triggers first. Verification must still notice. */
describe('access log seals', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let seals: AccessSealService;
  let dataSource: DataSource;
  let keys: AuditKeyRing;

  const insertEvents = async (count: number) => {
    for (let i = 0; i < count; i++) await insertAccessEvent(dataSource, keys, coachRead());
  };
  const tamper = (sql: string, table = 'access_events') =>
    queryAs(
      db.urls.owner,
      `BEGIN; ALTER TABLE audit.${table} DISABLE TRIGGER USER; ${sql}; ALTER TABLE audit.${table} ENABLE TRIGGER USER; COMMIT;`,
    );
  const codes = async () => (await seals.verify()).problems.map((problem) => problem.code);

  beforeEach(async () => {
    db = await createTestDatabase();
    app = await createTestApp(db.urls);
    seals = app.get(AccessSealService);
    dataSource = app.get<DataSource>(getDataSourceToken());
    keys = app.get<AuditKeyRing>(AUDIT_KEY_RING);
    await insertEvents(30);
    expect(await seals.sealPending(0)).toBe(30);
    // Through the group commit's statement (one JSON parameter), with values PostgreSQL normalises: an
    // upper-case uuid, a user agent cut through an emoji, a `|` and a comma.
    await insertAccessEvents(dataSource, keys, [
      ...Array.from({ length: 4 }, () => coachRead()),
      coachRead({
        caseId: '5F0C8A4E-3B1D-4C2A-9E7F-0A1B2C3D4E5F',
        personIds: ['5F0C8A4E-3B1D-4C2A-9E7F-0A1B2C3D4E5F', '5f0c8a4e-3b1d-4c2a-9e7f-0a1b2c3d4e5f'],
        fields: ['a,b', 'c|d'],
        userAgent: 'Mozilla \u{1F600}'.slice(0, 9),
      }),
    ]);
    expect(await seals.sealPending(0)).toBe(5);
  });

  afterEach(async () => {
    await app?.close();
    await db?.drop();
  });

  it('verifies an untouched log, every MAC included, and exports the newest seal', async () => {
    const result = await seals.verify();
    expect(result).toMatchObject({
      ok: true,
      checked: 35,
      seals: 2,
      unsealed: 0,
      problems: [],
      macs: { verified: 35, legacy: 0, retiredKey: 0 },
    });
    expect(result.newestSeal).toMatchObject({
      id: '2',
      toEventId: '35',
      sealHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('detects an edited event by its MAC and by its seal', async () => {
    await tamper("UPDATE audit.access_events SET outcome = 'denied' WHERE id = 7");
    const result = await seals.verify();
    expect(result).toMatchObject({
      ok: false,
      firstBad: { position: 'event 7', reason: expect.stringContaining('MAC') },
    });
    expect(result.problems).toEqual([
      { code: 'EVENT_MAC_INVALID', position: 'event 7' },
      { code: 'EVENT_CHANGED', position: 'events 1–30 (seal 1)' },
    ]);
  });

  it('detects an edit of an event that is not sealed yet at once (its MAC)', async () => {
    await insertEvents(1);
    await tamper("UPDATE audit.access_events SET fields = ARRAY['nothing'] WHERE id = 36");
    expect(await seals.verify()).toMatchObject({
      ok: false,
      unsealed: 1,
      problems: [{ code: 'EVENT_MAC_INVALID', position: 'event 36' }],
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
    expect(await codes()).toEqual(['EVENT_MAC_MISSING', 'EVENT_BACKDATED']);
  });

  it('detects an event slipped into a sealed range under a removed one\u2019s id', async () => {
    await tamper('DELETE FROM audit.access_events WHERE id = 10');
    await tamper(
      "INSERT INTO audit.access_events (id, actor_role, action, outcome, resource, purpose) VALUES (10, 'coach', 'read', 'denied', 'case', 'x')",
    );
    expect(await codes()).toEqual(['EVENT_MAC_MISSING', 'EVENT_CHANGED']);
  });

  it('detects a copied event (its identity re-used under another id), even with a valid MAC', async () => {
    await tamper(
      `DROP INDEX audit.access_events_event_key;
       INSERT INTO audit.access_events (id, event_key, at, actor_role, action, outcome, resource, purpose, mac, mac_key_id)
       SELECT 36, event_key, at, actor_role, action, outcome, resource, purpose, mac, mac_key_id
         FROM audit.access_events WHERE id = 5`,
    );
    const result = await seals.verify();
    expect(result.macs.verified).toBe(36); // the copy's MAC is valid: only the identity gives it away
    expect(result.problems).toEqual([{ code: 'EVENT_KEY_REUSED', position: 'event 36' }]);
  });

  it('refuses a duplicate identity while the unique index stands', async () => {
    expect(
      await tamper(
        'INSERT INTO audit.access_events (id, event_key, actor_role, action, outcome, resource, purpose) SELECT 36, event_key, actor_role, action, outcome, resource, purpose FROM audit.access_events WHERE id = 5',
      ),
    ).toEqual({ errorCode: '23505' });
  });

  it('detects a removed seal: a gap in the seal ids and a broken chain', async () => {
    await insertEvents(3);
    await seals.sealPending(0);
    await tamper('DELETE FROM audit.access_seals WHERE id = 2', 'access_seals');
    expect(await codes()).toEqual(['SEAL_CHAIN_BROKEN', 'SEAL_ID_GAP', 'EVENT_INSERTED']);
  });

  it('detects a removed first seal: the chain no longer starts at the beginning', async () => {
    await tamper('DELETE FROM audit.access_seals WHERE id = 1', 'access_seals');
    expect(await codes()).toEqual(expect.arrayContaining(['SEAL_CHAIN_START', 'SEAL_ID_GAP']));
  });

  it('detects an event whose MAC is under a key nobody configured (a relabelled MAC)', async () => {
    await insertEvents(1);
    await tamper("UPDATE audit.access_events SET mac_key_id = 'ffffffffffffffff' WHERE id = 36");
    expect(await codes()).toEqual(['EVENT_MAC_KEY_UNKNOWN']);
  });

  it('verifies MACs under a previous master key during a rotation', async () => {
    await insertEvents(2);
    const rotated = new AccessSealService(dataSource, {
      masterKey: Buffer.alloc(32, 3),
      previousMasterKeys: [TEST_MASTER_KEY],
      dataDir: app.get<AppConfig>(APP_CONFIG).dataDir,
    });
    expect(await rotated.verify()).toMatchObject({ ok: true, macs: { verified: 37, retiredKey: 0 } });
  });

  it('accepts MACs under a retired master key only where a seal under a configured key vouches for them', async () => {
    await insertEvents(2);
    const retired = new AccessSealService(dataSource, {
      masterKey: Buffer.alloc(32, 3),
      previousMasterKeys: [],
      dataDir: app.get<AppConfig>(APP_CONFIG).dataDir,
    });
    // No seal under the new key yet: nothing vouches for the old MACs, and this sealer will not either.
    expect((await retired.verify()).problems.map((problem) => problem.code)).toEqual(
      expect.arrayContaining(['SEAL_MAC_KEY_UNKNOWN', 'EVENT_MAC_KEY_UNKNOWN']),
    );
    expect(await retired.sealPending(0)).toBe(0);
    // Sealed under the new key while the old one was still configured: that seal vouches for the chain so far.
    const rotating = new AccessSealService(dataSource, {
      masterKey: Buffer.alloc(32, 3),
      previousMasterKeys: [TEST_MASTER_KEY],
      dataDir: app.get<AppConfig>(APP_CONFIG).dataDir,
    });
    expect(await rotating.sealPending(0)).toBe(2);
    expect(await retired.verify()).toMatchObject({ ok: true, macs: { verified: 0, retiredKey: 37 } });
    // With nothing pending, a checkpoint seal (no events) does the same after the next rotation.
    const next = new AccessSealService(dataSource, {
      masterKey: Buffer.alloc(32, 4),
      previousMasterKeys: [Buffer.alloc(32, 3)],
      dataDir: app.get<AppConfig>(APP_CONFIG).dataDir,
    });
    expect(await next.sealPending(0)).toBe(0);
    const checkpoint = await new AccessSealService(dataSource, {
      masterKey: Buffer.alloc(32, 4),
      previousMasterKeys: [],
      dataDir: app.get<AppConfig>(APP_CONFIG).dataDir,
    }).verify({ anchors: 'required' });
    expect(checkpoint).toMatchObject({ ok: true, seals: 4, macs: { retiredKey: 37 }, newestSeal: { id: '4' } });
  });

  it('writes one anchor per seal and detects re-sealing and rollback with them', async () => {
    const anchored = await seals.verify({ anchors: 'required' });
    expect(anchored).toMatchObject({ ok: true, anchors: { present: true, checked: 2, newestSealId: '2' } });
    // The owner drops the newest seal and its events: the chain itself is consistent, the anchor is not.
    await tamper('DELETE FROM audit.access_seals WHERE id = 2', 'access_seals');
    await tamper('DELETE FROM audit.access_events WHERE id > 30');
    expect(await seals.verify()).toMatchObject({ ok: true });
    expect(await seals.verify({ anchors: 'required' })).toMatchObject({
      ok: false,
      problems: [{ code: 'ANCHOR_ROLLBACK', position: 'seal 2 (anchor line 2)' }],
    });
  });
});

describe('access log from before MACs (an upgraded database)', () => {
  it('keeps verifying the old seals, vouches for MAC-less events once, and accepts none after MACs began', async () => {
    const db = await createTestDatabase();
    const app = await createTestApp(db.urls);
    const seals = app.get(AccessSealService);
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const keys = app.get<AuditKeyRing>(AUDIT_KEY_RING);
    try {
      // As the first sealer left it: MAC-less events, the first ten under a version-1 seal, five unsealed.
      const legacy = "('coach', 'read', 'allowed', 'case', 'reintegration_guidance')";
      await dataSource.query(
        `INSERT INTO audit.access_events (actor_role, action, outcome, resource, purpose) VALUES ${Array(15).fill(legacy).join(', ')}`,
      );
      const rows: EventRow[] = await dataSource.query(
        `SELECT ${EVENT_SELECT}, ${LEGACY_EVENT_LINE} AS legacy_line FROM audit.access_events e WHERE e.id <= 10 ORDER BY e.id`,
      );
      const events = eventsHashV1(rows);
      await dataSource.query(
        `INSERT INTO audit.access_seals (id, version, from_event_id, to_event_id, event_count, events_hash, previous_hash, seal_hash)
         VALUES (1, 1, 1, 10, 10, $1, $2, $3)`,
        [events, '0'.repeat(64), sealHashV1('0'.repeat(64), '1', '10', 10, events)],
      );
      // Before a seal under the audit key exists, nothing vouches for them.
      expect((await seals.verify()).problems.map((problem) => problem.code)).toEqual([
        'SEAL_MAC_MISSING',
        ...Array.from({ length: 15 }, () => 'EVENT_MAC_MISSING'),
      ]);
      expect(await seals.sealPending(0)).toBe(5);
      await insertAccessEvent(dataSource, keys, coachRead());
      expect(await seals.verify()).toMatchObject({
        ok: true,
        seals: 2,
        macs: { verified: 1, legacy: 15, retiredKey: 0 },
      });
      // A MAC-less event after the first MAC'd one is never accepted, sealed or not.
      await dataSource.query(
        `INSERT INTO audit.access_events (actor_role, action, outcome, resource, purpose) VALUES ${legacy}`,
      );
      await seals.sealPending(0);
      expect(await seals.verify()).toMatchObject({
        ok: false,
        problems: [{ code: 'EVENT_MAC_MISSING', position: 'event 17' }],
      });
    } finally {
      await app.close();
      await db.drop();
    }
  });
});

describe('access log canonical form', () => {
  it('tells apart two versions of an event that the old `concat_ws` line hashed alike', async () => {
    const db = await createTestDatabase();
    const owner = new DataSource({ type: 'postgres', url: db.urls.owner });
    await owner.initialize();
    try {
      const read = async () => {
        const [row]: EventRow[] = await owner.query(
          `SELECT ${EVENT_SELECT}, ${LEGACY_EVENT_LINE} AS legacy_line FROM audit.access_events e WHERE e.id = 1`,
        );
        return { legacy: row.legacy_line, canonical: canonicalEvent(eventOfRow(row)) };
      };
      // A NULL request id with a source address, rewritten to that value as the request id and no address; and
      // a `|` moved from one field into its neighbour.
      await owner.query(
        `INSERT INTO audit.access_events (id, at, actor_role, action, outcome, resource, purpose, request_id, source_address, user_agent)
         VALUES (1, '2026-01-01T00:00:00Z', 'coach', 'read', 'allowed', 'case', 'x', NULL, 'r1|10.0.0.1', 'curl')`,
      );
      const before = await read();
      await owner.query(
        `BEGIN; ALTER TABLE audit.access_events DISABLE TRIGGER USER;
         UPDATE audit.access_events SET request_id = 'r1', source_address = '10.0.0.1|curl', user_agent = NULL WHERE id = 1;
         ALTER TABLE audit.access_events ENABLE TRIGGER USER; COMMIT;`,
      );
      const after = await read();
      expect(after.legacy).toBe(before.legacy);
      expect(after.canonical).not.toBe(before.canonical);
    } finally {
      await owner.destroy();
      await db.drop();
    }
  });
});

describe('access log retention', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let seals: AccessSealService;
  let dataSource: DataSource;
  let owner: DataSource;
  const config = { masterKey: TEST_MASTER_KEY, previousMasterKeys: [] };
  const cutoff = () => new Date(Date.now() - 5 * 365 * 24 * 3600_000);

  beforeEach(async () => {
    db = await createTestDatabase();
    app = await createTestApp(db.urls);
    seals = app.get(AccessSealService);
    dataSource = app.get<DataSource>(getDataSourceToken());
    owner = new DataSource({ type: 'postgres', url: db.urls.owner });
    await owner.initialize();
    const keys = app.get<AuditKeyRing>(AUDIT_KEY_RING);
    // Old events (MAC'd as the app writes them, dated six years back) and recent ones.
    for (let i = 0; i < 20; i++) {
      await insertAccessEvent(dataSource, keys, coachRead(), new Date(Date.now() - 6 * 365 * 24 * 3600_000 + i * 1000));
    }
    expect(await seals.sealPending(0)).toBe(20);
    await insertAccessEvent(dataSource, keys, coachRead());
    expect(await seals.sealPending(0)).toBe(1);
  });

  afterEach(async () => {
    await owner?.destroy();
    await app?.close();
    await db?.drop();
  });

  it('removes only whole expired sealed ranges, records the cut with a MAC\u2019d event, and verification holds', async () => {
    expect(await cutExpiredAccessLog(owner, config, cutoff(), { dryRun: true })).toMatchObject({
      eventsRemoved: 20,
      sealsRemoved: 1,
    });
    const [{ unchanged }] = await dataSource.query('SELECT count(*)::int AS unchanged FROM audit.access_events');
    expect(unchanged).toBe(21); // the dry run removed nothing
    expect(await cutExpiredAccessLog(owner, config, cutoff())).toMatchObject({ eventsRemoved: 20, sealsRemoved: 1 });
    const [{ remaining }] = await dataSource.query('SELECT count(*)::int AS remaining FROM audit.access_events');
    expect(remaining).toBe(2); // the recent event and the event recording the cut
    expect(await seals.verify({ anchors: 'required' })).toMatchObject({ ok: true, problems: [] });
    // The chain goes on from the cut: the next seal is number 3 and verifies.
    expect(await seals.sealPending(0)).toBe(1);
    expect(await seals.verify({ anchors: 'required' })).toMatchObject({
      ok: true,
      newestSeal: { id: '3' },
      anchors: { checked: 3 },
    });
  });

  it('gives the old retention setting no power, to the owner or the runtime roles', async () => {
    for (const url of [db.urls.owner, db.urls.app, db.urls.special]) {
      for (const table of ['access_events', 'access_seals', 'access_log_cuts']) {
        expect(
          await queryAs(url, `BEGIN; SET LOCAL spoor.access_log_retention = 'on'; DELETE FROM audit.${table}; COMMIT;`),
        ).toEqual({ errorCode: '42501' });
      }
    }
  });

  it('does not let the owner fake the cut function\u2019s marker, insert a cut, or cut recent events', async () => {
    const [{ id }] = await owner.query('SELECT max(id)::text AS id FROM audit.access_seals');
    expect(
      await queryAs(
        db.urls.owner,
        `BEGIN; SELECT set_config('spoor.access_log_cut', '1', true); DELETE FROM audit.access_events WHERE id = 1; COMMIT;`,
      ),
    ).toEqual({ errorCode: '42501' });
    expect(
      await queryAs(
        db.urls.owner,
        `INSERT INTO audit.access_log_cuts (up_to_seal_id, up_to_event_id, last_seal_hash, events_removed, older_than) VALUES (${id}, 21, 'x', 0, now())`,
      ),
    ).toEqual({ errorCode: '42501' });
    expect(await queryAs(db.urls.owner, `SELECT * FROM audit.cut_access_log(now() - interval '11 months')`)).toEqual({
      errorCode: '22023',
    });
    // The runtime roles may not even call it.
    for (const url of [db.urls.app, db.urls.special]) {
      expect(await queryAs(url, `SELECT * FROM audit.cut_access_log(now() - interval '5 years')`)).toEqual({
        errorCode: '42501',
      });
    }
    expect(await seals.verify()).toMatchObject({ ok: true });
  });
});
