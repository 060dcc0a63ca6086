import { readFileSync, writeFileSync } from 'node:fs';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { AccessLogProblemCode, AccessLogVerification } from '@spoor/domain';
import type { DataSource } from 'typeorm';
import { EVENT_SELECT, LEGACY_EVENT_LINE, type EventRow } from '../../src/access-log/access-event-canonical';
import {
  AccessSealService,
  eventsHashV1,
  eventsHashV2,
  sealHashV1,
  sealHashV2,
} from '../../src/access-log/access-seal.service';
import type { AppConfig } from '../../src/platform/config/config';
import { APP_CONFIG } from '../../src/platform/config/config.module';
import { createSeededApp, type SeededApp } from '../utils/seeded-app';
import { queryAs } from '../utils/test-database';
import type { TestClient } from '../utils/test-session';

/**
 * Issue 14 item 6: the database owner (or a superuser: triggers off first) rewrites the access log's history.
 * Each attack runs end to end against the real app on its own database: real traffic, real seals and anchors,
 * then the owner's rewrite, then the privacy officer's `GET /api/access-log/verify` (which checks the anchors
 * this instance wrote) and `audit verify --anchors` (the same check the CLI runs) must both say so.
 */
interface Scene {
  seeded: SeededApp;
  dataSource: DataSource;
  seals: AccessSealService;
  privacy: TestClient;
  coach: TestClient;
  /** As the database owner, with the access log's triggers off (what a superuser or the tables' owner can do). */
  owner(sql: string): Promise<{ rows: unknown[] } | { errorCode: string }>;
  /** The privacy officer's view. */
  verifyApi(): Promise<AccessLogVerification>;
  /** `audit verify --anchors`. */
  verifyCli(): Promise<AccessLogVerification>;
}

const AUDIT_TABLES = ['access_events', 'access_seals', 'access_log_cuts'];
const triggers = (action: 'DISABLE' | 'ENABLE') =>
  AUDIT_TABLES.map((table) => `ALTER TABLE audit.${table} ${action} TRIGGER USER`).join('; ');

/**
 * One seeded app for every attack (each login spends a TOTP step): real traffic, sealed and anchored, then a
 * snapshot of the log, its cut function and the anchor file that `restore` puts back after each attack.
 */
async function scene(): Promise<Scene & { restore(): Promise<void> }> {
  const seeded = await createSeededApp();
  try {
    return await prepare(seeded);
  } catch (error) {
    await seeded.close();
    throw error;
  }
}

async function prepare(seeded: SeededApp): Promise<Scene & { restore(): Promise<void> }> {
  const dataSource = seeded.app.get<DataSource>(getDataSourceToken());
  const config = seeded.app.get<AppConfig>(APP_CONFIG);
  const seals = new AccessSealService(dataSource, config);
  const privacy = await seeded.as('privacy@spoor.test');
  const coach = await seeded.as('coach@spoor.test');
  // Traffic: reads of personal data and the officer's own searches, sealed in several seals.
  await coach.get('/api/cases').expect(200);
  await privacy.get('/api/access-log').expect(200);
  await seals.sealPending(0);
  await coach.get('/api/cases?page=2').expect(200);
  await seals.sealPending(0);
  await privacy.get('/api/access-log?page=2').expect(200);
  await seals.sealPending(0);
  const asOwner = (sql: string) => queryAs(seeded.db.urls.owner, sql);
  const snapshot = await asOwner(
    `CREATE SCHEMA attack_snapshot; ${AUDIT_TABLES.map((table) => `CREATE TABLE attack_snapshot.${table} AS SELECT * FROM audit.${table}`).join('; ')}`,
  );
  expect(snapshot).not.toHaveProperty('errorCode');
  const [{ definition }] = await dataSource.query(
    "SELECT pg_get_functiondef('audit.cut_access_log(timestamptz)'::regprocedure) AS definition",
  );
  const anchors = readFileSync(seals.anchorPath);
  const scene = {
    seeded,
    dataSource,
    seals,
    privacy,
    coach,
    owner: (sql: string) => asOwner(`BEGIN; ${triggers('DISABLE')}; ${sql}; ${triggers('ENABLE')}; COMMIT;`),
    verifyApi: async () => (await privacy.get('/api/access-log/verify').expect(200)).body,
    verifyCli: () => seals.verify({ anchors: 'required' }),
    async restore() {
      const restored = await asOwner(
        `BEGIN; ${triggers('DISABLE')};
         ${AUDIT_TABLES.map((table) => `DELETE FROM audit.${table}; INSERT INTO audit.${table} SELECT * FROM attack_snapshot.${table}`).join('; ')};
         ${triggers('ENABLE')};
         CREATE UNIQUE INDEX IF NOT EXISTS access_events_event_key ON audit.access_events (event_key); COMMIT;`,
      );
      expect(restored).not.toHaveProperty('errorCode');
      expect(await asOwner(definition)).not.toHaveProperty('errorCode');
      writeFileSync(seals.anchorPath, anchors);
      expect(await seals.verify({ anchors: 'required' })).toMatchObject({ ok: true, problems: [] });
    },
  };
  // The untouched log verifies both ways: every failure below is the attack's doing.
  expect(await scene.verifyApi()).toMatchObject({ ok: true, problems: [] });
  expect(await scene.verifyCli()).toMatchObject({ ok: true, problems: [], anchors: { present: true } });
  return scene;
}

