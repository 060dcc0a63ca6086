import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import {
  amsterdamToday,
  computeSicknessPeriods,
  isReintegration,
  validateSicknessEvents,
  type CaseType,
  type SicknessEvent as SicknessEventInput,
  type SicknessEventView,
  type SicknessEventsView,
  type SicknessPeriod,
} from '@spoor/domain';
import type { Request } from 'express';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import { CaseAccessService } from '../cases/case-access.service';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { apiError, invalidInput } from '../platform/http/api-error';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { HealthRecord } from './health-record.entity';
import { SicknessEvent } from './sickness-event.entity';
import { SPECIAL_DATA_SOURCE, SPECIAL_FIELDS } from './special-file.tokens';

/** English lines for operators: the code only, never the date. */
const MESSAGES: Record<string, string> = {
  OUT_OF_ORDER: 'date is earlier than the event before it',
  SICKNESS_NOT_RUNNING: 'kind: a recovery needs a running sick report',
  SICKNESS_ALREADY_RUNNING: 'kind: a sick report is already running',
  DATE_TOO_EARLY: 'date is too early',
  DATE_IN_FUTURE: 'date cannot be in the future',
  NOT_A_DATE: 'date must be a date (YYYY-MM-DD)',
  NOT_ONE_OF: 'kind must be sick, partial_recovery or recovery',
};

export interface RecordedSicknessEvent {
  view: SicknessEventView;
  personId: string;
}

/**
 * The person's sickness events (special file, dates only) and the waiting periods they make. The events are
 * the person's: every reintegration case of the person reads and adds to the same list. Other modules get
 * only `periodsOf` (dates, no diagnosis), through this narrow service; the `spoor_special` connection stays here.
 */
@Injectable()
export class SicknessEventsService {
  private readonly logger = new Logger('SicknessEvents');

  constructor(
    @Inject(SPECIAL_DATA_SOURCE) private readonly special: DataSource,
    @Inject(SPECIAL_FIELDS) private readonly fields: EncryptedFields,
    private readonly caseAccess: CaseAccessService,
    private readonly accessLog: AccessLogService,
  ) {}

  /** Every event of the person, retracted ones included (history), oldest first. */
  private async allEventsOf(personId: string, manager?: EntityManager): Promise<SicknessEvent[]> {
    const rows = await (manager ?? this.special.manager)
      .getRepository(SicknessEvent)
      .find({ where: { personId }, order: { position: 'ASC' } });
    return this.fields.openMany(SicknessEvent, rows);
  }

  /** The events that count: a retracted event was entered wrongly and no longer does. */
  private async eventsOf(personId: string, manager?: EntityManager): Promise<SicknessEvent[]> {
    return (await this.allEventsOf(personId, manager)).filter((event) => event.retractedAt === null);
  }

  /** The person's waiting periods on `today` (oldest first; empty without events): dates only. */
  async periodsOf(personId: string, today: string, manager?: EntityManager): Promise<SicknessPeriod[]> {
    const events = await this.eventsOf(personId, manager);
    return computeSicknessPeriods(
      events.map(({ kind, date }) => ({ kind, date })),
      today,
    );
  }

  /** `GET /cases/:id/special-file/sickness-events`: the assigned coach and labour expert. */
  async list(user: AuthenticatedUser, caseId: string): Promise<{ body: SicknessEventsView; personId: string }> {
    const { row } = await this.caseAccess.reach(user, caseId, 'read_sickness_events');
    assertReintegration(row.type);
    const all = await this.allEventsOf(row.person_id);
    const events = all.filter((event) => event.retractedAt === null);
    const periods = computeSicknessPeriods(
      events.map(({ kind, date }) => ({ kind, date })),
      amsterdamToday(new Date()),
    );
    return {
      personId: row.person_id,
      body: {
        items: all.map(viewOf),
        total: all.length,
        periods: periods.map((p) => ({
          sequence: p.sequence,
          firstSickDay: p.firstSickDay,
          status: p.status,
          healthyDaysExcluded: p.healthyDaysExcluded,
          relapseAddsUpUntil: p.relapseAddsUpUntil,
        })),
      },
    };
  }

