import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import type { AccessEventView } from '@spoor/domain';
import type { AccessOutcome } from './access-event.entity';
import { Person } from '../people/person.entity';
import { User } from '../users/user.entity';
import type { AccessLogQuery, OwnAccessLogQuery } from './dto/access-log.query';

interface EventRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_role: string;
  actor_name: string | null;
  actor_organisation: string | null;
  action: string;
  outcome: AccessOutcome;
  case_id: string | null;
  case_reference: string | null;
  person_ids: string[];
  resource: string;
  resource_id: string | null;
  fields: string[];
  purpose: string;
  break_glass: boolean;
  request_id: string | null;
}

/** One event as the privacy officer reads it: the shared view, with `at` still a Date until it is serialised. */
export type AccessEventItem = Omit<AccessEventView, 'at'> & { at: Date };

const SELECT = `
  SELECT e.id::text AS id, e.at, e.actor_id, e.actor_role, u.display_name AS actor_name, o.name AS actor_organisation,
         e.action, e.outcome, e.case_id, c.reference AS case_reference, e.person_ids, e.resource, e.resource_id,
         e.fields, e.purpose, e.break_glass, e.request_id
    FROM audit.access_events e
    LEFT JOIN public.users u ON u.id = e.actor_id
    LEFT JOIN public.organisations o ON o.id = e.actor_organisation_id
    LEFT JOIN public.cases c ON c.id = e.case_id`;

/** Rows one CSV export holds at most. */
const EXPORT_LIMIT = 50_000;

/**
 * Reading the access log: the privacy officer's search and export, the participant's own view, and the
 * events the anomaly report shows. Actors' names are decrypted here; an erased actor has none.
 */