let s: Awaited<ReturnType<typeof scene>>;

beforeAll(async () => {
  s = await scene();
}, 180_000);

afterEach(async () => {
  await s.restore();
});

afterAll(async () => {
  await s?.seeded.close();
});

const codesOf = (result: AccessLogVerification) => result.problems.map((problem) => problem.code);

/** Both verifications fail, and each names at least the given codes. */
async function detected(s: Scene, api: AccessLogProblemCode[], cli: AccessLogProblemCode[] = api) {
  const byApi = await s.verifyApi();
  expect(byApi.ok).toBe(false);
  expect(codesOf(byApi)).toEqual(expect.arrayContaining(api));
  const byCli = await s.verifyCli();
  expect(byCli.ok).toBe(false);
  expect(codesOf(byCli)).toEqual(expect.arrayContaining(cli));
}

const sealedEvent = async (s: Scene) => {
  const [row] = await s.dataSource.query(
    "SELECT e.id::text AS id FROM audit.access_events e, audit.access_seals s WHERE e.id BETWEEN s.from_event_id AND s.to_event_id AND e.outcome = 'allowed' ORDER BY e.id LIMIT 1",
  );
  return row.id as string;
};

/**
 * What an owner who knows the algorithm (it is public) can do without the audit key: recompute every seal from
 * `fromSeal` on, over the events as they now are, with the old MACs copied (or `mac: null` and version 1).
 */
async function reseal(s: Scene, fromSeal: string, version: 1 | 2): Promise<void> {
  const seals: Array<{ id: string; from: string; to: string; mac: string | null; mac_key_id: string | null }> =
    await s.dataSource.query(
      'SELECT id::text AS id, from_event_id::text AS from, to_event_id::text AS to, mac, mac_key_id FROM audit.access_seals WHERE id >= $1 ORDER BY id',
      [fromSeal],
    );
  const [previous] = await s.dataSource.query('SELECT seal_hash FROM audit.access_seals WHERE id = $1', [
    String(BigInt(fromSeal) - 1n),
  ]);
  let previousHash: string = previous ? previous.seal_hash : '0'.repeat(64);
  const statements: string[] = [`DELETE FROM audit.access_seals WHERE id >= ${fromSeal}`];
  for (const seal of seals) {
    const rows: EventRow[] = await s.dataSource.query(
      `SELECT ${EVENT_SELECT}, ${LEGACY_EVENT_LINE} AS legacy_line FROM audit.access_events e WHERE e.id BETWEEN $1 AND $2 ORDER BY e.id`,
      [seal.from, seal.to],
    );
    const events = version === 1 ? eventsHashV1(rows) : eventsHashV2(rows);
    const hash =
      version === 1
        ? sealHashV1(previousHash, seal.from, seal.to, rows.length, events)
        : sealHashV2(seal.id, previousHash, seal.from, seal.to, rows.length, events);
    const mac = version === 1 ? 'NULL' : `'${seal.mac}'`;
    const keyId = version === 1 ? 'NULL' : `'${seal.mac_key_id}'`;
    statements.push(
      `INSERT INTO audit.access_seals (id, version, from_event_id, to_event_id, event_count, events_hash, previous_hash, seal_hash, mac, mac_key_id)
       VALUES (${seal.id}, ${version}, ${seal.from}, ${seal.to}, ${rows.length}, '${events}', '${previousHash}', '${hash}', ${mac}, ${keyId})`,
    );
    previousHash = hash;
  }
  expect(await s.owner(statements.join('; '))).not.toHaveProperty('errorCode');
}

