import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccessLogProblem, AccessLogProblemCode, AccessLogVerification } from '@spoor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../platform/config/config';
import { InjectConfig } from '../platform/config/config.module';
import {
  canonicalEvent,
  EVENT_SELECT,
  eventOfRow,
  LEGACY_EVENT_LINE,
  sealedEventLine,
  sha256,
  type EventRow,
} from './access-event-canonical';
import { AnchorFile, type Anchor } from './access-log-anchors';
import { insertAccessEvent } from './access-log.service';
import { AuditKeyRing, type MacCheck } from './audit-key';

/** Events younger than this are not sealed yet: their transactions may still be committing. */
const SETTLE_SECONDS = 10;
const BATCH = 5000;
/** An unsealed event this much older than the newest sealed one was inserted into the past. */
const BACKDATE_TOLERANCE_SECONDS = 60;
const GENESIS = '0'.repeat(64);
/** A verify answer names at most this many problems. */
const MAX_PROBLEMS = 100;

export type VerifyResult = AccessLogVerification;

/** What sealing and verifying need from the configuration: the master keys (for the audit key) and the data dir. */
export type AuditConfig = Pick<AppConfig, 'masterKey' | 'previousMasterKeys' | 'dataDir'>;

export interface VerifyOptions {
  /** `required`: `audit verify --anchors`; `if-present`: the API (its own data directory); `skip`. */
  anchors?: 'required' | 'if-present' | 'skip';
}

const REASONS: Record<AccessLogProblemCode, string> = {
  EVENT_CHANGED: 'event changed',
  EVENT_REMOVED: 'event removed',
  EVENT_INSERTED: 'event inserted into a sealed range',
  EVENT_BACKDATED: 'event inserted into the past (dated before sealed events)',
  EVENT_MAC_INVALID: 'event MAC does not match: the event was changed',
  EVENT_MAC_MISSING: 'event without a MAC where every event has one',
  EVENT_MAC_KEY_UNKNOWN: 'event MAC under a key that is not configured, and no seal vouches for it',
  EVENT_KEY_REUSED: 'event identity re-used: an event was copied',
  SEAL_ALTERED: 'seal was altered',
  SEAL_CHAIN_BROKEN: 'seal chain broken: a seal was changed or removed',
  SEAL_CHAIN_START: 'seal chain does not start at the recorded cut',
  SEAL_ID_GAP: 'gap in seal ids: a seal was removed',
  SEAL_RANGE_OVERLAP: 'seal ranges overlap',
  SEAL_MAC_INVALID: 'seal MAC does not match: the log was re-sealed',
  SEAL_MAC_MISSING: 'seal without a MAC where every seal has one',
  SEAL_MAC_KEY_UNKNOWN: 'seal MAC under a key that is not configured, and no later seal vouches for it',
  CUT_UNATTESTED: 'the retention cut has no authenticated event recording it',
  ANCHOR_FILE_MISSING: 'the anchor file is missing',
  ANCHOR_INVALID: 'anchor line cannot be read',
  ANCHOR_SEAL_MISSING: 'an anchored seal is missing',
  ANCHOR_MISMATCH: 'an anchored seal has another hash: the log was re-sealed',
  ANCHOR_ROLLBACK: 'the newest seal is older than the newest anchor: the log was rolled back',
};

interface SealRow {
  id: string;
  from_event_id: string;
  to_event_id: string;
  event_count: number;
  events_hash: string;
  previous_hash: string;
  seal_hash: string;
  sealed_at: Date;
  version: number;
  mac: string | null;
  mac_key_id: string | null;
}

interface CutRow {
  id: string;
  up_to_seal_id: string;
  up_to_event_id: string;
  last_seal_hash: string;
}

/** Version 2: each event's canonical form with its id and MAC (see sealedEventLine). */
export function eventsHashV2(rows: EventRow[]): string {
  const hash = createHash('sha256');
  for (const row of rows) hash.update(sha256(sealedEventLine(row))).update('\n');
  return hash.digest('hex');
}