  /**
   * Adds one event after the person's last (validateSicknessEvents: 400 naming `kind` or `date`), with its
   * access event in the same transaction. `fieldNames` renames the fields in a refusal (the health record's
   * first day of illness is a 'sick' event named `firstSickDay`).
   */
  async record(
    user: AuthenticatedUser,
    caseId: string,
    input: SicknessEventInput,
    request: Request,
    fieldNames: { kind: string; date: string } = { kind: 'kind', date: 'date' },
  ): Promise<RecordedSicknessEvent> {
    const access = await this.caseAccess.reach(user, caseId, 'write_sickness_events');
    access.assertWritable();
    assertReintegration(access.row.type);
    const personId = access.row.person_id;
    const today = amsterdamToday(new Date());
    const event = await this.special.transaction(async (manager) => {
      // One writer per person at a time: the new event's place and its validation see the events before it.
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 15))', [personId]);
      const all = await this.allEventsOf(personId, manager);
      const events = all.filter((event) => event.retractedAt === null);
      const index = events.length;
      // Retracted events keep their place: the new one comes after every stored event.
      const position = all.reduce((max, event) => Math.max(max, event.position), 0);
      const issues = validateSicknessEvents(
        [...events.map(({ kind, date }) => ({ kind, date })), { kind: input.kind, date: input.date }],
        { today, path: 'events' },
      ).filter((issue) => issue.field.startsWith(`events[${index}].`));
      if (issues.length > 0)
        throw invalidInput(
          ...issues.map((issue) => {
            const field = issue.field.endsWith('.kind') ? fieldNames.kind : fieldNames.date;
            return {
              field,
              code: issue.code,
              params: issue.params,
              message: `${field}: ${MESSAGES[issue.code] ?? issue.code}`,
            };
          }),
        );
      const entity = Object.assign(new SicknessEvent(), {
        id: randomUUID(),
        personId,
        caseId,
        position: position + 1,
        kind: input.kind,
        date: input.date,
        recordedBy: user.id,
        retractedAt: null,
        retractedBy: null,
        retractReason: null,
      });
      const sealed = await this.fields.seal(SicknessEvent, { ...entity });
      await manager.getRepository(SicknessEvent).insert(sealed);
      await this.accessLog.record(
        user,
        request,
        {
          action: 'create',
          outcome: 'allowed',
          resource: 'sickness_event',
          resourceId: entity.id,
          caseId,
          personIds: [personId],
          fields: ['kind', 'date'],
        },
        manager,
      );
      const [stored] = await manager.query('SELECT created_at FROM special.sickness_events WHERE id = $1', [entity.id]);
      return { ...entity, createdAt: stored.created_at as Date };
    });
    return { view: viewOf(event), personId };
  }

  /**
   * Retracts a wrongly entered event with a reason: it no longer counts and is kept with who, when and why.
   * 409 SICKNESS_EVENTS_WOULD_CONFLICT when the events left would not validate (retract the later one first),
   * 409 ALREADY_WITHDRAWN when it was retracted before. The access event commits with it.
   */
  async retract(
    user: AuthenticatedUser,
    caseId: string,
    eventId: string,
    reason: string,
    request: Request,
  ): Promise<RecordedSicknessEvent> {
    const access = await this.caseAccess.reach(user, caseId, 'write_sickness_events');
    access.assertWritable();
    assertReintegration(access.row.type);
    const personId = access.row.person_id;
    const today = amsterdamToday(new Date());
    const view = await this.special.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 15))', [personId]);
      const all = await this.allEventsOf(personId, manager);
      const event = all.find((candidate) => candidate.id === eventId);
      if (!event) throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Sickness event not found');
      if (event.retractedAt !== null)
        throw apiError(HttpStatus.CONFLICT, 'ALREADY_WITHDRAWN', 'The sickness event was already retracted');
      const remaining = all
        .filter((candidate) => candidate.retractedAt === null && candidate.id !== eventId)
        .map(({ kind, date }) => ({ kind, date }));
      if (validateSicknessEvents(remaining, { today, path: 'events' }).length > 0)
        throw apiError(
          HttpStatus.CONFLICT,
          'SICKNESS_EVENTS_WOULD_CONFLICT',
          'The events left after this retraction would not follow each other; retract the later one first',
        );
      const sealed = await this.fields.seal(
        SicknessEvent,
        Object.assign(new SicknessEvent(), { id: event.id, personId, retractReason: reason }),
      );
      await manager.query(
        `UPDATE special.sickness_events SET retracted_at = now(), retracted_by = $2, retract_reason = $3
          WHERE id = $1`,
        [event.id, user.id, sealed.retractReason],
      );
      await this.accessLog.record(
        user,
        request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'sickness_event',
          resourceId: event.id,
          caseId,
          personIds: [personId],
          fields: ['retractedAt', 'retractReason'],
        },
        manager,
      );
      const updated = await manager.getRepository(SicknessEvent).findOneOrFail({ where: { id: event.id } });
      return viewOf(await this.fields.open(SicknessEvent, updated));
    });
    return { view, personId };
  }

  /**
   * Carries the first days of illness of health records (before sickness events existed) over as 'sick' events,
   * once per person without events; answers the persons whose timeline changed. Idempotent, and safe with more
   * instances starting at once (one transaction under an advisory lock). Dates in the future are left alone.
   */
  async carryOverFirstSickDays(): Promise<string[]> {
    const today = amsterdamToday(new Date());
    return this.special.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 15))', ['sickness_events_carry_over']);
      const ids: Array<{ id: string }> = await manager.query(
        `SELECT h.id FROM special.health_records h
          WHERE h.first_sick_day IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM special.sickness_events e WHERE e.person_id = h.person_id)`,
      );
      if (ids.length === 0) return [];
      const rows = await manager.getRepository(HealthRecord).find({
        where: { id: In(ids.map((row) => row.id)) },
        order: { updatedAt: 'DESC' },
      });
      const carried = new Set<string>();
      for (const record of await this.fields.openMany(HealthRecord, rows)) {
        // The record last changed wins when a person has several (one per case).
        if (carried.has(record.personId) || !record.firstSickDay || record.firstSickDay > today) continue;
        const entity = Object.assign(new SicknessEvent(), {
          id: randomUUID(),
          personId: record.personId,
          caseId: record.caseId,
          position: 1,
          kind: 'sick' as const,
          date: record.firstSickDay,
          recordedBy: null,
          retractedAt: null,
          retractedBy: null,
          retractReason: null,
        });
        await manager.getRepository(SicknessEvent).insert(await this.fields.seal(SicknessEvent, entity));
        carried.add(record.personId);
      }
      if (carried.size > 0) this.logger.log(`carried ${carried.size} first sick day(s) over as sickness events`);
      return [...carried];
    });
  }
}

/** Sickness is a reintegration matter: the coach of an outplacement or career case does not see it. */
function assertReintegration(type: string): void {
  if (!isReintegration(type as CaseType))
    throw apiError(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'Sickness events belong to reintegration cases');
}

function viewOf(event: SicknessEvent): SicknessEventView {
  return {
    id: event.id,
    kind: event.kind,
    date: event.date,
    recordedAt: new Date(event.createdAt).toISOString(),
    retractedAt: event.retractedAt ? new Date(event.retractedAt).toISOString() : null,
    retractReason: event.retractReason ?? null,
  };
}
