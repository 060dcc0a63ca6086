import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Events younger than this are not sealed yet: their transactions may still be committing. */
const SETTLE_SECONDS = 10;
const BATCH = 5000;
/** An unsealed event this much older than the newest sealed one was inserted into the past. */
const BACKDATE_TOLERANCE_SECONDS = 60;
const GENESIS = '0'.repeat(64);

export interface VerifyResult {
  ok: boolean;
  checked: number;
  seals: number;
  unsealed: number;
  firstBad?: { position: string; reason: string };
  newestSeal?: { id: string; toEventId: string; sealHash: string; sealedAt: string };
}

interface EventRow {
  id: string;
  line: string;
  at_epoch: string;
}

/** Every column, as text, in a fixed order: what an event's hash covers. */
const EVENT_LINE = `concat_ws('|', id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), actor_id, actor_role,
  actor_organisation_id, action, outcome, array_to_string(person_ids, ','), case_id, resource, resource_id,
  array_to_string(fields, ','), purpose, break_glass, break_glass_grant_id, request_id, source_address, user_agent)`;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function eventsHash(rows: EventRow[]): string {
  const hash = createHash('sha256');
  for (const row of rows) hash.update(sha256(row.line)).update('\n');
  return hash.digest('hex');
}

const sealHashOf = (previous: string, from: string, to: string, count: number, events: string) =>
  sha256(`spoor-seal-v1|${previous}|${from}|${to}|${count}|${events}`);

/**
 * Tamper evidence without a lock on the request path: events are inserted freely; this sealer closes settled
 * ranges into seals chained by hash (like a transparency log). `verify` recomputes everything.
 */