/** Version 1 (seals made before the canonical form): the ambiguous `concat_ws` line. */
export function eventsHashV1(rows: EventRow[]): string {
  const hash = createHash('sha256');
  for (const row of rows) hash.update(sha256(row.legacy_line ?? '')).update('\n');
  return hash.digest('hex');
}

export const sealHashV1 = (previous: string, from: string, to: string, count: number, events: string) =>
  sha256(`spoor-seal-v1|${previous}|${from}|${to}|${count}|${events}`);

/** Version 2 binds the seal's own id too: seal ids are gap-free, so a removed seal shows. */
export const sealHashV2 = (id: string, previous: string, from: string, to: string, count: number, events: string) =>
  sha256(JSON.stringify(['spoor-seal-v2', id, previous, from, to, count, events]));

const sealMacMessage = (sealHash: string) => JSON.stringify(['spoor-seal-mac-v2', sealHash]);

/** The event a retention cut writes about itself (MAC'd): what verify checks the latest cut against. */
export function cutAttestation(cut: { id: string; upToSealId: string; upToEventId: string; lastSealHash: string }) {
  return {
    resourceId: `access_log_cut:${cut.id}`,
    fields: [`last_seal_hash:${cut.lastSealHash}`, `up_to_event:${cut.upToEventId}`, `up_to_seal:${cut.upToSealId}`],
  };
}

/**
 * Tamper evidence without a lock on the request path: events are inserted freely, each with a MAC under the
 * audit key; this sealer closes settled ranges into seals chained by hash (like a transparency log), each seal
 * MAC'd too and anchored outside the database. `verify` recomputes everything.
 *
 * What each defence catches, against someone who can rewrite the database but holds no master key:
 * - an edited event: its MAC, at once (sealed or not);
 * - a removed, inserted or re-numbered event in a sealed range: the seal's hash;
 * - a copied event (same event key under another id): the duplicate key;
 * - re-sealing after an edit: the seal MACs; rolling the log back (dropping the newest seals and events):
 *   the anchors (`--anchors`).
 * Not caught: removing an event before it is sealed (at most SETTLE_SECONDS plus the sealer's 30 s after it
 * was written), since the database's own numbering has gaps from rolled-back transactions anyway.
 */