describe('attack: the owner edits a sealed event to hide a read', () => {
  it('is caught by the event MAC and by its seal', async () => {
    const id = await sealedEvent(s);
    await s.owner(`UPDATE audit.access_events SET outcome = 'denied' WHERE id = ${id}`);
    await detected(s, ['EVENT_MAC_INVALID', 'EVENT_CHANGED']);
  });
});

describe('attack: the owner edits an event before the sealer reaches it (the 30-second window)', () => {
  it('is caught at once by the event MAC', async () => {
    await s.coach.get('/api/cases?page=3').expect(200);
    const [{ id }] = await s.dataSource.query(
      "SELECT max(id)::text AS id FROM audit.access_events WHERE actor_role = 'coach'",
    );
    const [{ sealed }] = await s.dataSource.query(
      'SELECT count(*)::int AS sealed FROM audit.access_seals WHERE to_event_id >= $1',
      [id],
    );
    expect(sealed).toBe(0);
    await s.owner(`UPDATE audit.access_events SET purpose = 'edited' WHERE id = ${id}`);
    const result = await s.verifyCli();
    expect(result.problems).toContainEqual({ code: 'EVENT_MAC_INVALID', position: `event ${id}` });
    await detected(s, ['EVENT_MAC_INVALID']);
  });
});

describe('attack: the owner deletes an event and re-seals the chain from that seal onward', () => {
  it('is caught by the seal MACs and by the anchors', async () => {
    const id = await sealedEvent(s);
    const [{ seal }] = await s.dataSource.query(
      'SELECT id::text AS seal FROM audit.access_seals WHERE $1 BETWEEN from_event_id AND to_event_id',
      [id],
    );
    await s.owner(`DELETE FROM audit.access_events WHERE id = ${id}`);
    await reseal(s, seal, 2);
    // The chain is consistent again: only what needs the key or lives outside the database tells.
    const cli = await s.verifyCli();
    expect(codesOf(cli)).not.toContain('EVENT_REMOVED');
    expect(codesOf(cli)).not.toContain('SEAL_CHAIN_BROKEN');
    await detected(s, ['SEAL_MAC_INVALID', 'ANCHOR_MISMATCH']);
  });
});

describe('attack: the owner disguises the rewritten log as one from before MACs existed', () => {
  it('is caught: no MAC-less event after MAC\u2019d ones, no seal vouches for them, the anchors differ', async () => {
    const id = await sealedEvent(s);
    await s.owner(
      `UPDATE audit.access_events SET outcome = 'denied' WHERE id = ${id}; UPDATE audit.access_events SET mac = NULL, mac_key_id = NULL`,
    );
    await reseal(s, '1', 1);
    // The app's sealer refuses to extend (and so to vouch for) a chain that contradicts its anchors.
    expect(await s.seals.sealPending(0)).toBe(0);
    await detected(s, ['ANCHOR_MISMATCH', 'EVENT_MAC_MISSING']);
  });
});

describe('attack: the owner copies an event under a new id (a re-used identity)', () => {
  it('is caught by the duplicate event key, although the copy\u2019s MAC is valid', async () => {
    const id = await sealedEvent(s);
    await s.owner(
      `DROP INDEX audit.access_events_event_key;
       INSERT INTO audit.access_events (event_key, at, actor_id, actor_role, actor_organisation_id, action, outcome, person_ids,
         case_id, resource, resource_id, fields, purpose, break_glass, break_glass_grant_id, request_id, source_address,
         user_agent, mac, mac_key_id)
       SELECT event_key, at, actor_id, actor_role, actor_organisation_id, action, outcome, person_ids, case_id, resource,
         resource_id, fields, purpose, break_glass, break_glass_grant_id, request_id, source_address, user_agent, mac, mac_key_id
         FROM audit.access_events WHERE id = ${id}`,
    );
    await detected(s, ['EVENT_KEY_REUSED']);
  });
});