@Injectable()
export class AccessSealService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Seals settled events after the last seal; one sealer at a time across instances. Returns events sealed. */
  async sealPending(settleSeconds = SETTLE_SECONDS): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(
        "SELECT pg_try_advisory_xact_lock(hashtext('spoor-access-seal')) AS locked",
      );
      if (!locked) return 0;
      let sealed = 0;
      for (;;) {
        const [last] = await manager.query(
          'SELECT to_event_id, seal_hash FROM audit.access_seals ORDER BY id DESC LIMIT 1',
        );
        const after = last ? String(last.to_event_id) : '0';
        const previous = last ? String(last.seal_hash) : GENESIS;
        const rows: EventRow[] = await manager.query(
          `SELECT id::text AS id, ${EVENT_LINE} AS line FROM audit.access_events
            WHERE id > $1 AND at < now() - $2::interval ORDER BY access_events.id LIMIT ${BATCH}`,
          [after, `${settleSeconds} seconds`],
        );
        if (rows.length === 0) return sealed;
        const from = rows[0].id;
        const to = rows[rows.length - 1].id;
        const hash = eventsHash(rows);
        await manager.query(
          `INSERT INTO audit.access_seals (from_event_id, to_event_id, event_count, events_hash, previous_hash, seal_hash)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [from, to, rows.length, hash, previous, sealHashOf(previous, from, to, rows.length, hash)],
        );
        sealed += rows.length;
        if (rows.length < BATCH) return sealed;
      }
    });
  }

  /**
   * Recomputes every seal and the chain between them. Reports the first position where an event was changed,
   * removed or added, and unsealed events dated before the newest sealed one (inserted into the past).
   */
  async verify(): Promise<VerifyResult> {
    const seals: Array<{
      id: string;
      from_event_id: string;
      to_event_id: string;
      event_count: number;
      events_hash: string;
      previous_hash: string;
      seal_hash: string;
      sealed_at: Date;
    }> = await this.dataSource.query('SELECT * FROM audit.access_seals ORDER BY id');
    // After a retention cut the chain continues from the last removed seal, as the cut recorded it.
    const [cut] = await this.dataSource.query(
      'SELECT up_to_event_id::text AS to, last_seal_hash FROM audit.access_log_cuts ORDER BY id DESC LIMIT 1',
    );
    let previous: string = cut ? cut.last_seal_hash : GENESIS;
    let previousTo: string = cut ? cut.to : '0';
    let checked = 0;
    const fail = (position: string, reason: string): VerifyResult => ({
      ok: false,
      checked,
      seals: seals.length,
      unsealed: 0,
      firstBad: { position, reason },
    });
    for (const seal of seals) {
      const from = String(seal.from_event_id);
      const to = String(seal.to_event_id);
      if (seal.previous_hash !== previous)
        return fail(`seal ${seal.id}`, 'seal chain broken: a seal was changed or removed');
      if (BigInt(from) <= BigInt(previousTo)) return fail(`seal ${seal.id}`, 'seal ranges overlap');
      if (sealHashOf(seal.previous_hash, from, to, seal.event_count, seal.events_hash) !== seal.seal_hash) {
        return fail(`seal ${seal.id}`, 'seal was altered');
      }
      // Events between two seals' ranges would have been sealed: finding any means they were added later.
      const [gap] = await this.dataSource.query(
        'SELECT min(id)::text AS id FROM audit.access_events WHERE id > $1 AND id < $2',
        [previousTo, from],
      );
      if (gap.id) return fail(`event ${gap.id}`, 'event inserted between sealed ranges');
      const rows: EventRow[] = await this.dataSource.query(
        `SELECT id::text AS id, ${EVENT_LINE} AS line FROM audit.access_events WHERE id BETWEEN $1 AND $2 ORDER BY access_events.id`,
        [from, to],
      );
      checked += rows.length;
      if (rows.length !== seal.event_count || eventsHash(rows) !== seal.events_hash) {
        return fail(
          `events ${from}–${to} (seal ${seal.id})`,
          rows.length < seal.event_count
            ? 'event removed'
            : rows.length > seal.event_count
              ? 'event inserted into a sealed range'
              : 'event changed',
        );
      }
      previous = seal.seal_hash;
      previousTo = to;
    }
    const [tail] = await this.dataSource.query(
      `SELECT count(*)::int AS unsealed,
              (SELECT min(e.id)::text FROM audit.access_events e
                WHERE e.id > $1 AND e.at < (SELECT max(at) FROM audit.access_events WHERE id <= $1) - $2::interval) AS backdated
         FROM audit.access_events WHERE id > $1`,
      [previousTo, `${BACKDATE_TOLERANCE_SECONDS} seconds`],
    );
    const newest = seals[seals.length - 1];
    const result: VerifyResult = {
      ok: !tail.backdated,
      checked: checked + tail.unsealed,
      seals: seals.length,
      unsealed: tail.unsealed,
      ...(newest
        ? {
            newestSeal: {
              id: String(newest.id),
              toEventId: String(newest.to_event_id),
              sealHash: newest.seal_hash,
              sealedAt: new Date(newest.sealed_at).toISOString(),
            },
          }
        : {}),
    };
    if (tail.backdated)
      result.firstBad = {
        position: `event ${tail.backdated}`,
        reason: 'event inserted into the past (dated before sealed events)',
      };
    return result;
  }
}

export interface RetentionCut {
  eventsRemoved: number;
  sealsRemoved: number;
  upToEventId: string | null;
}

/**
 * Access-log retention (default five years): removes whole sealed ranges whose every event is older than the
 * cutoff, as the owner role in one transaction, records the cut (so verification continues from it) and an
 * access event saying so. Never a partial range, never an unsealed event.
 */
export async function cutExpiredAccessLog(
  owner: DataSource,
  olderThan: Date,
  options: { dryRun?: boolean } = {},
): Promise<RetentionCut> {
  return owner.transaction(async (manager) => {
    const seals: Array<{ id: string; to_event_id: string; seal_hash: string; newest: Date | null }> =
      await manager.query(
        `SELECT s.id::text AS id, s.to_event_id::text AS to_event_id, s.seal_hash,
              (SELECT max(e.at) FROM audit.access_events e WHERE e.id BETWEEN s.from_event_id AND s.to_event_id) AS newest
         FROM audit.access_seals s ORDER BY s.id`,
      );
    let last: (typeof seals)[number] | undefined;
    for (const seal of seals) {
      if (seal.newest && new Date(seal.newest) >= olderThan) break;
      last = seal;
    }
    if (!last) return { eventsRemoved: 0, sealsRemoved: 0, upToEventId: null };
    const [{ events }] = await manager.query('SELECT count(*)::int AS events FROM audit.access_events WHERE id <= $1', [
      last.to_event_id,
    ]);
    const sealsRemoved = seals.indexOf(last) + 1;
    if (options.dryRun) return { eventsRemoved: events, sealsRemoved, upToEventId: last.to_event_id };
    await manager.query("SET LOCAL spoor.access_log_retention = 'on'");
    await manager.query('DELETE FROM audit.access_events WHERE id <= $1', [last.to_event_id]);
    await manager.query('DELETE FROM audit.access_seals WHERE id <= $1', [last.id]);
    await manager.query(
      `INSERT INTO audit.access_log_cuts (up_to_seal_id, up_to_event_id, last_seal_hash, events_removed, older_than) VALUES ($1, $2, $3, $4, $5)`,
      [last.id, last.to_event_id, last.seal_hash, events, olderThan],
    );
    await manager.query(
      `INSERT INTO audit.access_events (actor_role, action, outcome, resource, resource_id, purpose, fields)
       VALUES ('system', 'delete', 'allowed', 'access_log', $1::varchar, 'retention', ARRAY['events up to ' || $1::varchar])`,
      [last.to_event_id],
    );
    return { eventsRemoved: events, sealsRemoved, upToEventId: last.to_event_id };
  });
}