@Injectable()
export class AccessSealService {
  private readonly logger = new Logger('AccessSeal');
  private readonly keys: AuditKeyRing;
  private readonly anchors: AnchorFile;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() config: AuditConfig,
  ) {
    this.keys = AuditKeyRing.fromConfig(config);
    this.anchors = new AnchorFile(config.dataDir);
  }

  get anchorPath(): string {
    return this.anchors.path;
  }

  /**
   * Seals settled events after the last seal; one sealer at a time across instances. When there is nothing to
   * seal but the newest seal is not under the current audit key (made before MACs, or before a master-key
   * rotation), an empty checkpoint seal under the current key vouches for the chain so far. Each new seal is
   * anchored after the commit (a crash in between leaves a seal without an anchor, never an anchor without a
   * seal). Returns events sealed.
   */
  async sealPending(settleSeconds = SETTLE_SECONDS): Promise<number> {
    const made: Anchor[] = [];
    const sealed = await this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(
        "SELECT pg_try_advisory_xact_lock(hashtext('spoor-access-seal')) AS locked",
      );
      if (!locked) return 0;
      // Sealing vouches for the chain below: never on top of a chain this sealer cannot vouch for.
      const refusal = await this.refuseToExtend(manager, await this.chainHead(manager));
      if (refusal) {
        this.logger.error(`not sealing: ${refusal}; run \`audit verify --anchors\``);
        return 0;
      }
      let count = 0;
      for (;;) {
        const last = await this.chainHead(manager);
        const rows: Array<EventRow & { settled: boolean }> = await manager.query(
          `SELECT ${EVENT_SELECT}, e.at < now() - $2::interval AS settled FROM audit.access_events e
            WHERE e.id > $1 ORDER BY e.id LIMIT ${BATCH}`,
          [last.to, `${settleSeconds} seconds`],
        );
        // Only the settled prefix: a younger event before an older one keeps both for the next round.
        const settled = rows.findIndex((row) => !row.settled);
        const batch = settled === -1 ? rows : rows.slice(0, settled);
        if (batch.length === 0) {
          if (count === 0 && !last.underCurrentKey && last.id !== '0') {
            made.push(await this.insertSeal(manager, last, [], String(BigInt(last.to) + 1n), last.to));
          }
          return count;
        }
        made.push(await this.insertSeal(manager, last, batch, batch[0].id, batch[batch.length - 1].id));
        count += batch.length;
        if (batch.length < BATCH) return count;
      }
    });
    try {
      await this.anchors.append(made);
    } catch (error) {
      // The seal stands; the next one anchors the chain head again. Never a path or an error text with data.
      this.logger.warn(`anchoring a seal failed: ${(error as NodeJS.ErrnoException).code ?? (error as Error).name}`);
    }
    return sealed;
  }

  /**
   * Why the chain may not be extended, if it may not: its newest seal has a MAC that does not verify under a
   * configured key (forged, or a key retired before a seal under the new one existed), or the chain no longer
   * holds this instance's newest anchor (re-sealed or rolled back). Sealing on top would lend such a chain the
   * current key's authority.
   */
  private async refuseToExtend(
    manager: EntityManager,
    head: { id: string; version: number | null; macCheck: MacCheck | null },
  ): Promise<string | undefined> {
    if (head.version === 2 && head.macCheck !== 'valid') return `the newest seal's MAC is ${head.macCheck}`;
    const anchor = await this.anchors.last();
    if (!anchor) return undefined;
    const [seal] = await manager.query('SELECT seal_hash FROM audit.access_seals WHERE id = $1', [anchor.seal]);
    if (seal) return seal.seal_hash === anchor.hash ? undefined : `seal ${anchor.seal} differs from its anchor`;
    const [cut] = await manager.query(
      'SELECT 1 FROM audit.access_log_cuts WHERE up_to_seal_id >= $1 AND last_seal_hash = $2 LIMIT 1',
      [anchor.seal, anchor.hash],
    );
    // A cut at exactly the anchored seal proves its hash; a later cut removed it (verify checks that cut).
    if (cut) return undefined;
    const [later] = await manager.query('SELECT 1 FROM audit.access_log_cuts WHERE up_to_seal_id > $1 LIMIT 1', [
      anchor.seal,
    ]);
    return later ? undefined : `anchored seal ${anchor.seal} is missing`;
  }

  /** The newest seal, or the cut the chain continues from, or the beginning. */
  private async chainHead(manager: EntityManager): Promise<{
    id: string;
    to: string;
    hash: string;
    underCurrentKey: boolean;
    version: number | null;
    macCheck: MacCheck | null;
  }> {
    const [last] = await manager.query(
      'SELECT id::text AS id, to_event_id::text AS to, seal_hash, version, mac, mac_key_id FROM audit.access_seals ORDER BY id DESC LIMIT 1',
    );
    if (last) {
      const macCheck: MacCheck | null =
        last.version === 2
          ? last.mac && last.mac_key_id
            ? this.keys.check(sealMacMessage(last.seal_hash), last.mac, last.mac_key_id)
            : 'invalid'
          : null;
      const underCurrentKey = macCheck === 'valid' && last.mac_key_id === this.keys.currentKeyId;
      return { id: last.id, to: last.to, hash: last.seal_hash, underCurrentKey, version: last.version, macCheck };
    }
    const [cut] = await manager.query(
      'SELECT up_to_seal_id::text AS id, up_to_event_id::text AS to, last_seal_hash FROM audit.access_log_cuts ORDER BY id DESC LIMIT 1',
    );
    if (cut) {
      return {
        id: cut.id,
        to: cut.to,
        hash: cut.last_seal_hash,
        underCurrentKey: false,
        version: null,
        macCheck: null,
      };
    }
    return { id: '0', to: '0', hash: GENESIS, underCurrentKey: true, version: null, macCheck: null };
  }

  private async insertSeal(
    manager: EntityManager,
    previous: { id: string; hash: string },
    rows: EventRow[],
    from: string,
    to: string,
  ): Promise<Anchor> {
    const id = String(BigInt(previous.id) + 1n);
    const eventsHash = eventsHashV2(rows);
    const sealHash = sealHashV2(id, previous.hash, from, to, rows.length, eventsHash);
    const { mac, keyId } = this.keys.sign(sealMacMessage(sealHash));
    const [{ sealed_at }] = await manager.query(
      `INSERT INTO audit.access_seals
         (id, version, from_event_id, to_event_id, event_count, events_hash, previous_hash, seal_hash, mac, mac_key_id)
       VALUES ($1, 2, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING sealed_at`,
      [id, from, to, rows.length, eventsHash, previous.hash, sealHash, mac, keyId],
    );
    return { seal: id, hash: sealHash, to, at: new Date(sealed_at).toISOString() };
  }

  /**
   * Recomputes every MAC, every seal and the chain between them (and, when asked, compares the chain with the
   * external anchors). Reports every problem in chain order (at most 100) with a stable code; `firstBad` is the
   * first of them in words.
   *
   * MAC-less events (from before MACs) and MACs under a master key no longer configured cannot be checked by
   * themselves: they are accepted only where a later seal with a valid MAC under a configured key vouches for
   * them through the chain, and a MAC-less event after the first MAC'd one is never accepted.
   */
  async verify(options: VerifyOptions = {}): Promise<VerifyResult> {
    const problems: AccessLogProblem[] = [];
    const problem = (code: AccessLogProblemCode, position: string) => {
      if (problems.length < MAX_PROBLEMS) problems.push({ code, position });
    };
    const seals: SealRow[] = await this.dataSource.query(
      `SELECT id::text AS id, from_event_id::text AS from_event_id, to_event_id::text AS to_event_id, event_count,
              events_hash, previous_hash, seal_hash, sealed_at, version, mac, mac_key_id
         FROM audit.access_seals ORDER BY id`,
    );
    // After a retention cut the chain continues from the last removed seal, as the cut recorded it.
    const [cut]: CutRow[] = await this.dataSource.query(
      `SELECT id::text AS id, up_to_seal_id::text AS up_to_seal_id, up_to_event_id::text AS up_to_event_id, last_seal_hash
         FROM audit.access_log_cuts ORDER BY id DESC LIMIT 1`,
    );
    const [{ first_mac: firstMacId }] = await this.dataSource.query(
      'SELECT min(id)::text AS first_mac FROM audit.access_events WHERE mac IS NOT NULL',
    );

    // Seals first: their MACs decide up to where the chain is vouched for by a seal under a configured key.
    const sealMacs: MacCheck[] = seals.map((seal) =>
      seal.version === 2 && seal.mac && seal.mac_key_id
        ? this.keys.check(sealMacMessage(seal.seal_hash), seal.mac, seal.mac_key_id)
        : 'invalid',
    );
    let vouchedSeals = -1;
    sealMacs.forEach((check, index) => {
      if (check === 'valid') vouchedSeals = index;
    });
    const vouchedTo = vouchedSeals >= 0 ? BigInt(seals[vouchedSeals].to_event_id) : -1n;

    const macs = { verified: 0, legacy: 0, retiredKey: 0 };
    const checkEventMac = (row: EventRow) => {
      const id = BigInt(row.id);
      const vouched = id <= vouchedTo;
      if (!row.mac || !row.mac_key_id) {
        if ((firstMacId !== null && id > BigInt(firstMacId)) || !vouched)
          problem('EVENT_MAC_MISSING', `event ${row.id}`);
        else macs.legacy += 1;
        return;
      }
      const check = this.keys.check(canonicalEvent(eventOfRow(row)), row.mac, row.mac_key_id);
      if (check === 'valid') macs.verified += 1;
      else if (check === 'invalid') problem('EVENT_MAC_INVALID', `event ${row.id}`);
      else if (vouched) macs.retiredKey += 1;
      else problem('EVENT_MAC_KEY_UNKNOWN', `event ${row.id}`);
    };

    if (cut) {
      const [early] = await this.dataSource.query(
        'SELECT min(id)::text AS id FROM audit.access_events WHERE id <= $1',
        [cut.up_to_event_id],
      );
      if (early.id) problem('EVENT_INSERTED', `event ${early.id}`);
      if (!(await this.cutAttested(cut))) problem('CUT_UNATTESTED', `cut ${cut.id}`);
    }

    let previousHash = cut ? cut.last_seal_hash : GENESIS;
    let previousTo = BigInt(cut ? cut.up_to_event_id : '0');
    let previousId = BigInt(cut ? cut.up_to_seal_id : '0');
    let seenVersion2 = false;
    let checked = 0;
    for (const [index, seal] of seals.entries()) {
      const at = `seal ${seal.id}`;
      const id = BigInt(seal.id);
      const from = BigInt(seal.from_event_id);
      const to = BigInt(seal.to_event_id);
      if (index === 0) {
        if (seal.previous_hash !== previousHash || id <= previousId) problem('SEAL_CHAIN_START', at);
      } else if (seal.previous_hash !== previousHash) {
        problem('SEAL_CHAIN_BROKEN', at);
      }
      if (seal.version === 2 && id !== previousId + 1n) problem('SEAL_ID_GAP', at);
      else if (id <= previousId) problem('SEAL_ID_GAP', at);
      if (from <= previousTo) problem('SEAL_RANGE_OVERLAP', at);
      const recomputed =
        seal.version === 1
          ? sealHashV1(seal.previous_hash, seal.from_event_id, seal.to_event_id, seal.event_count, seal.events_hash)
          : seal.version === 2
            ? sealHashV2(
                seal.id,
                seal.previous_hash,
                seal.from_event_id,
                seal.to_event_id,
                seal.event_count,
                seal.events_hash,
              )
            : undefined;
      if (recomputed !== seal.seal_hash) problem('SEAL_ALTERED', at);
      if (seal.version === 2) {
        seenVersion2 = true;
        if (!seal.mac || !seal.mac_key_id) problem('SEAL_MAC_MISSING', at);
        else if (sealMacs[index] === 'invalid') problem('SEAL_MAC_INVALID', at);
        else if (sealMacs[index] === 'unknown-key' && index > vouchedSeals) problem('SEAL_MAC_KEY_UNKNOWN', at);
      } else if (seenVersion2 || index > vouchedSeals) {
        problem('SEAL_MAC_MISSING', at);
      }
      // Events between two seals' ranges would have been sealed: finding any means they were added later.
      const [gap] = await this.dataSource.query(
        'SELECT min(id)::text AS id FROM audit.access_events WHERE id > $1 AND id < $2',
        [previousTo.toString(), seal.from_event_id],
      );
      if (gap.id) problem('EVENT_INSERTED', `event ${gap.id}`);
      const rows: EventRow[] = await this.dataSource.query(
        `SELECT ${EVENT_SELECT}${seal.version === 1 ? `, ${LEGACY_EVENT_LINE} AS legacy_line` : ''}
           FROM audit.access_events e WHERE e.id BETWEEN $1 AND $2 ORDER BY e.id`,
        [seal.from_event_id, seal.to_event_id],
      );
      checked += rows.length;
      for (const row of rows) checkEventMac(row);
      const eventsHash = seal.version === 1 ? eventsHashV1(rows) : eventsHashV2(rows);
      if (rows.length !== seal.event_count || eventsHash !== seal.events_hash) {
        problem(
          rows.length < seal.event_count
            ? 'EVENT_REMOVED'
            : rows.length > seal.event_count
              ? 'EVENT_INSERTED'
              : 'EVENT_CHANGED',
          `events ${seal.from_event_id}–${seal.to_event_id} (seal ${seal.id})`,
        );
      }
      previousHash = seal.seal_hash;
      previousTo = to > previousTo ? to : previousTo;
      previousId = id;
    }

    // The unsealed tail: every MAC, and nothing dated before the sealed events.
    let unsealed = 0;
    for (let after = previousTo.toString(); ; ) {
      const rows: EventRow[] = await this.dataSource.query(
        `SELECT ${EVENT_SELECT} FROM audit.access_events e WHERE e.id > $1 ORDER BY e.id LIMIT ${BATCH}`,
        [after],
      );
      for (const row of rows) checkEventMac(row);
      unsealed += rows.length;
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1].id;
    }
    const [tail] = await this.dataSource.query(
      `SELECT (SELECT min(e.id)::text FROM audit.access_events e
                WHERE e.id > $1 AND e.at < (SELECT max(at) FROM audit.access_events WHERE id <= $1) - $2::interval) AS backdated`,
      [previousTo.toString(), `${BACKDATE_TOLERANCE_SECONDS} seconds`],
    );
    if (tail.backdated) problem('EVENT_BACKDATED', `event ${tail.backdated}`);

    // One identity, one event: a copy under another id carries a valid MAC but a duplicate key.
    const reused: Array<{ id: string }> = await this.dataSource.query(
      `SELECT max(id)::text AS id FROM audit.access_events WHERE event_key IS NOT NULL
        GROUP BY event_key HAVING count(*) > 1 ORDER BY 1 LIMIT 10`,
    );
    for (const row of reused) problem('EVENT_KEY_REUSED', `event ${row.id}`);

    const newest = seals[seals.length - 1];
    const anchors =
      options.anchors && options.anchors !== 'skip'
        ? await this.checkAnchors(options.anchors, seals, cut, problem)
        : undefined;
    const result: VerifyResult = {
      ok: problems.length === 0,
      checked: checked + unsealed,
      seals: seals.length,
      unsealed,
      problems,
      macs,
      ...(anchors ? { anchors } : {}),
      ...(newest
        ? {
            newestSeal: {
              id: newest.id,
              toEventId: newest.to_event_id,
              sealHash: newest.seal_hash,
              sealedAt: new Date(newest.sealed_at).toISOString(),
            },
          }
        : {}),
    };
    if (problems.length > 0) result.firstBad = { position: problems[0].position, reason: REASONS[problems[0].code] };
    return result;
  }

  /** The latest cut must be recorded by a MAC'd event naming it (written in the cut's own transaction). */
  private async cutAttested(cut: CutRow): Promise<boolean> {
    const expected = cutAttestation({
      id: cut.id,
      upToSealId: cut.up_to_seal_id,
      upToEventId: cut.up_to_event_id,
      lastSealHash: cut.last_seal_hash,
    });
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT ${EVENT_SELECT} FROM audit.access_events e
        WHERE e.resource = 'access_log' AND e.purpose = 'retention' AND e.resource_id = $1 AND e.id > $2`,
      [expected.resourceId, cut.up_to_event_id],
    );
    return rows.some(
      (row) =>
        row.mac !== null &&
        row.mac_key_id !== null &&
        this.keys.check(canonicalEvent(eventOfRow(row)), row.mac, row.mac_key_id) !== 'invalid' &&
        JSON.stringify(row.fields) === JSON.stringify(expected.fields),
    );
  }

  /**
   * Every anchored seal must still exist with the same hash (seals a recorded cut removed excepted; the seal the
   * cut ended at must have the anchored hash), and the chain must not end before the newest anchor.
   */
  private async checkAnchors(
    mode: 'required' | 'if-present',
    seals: SealRow[],
    cut: CutRow | undefined,
    problem: (code: AccessLogProblemCode, position: string) => void,
  ): Promise<NonNullable<VerifyResult['anchors']>> {
    if (!(await this.anchors.exists())) {
      if (mode === 'required') problem('ANCHOR_FILE_MISSING', this.anchors.path);
      return { present: false, checked: 0, newestSealId: null };
    }
    const byId = new Map(seals.map((seal) => [seal.id, seal]));
    const newestSeal = seals.length > 0 ? BigInt(seals[seals.length - 1].id) : cut ? BigInt(cut.up_to_seal_id) : 0n;
    let checked = 0;
    let newestAnchored: bigint | null = null;
    for await (const entry of this.anchors.lines()) {
      if ('invalid' in entry) {
        problem('ANCHOR_INVALID', `anchor line ${entry.line}`);
        continue;
      }
      const { anchor } = entry;
      checked += 1;
      const id = BigInt(anchor.seal);
      if (newestAnchored === null || id > newestAnchored) newestAnchored = id;
      const position = `seal ${anchor.seal} (anchor line ${entry.line})`;
      if (cut && id <= BigInt(cut.up_to_seal_id)) {
        if (id === BigInt(cut.up_to_seal_id) && anchor.hash !== cut.last_seal_hash)
          problem('ANCHOR_MISMATCH', position);
        continue;
      }
      const seal = byId.get(anchor.seal);
      if (!seal) problem(id > newestSeal ? 'ANCHOR_ROLLBACK' : 'ANCHOR_SEAL_MISSING', position);
      else if (seal.seal_hash !== anchor.hash || seal.to_event_id !== anchor.to) problem('ANCHOR_MISMATCH', position);
    }
    return { present: true, checked, newestSealId: newestAnchored === null ? null : newestAnchored.toString() };
  }
}

export interface RetentionCut {
  eventsRemoved: number;
  sealsRemoved: number;
  upToEventId: string | null;
}

class DryRun extends Error {
  constructor(readonly result: RetentionCut) {
    super('dry run');
  }
}

/**
 * Access-log retention (default five years): `audit.cut_access_log` removes, as the owner role and in one
 * transaction, whole sealed ranges whose every event is older than the cutoff and records the cut (the only way
 * anything leaves the log: the append-only trigger refuses every other DELETE, the owner's included); in the same
 * transaction a MAC'd event records the cut, which verify requires. A dry run does the same and rolls back.
 */
export async function cutExpiredAccessLog(
  owner: DataSource,
  config: Pick<AppConfig, 'masterKey' | 'previousMasterKeys'>,
  olderThan: Date,
  options: { dryRun?: boolean } = {},
): Promise<RetentionCut> {
  const keys = AuditKeyRing.fromConfig(config);
  try {
    return await owner.transaction(async (manager) => {
      const [cut] = await manager.query(
        `SELECT cut_id::text AS id, events_removed, seals_removed, up_to_seal_id::text AS up_to_seal_id,
                up_to_event_id::text AS up_to_event_id, last_seal_hash
           FROM audit.cut_access_log($1)`,
        [olderThan],
      );
      const result: RetentionCut = cut
        ? { eventsRemoved: cut.events_removed, sealsRemoved: cut.seals_removed, upToEventId: cut.up_to_event_id }
        : { eventsRemoved: 0, sealsRemoved: 0, upToEventId: null };
      if (options.dryRun) throw new DryRun(result);
      if (cut) {
        const attestation = cutAttestation({
          id: cut.id,
          upToSealId: cut.up_to_seal_id,
          upToEventId: cut.up_to_event_id,
          lastSealHash: cut.last_seal_hash,
        });
        await insertAccessEvent(manager, keys, {
          actorId: null,
          actorRole: 'system',
          actorOrganisationId: null,
          action: 'delete',
          outcome: 'allowed',
          personIds: [],
          caseId: null,
          resource: 'access_log',
          resourceId: attestation.resourceId,
          fields: attestation.fields,
          purpose: 'retention',
          breakGlass: false,
          breakGlassGrantId: null,
          requestId: null,
          sourceAddress: null,
          userAgent: null,
        });
      }
      return result;
    });
  } catch (error) {
    if (error instanceof DryRun) return error.result;
    throw error;
  }
}