describe('attack: the owner inserts an event of their own making', () => {
  it('is caught: it has no MAC, and no MAC it could forge verifies', async () => {
    await s.owner(
      `INSERT INTO audit.access_events (actor_role, action, outcome, resource, purpose) VALUES ('coach', 'read', 'allowed', 'case', 'x');
       INSERT INTO audit.access_events (event_key, actor_role, action, outcome, resource, purpose, mac, mac_key_id)
       SELECT gen_random_uuid(), 'coach', 'read', 'allowed', 'case', 'x', repeat('a', 64), mac_key_id FROM audit.access_events WHERE mac IS NOT NULL LIMIT 1`,
    );
    await detected(s, ['EVENT_MAC_MISSING', 'EVENT_MAC_INVALID']);
  });
});

describe('attack: the owner removes a seal from the middle of the chain', () => {
  it('is caught by the gap in seal ids and the broken chain', async () => {
    const [{ count }] = await s.dataSource.query('SELECT count(*)::int AS count FROM audit.access_seals');
    expect(count).toBeGreaterThanOrEqual(3);
    await s.owner('DELETE FROM audit.access_seals WHERE id = 2');
    await detected(
      s,
      ['SEAL_ID_GAP', 'SEAL_CHAIN_BROKEN'],
      ['SEAL_ID_GAP', 'SEAL_CHAIN_BROKEN', 'ANCHOR_SEAL_MISSING'],
    );
  });
});

describe('attack: the owner rolls the log back (drops the newest seals and their events)', () => {
  it('is caught by the anchors: the newest seal is older than the newest anchor', async () => {
    const [newest] = await s.dataSource.query(
      'SELECT id::text AS id, from_event_id::text AS from FROM audit.access_seals ORDER BY id DESC LIMIT 1',
    );
    await s.owner(
      `DELETE FROM audit.access_seals WHERE id = ${newest.id}; DELETE FROM audit.access_events WHERE id >= ${newest.from}`,
    );
    // Inside the database the shortened chain is consistent.
    expect(await s.seals.verify()).toMatchObject({ ok: true });
    await detected(s, ['ANCHOR_ROLLBACK']);
  });
});

describe('attack: the owner abuses the retention exemption', () => {
  it('the old setting, a forged marker and a recent cut are refused, and the log is untouched', async () => {
    const url = s.seeded.db.urls.owner;
    const [{ before }] = await s.dataSource.query('SELECT count(*)::int AS before FROM audit.access_events');
    expect(
      await queryAs(
        url,
        "BEGIN; SET LOCAL spoor.access_log_retention = 'on'; DELETE FROM audit.access_events; COMMIT;",
      ),
    ).toEqual({ errorCode: '42501' });
    expect(
      await queryAs(url, "BEGIN; SET LOCAL spoor.access_log_retention = 'on'; DELETE FROM audit.access_seals; COMMIT;"),
    ).toEqual({ errorCode: '42501' });
    expect(
      await queryAs(
        url,
        "BEGIN; SELECT set_config('spoor.access_log_cut', '1', true); DELETE FROM audit.access_events; COMMIT;",
      ),
    ).toEqual({ errorCode: '42501' });
    expect(await queryAs(url, 'SELECT * FROM audit.cut_access_log(now())')).toEqual({ errorCode: '22023' });
    expect(
      await queryAs(s.seeded.db.urls.app, "SELECT * FROM audit.cut_access_log(now() - interval '9 years')"),
    ).toEqual({ errorCode: '42501' });
    const [{ after }] = await s.dataSource.query('SELECT count(*)::int AS after FROM audit.access_events');
    expect(after).toBeGreaterThanOrEqual(before);
    expect(await s.verifyCli()).toMatchObject({ ok: true });
  });

  it('a cut function rewritten to remove recent events is caught: no authenticated event records the cut', async () => {
    const url = s.seeded.db.urls.owner;
    const [{ definition }] = await s.dataSource.query(
      "SELECT pg_get_functiondef('audit.cut_access_log(timestamptz)'::regprocedure) AS definition",
    );
    const rewritten = (definition as string).replace("now() - interval '1 year'", "now() + interval '1 year'");
    expect(rewritten).not.toBe(definition);
    expect(await queryAs(url, rewritten)).not.toHaveProperty('errorCode');
    const cut = await queryAs(url, 'SELECT * FROM audit.cut_access_log(now())');
    expect(cut).toMatchObject({ rows: [expect.objectContaining({ seals_removed: expect.any(Number) })] });
    await detected(s, ['CUT_UNATTESTED']);
  });
});