@Injectable()
export class AccessLogReadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
  ) {}

  /** One page of the events matching the filters, newest first. */
  async search(query: AccessLogQuery): Promise<{ items: AccessEventItem[]; total: number }> {
    const { condition, params } = await this.filterOf(query);
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM audit.access_events e ${condition}`,
      params,
    );
    const rows: EventRow[] = await this.dataSource.query(
      `${SELECT} ${condition} ORDER BY e.id DESC LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    return { items: await this.items(rows), total };
  }

  /** The events matching the filters, oldest first, for the CSV export (at most 50,000). */
  async forExport(query: AccessLogQuery): Promise<AccessEventItem[]> {
    const { condition, params } = await this.filterOf(query);
    const rows: EventRow[] = await this.dataSource.query(
      `${SELECT} ${condition} ORDER BY e.id LIMIT ${EXPORT_LIMIT}`,
      params,
    );
    return this.items(rows);
  }

  /** Reads of personal data on weekends or outside 7:00-20:00 (Amsterdam time) in the last 30 days. */
  async outsideOfficeHours(): Promise<AccessEventItem[]> {
    const rows: EventRow[] = await this.dataSource.query(
      `${SELECT} WHERE e.outcome = 'allowed' AND e.action IN ('read', 'download', 'export') AND e.actor_id IS NOT NULL
          AND e.at > now() - interval '30 days'
          AND (extract(isodow FROM e.at AT TIME ZONE 'Europe/Amsterdam') >= 6
               OR extract(hour FROM e.at AT TIME ZONE 'Europe/Amsterdam') NOT BETWEEN 7 AND 19)
        ORDER BY e.id DESC LIMIT 100`,
    );
    return this.items(rows);
  }

  /** The participant's view: who looked at my data, when, what and why, in plain terms. */
  async forParticipant(user: AuthenticatedUser, query: OwnAccessLogQuery) {
    const personId = user.personId as string;
    const condition = 'WHERE e.person_ids @> ARRAY[$1::uuid] AND e.outcome = $2';
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM audit.access_events e ${condition}`,
      [personId, 'allowed'],
    );
    const rows: EventRow[] = await this.dataSource.query(
      `${SELECT} ${condition} ORDER BY e.id DESC LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      [personId, 'allowed'],
    );
    const items = await Promise.all(
      rows.map(async (row) => ({
        at: row.at,
        actorName: row.actor_id === user.id ? null : await this.actorName(row),
        actorRole: row.actor_role,
        actorOrganisation: row.actor_organisation,
        byYou: row.actor_id === user.id,
        action: row.action,
        resource: row.resource,
        caseReference: row.case_reference,
        fields: row.fields,
        purpose: row.purpose,
        breakGlass: row.break_glass,
      })),
    );
    return { items, total };
  }

  /**
   * The people and staff a privacy officer can filter by: every account that is not a participant's (a
   * participant reads only their own data; the person filter finds them), with name, role and organisation.
   */
  async actors(): Promise<Array<{ id: string; name: string | null; role: string; organisation: string | null }>> {
    const rows: Array<{ id: string; display_name: string; role: string; organisation: string | null }> =
      await this.dataSource.query(
        `SELECT u.id, u.display_name, u.role, o.name AS organisation
           FROM public.users u LEFT JOIN public.organisations o ON o.id = u.organisation_id
          WHERE u.role <> 'participant'`,
      );
    const actors = await Promise.all(
      rows.map(async (row) => ({
        id: row.id,
        name: await this.actorName({ actor_id: row.id, actor_name: row.display_name }),
        role: row.role,
        organisation: row.organisation,
      })),
    );
    return actors.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'nl'));
  }

  /**
   * The filters as SQL. A person is found by last name or e-mail through the blind indexes (never by decrypting
   * the people table), a case by its whole reference; neither found means no events, not every event.
   */
  private async filterOf(query: AccessLogQuery): Promise<{ condition: string; params: unknown[] }> {
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.personId) add('e.person_ids @> ARRAY[?::uuid]', query.personId);
    if (query.person !== undefined) {
      const text = query.person.trim();
      params.push(
        await this.fields.blindIndex(Person, 'lastName', text),
        await this.fields.blindIndex(Person, 'email', text),
      );
      where.push(
        `e.person_ids && ARRAY(SELECT p.id FROM public.people p WHERE p.last_name_index = $${params.length - 1} OR p.email_index = $${params.length})`,
      );
    }
    if (query.caseId) add('e.case_id = ?::uuid', query.caseId);
    if (query.caseReference)
      add('e.case_id IN (SELECT c.id FROM public.cases c WHERE c.reference = ?)', query.caseReference.toUpperCase());
    if (query.actorId) add('e.actor_id = ?::uuid', query.actorId);
    if (query.from) add('e.at >= ?::timestamptz', query.from);
    if (query.to) add('e.at <= ?::timestamptz', query.to);
    if (query.outcome) add('e.outcome = ?', query.outcome);
    if (query.breakGlass !== undefined) add('e.break_glass = ?', query.breakGlass);
    return { condition: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
  }

  private async actorName(row: Pick<EventRow, 'actor_id' | 'actor_name'>): Promise<string | null> {
    if (!row.actor_id || !row.actor_name) return null;
    try {
      return await this.fields.openColumn(User, 'displayName', row.actor_id, row.actor_name);
    } catch {
      return null; // an erased actor
    }
  }

  private async items(rows: EventRow[]): Promise<AccessEventItem[]> {
    return Promise.all(
      rows.map(async (row) => ({
        id: row.id,
        at: row.at,
        actorId: row.actor_id,
        actorName: await this.actorName(row),
        actorRole: row.actor_role,
        actorOrganisation: row.actor_organisation,
        action: row.action,
        outcome: row.outcome,
        caseId: row.case_id,
        caseReference: row.case_reference,
        personId: row.person_ids[0] ?? null,
        personIds: row.person_ids,
        resource: row.resource,
        resourceId: row.resource_id,
        fields: row.fields,
        purpose: row.purpose,
        breakGlass: row.break_glass,
        requestId: row.request_id,
      })),
    );
  }
}
