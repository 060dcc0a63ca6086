import { Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { uuidParam } from '../platform/http/uuid-param';
import type { DataSource } from 'typeorm';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { AccessLogged } from './access-log.decorator';
import { touched } from './access-trail';
import { AccessSealService } from './access-seal.service';
import { AccessLogQuery, OwnAccessLogQuery } from './dto/access-log.query';

interface EventRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_role: string;
  actor_name: string | null;
  actor_organisation: string | null;
  action: string;
  outcome: string;
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

const SELECT = `
  SELECT e.id::text AS id, e.at, e.actor_id, e.actor_role, u.display_name AS actor_name, o.name AS actor_organisation,
         e.action, e.outcome, e.case_id, c.reference AS case_reference, e.person_ids, e.resource, e.resource_id,
         e.fields, e.purpose, e.break_glass, e.request_id
    FROM audit.access_events e
    LEFT JOIN public.users u ON u.id = e.actor_id
    LEFT JOIN public.organisations o ON o.id = e.actor_organisation_id
    LEFT JOIN public.cases c ON c.id = e.case_id`;

@ApiTags('access-log')
@Controller()
export class AccessLogController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    private readonly seals: AccessSealService,
  ) {}

  private async actorName(row: EventRow): Promise<string | null> {
    if (!row.actor_id || !row.actor_name) return null;
    try {
      return await this.fields.decryptColumn(row.actor_name, { table: 'public.users', column: 'display_name', rowId: row.actor_id });
    } catch {
      return null; // an erased actor
    }
  }

  /** The privacy officer's view: every event, filtered; reading the log is itself logged. */
  @Get('access-log')
  @Policy('read', 'AccessLog')
  @AccessLogged({ action: 'search', resource: 'access_log' })
  async list(@Query() query: AccessLogQuery, @Req() request: Request) {
    const { condition, params } = filterOf(query);
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM audit.access_events e ${condition}`, params);
    const rows: EventRow[] = await this.dataSource.query(
      `${SELECT} ${condition} ORDER BY e.id DESC LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    touched(request, { fields: ['actorId', 'personIds', 'caseId', 'action', 'at'] });
    return { items: await this.items(rows), total };
  }

  /** The same filters as a CSV download (at most 50,000 rows); the export itself is logged. */
  @Get('access-log/export')
  @Policy('export', 'AccessLog')
  @AccessLogged({ action: 'export', resource: 'access_log' })
  async export(@Query() query: AccessLogQuery, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const { condition, params } = filterOf(query);
    const rows: EventRow[] = await this.dataSource.query(`${SELECT} ${condition} ORDER BY e.id LIMIT 50000`, params);
    const items = await this.items(rows);
    touched(request, { fields: ['actorId', 'personIds', 'caseId', 'action', 'at'] });
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="access-log.csv"');
    response.setHeader('Cache-Control', 'no-store');
    const columns = ['at', 'actorId', 'actorName', 'actorRole', 'actorOrganisation', 'action', 'outcome', 'caseReference', 'personIds', 'resource', 'resourceId', 'fields', 'purpose', 'breakGlass', 'requestId'] as const;
    const lines = [columns.join(','), ...items.map((item) => columns.map((column) => csvCell(item[column])).join(','))];
    return new StreamableFile(Buffer.from(lines.join('\r\n') + '\r\n', 'utf8'));
  }

  /** What a privacy officer should look at: mass reads, break-the-glass awaiting review, out-of-hours reads. */
  @Get('access-log/anomalies')
  @Policy('read', 'AccessLog')
  @AccessLogged({ action: 'read', resource: 'access_log_anomalies' })
  async anomalies(@Req() request: Request) {
    const mass: Array<{ actor_id: string; actor_role: string; window_start: Date; people: number }> = await this.dataSource.query(
      `SELECT e.actor_id, e.actor_role,
              date_trunc('hour', e.at) + floor(extract(minute FROM e.at) / 10) * interval '10 minutes' AS window_start,
              count(DISTINCT p)::int AS people
         FROM audit.access_events e, unnest(e.person_ids) p
        WHERE e.outcome = 'allowed' AND e.action IN ('read', 'download', 'export') AND e.at > now() - interval '7 days'
        GROUP BY 1, 2, 3 HAVING count(DISTINCT p) >= $1 ORDER BY 3 DESC LIMIT 100`,
      [MASS_READ_PEOPLE],
    );
    const grants: Array<{ id: string; user_id: string; case_id: string; reference: string; role: string; display_name: string; person_id: string; reason: string; created_at: Date; expires_at: Date }> =
      await this.dataSource.query(
        `SELECT g.id, g.user_id, g.case_id, c.reference, u.role, u.display_name, g.person_id, g.reason, g.created_at, g.expires_at
           FROM public.break_glass_grants g JOIN public.cases c ON c.id = g.case_id JOIN public.users u ON u.id = g.user_id
          WHERE g.reviewed_at IS NULL ORDER BY g.created_at`,
      );
    const offHours: EventRow[] = await this.dataSource.query(
      `${SELECT} WHERE e.outcome = 'allowed' AND e.action IN ('read', 'download', 'export') AND e.actor_id IS NOT NULL
          AND e.at > now() - interval '30 days'
          AND (extract(isodow FROM e.at AT TIME ZONE 'Europe/Amsterdam') >= 6
               OR extract(hour FROM e.at AT TIME ZONE 'Europe/Amsterdam') NOT BETWEEN 7 AND 19)
        ORDER BY e.id DESC LIMIT 100`,
    );
    const name = (userId: string, value: string) => this.fields.decryptColumn(value, { table: 'public.users', column: 'display_name', rowId: userId }).catch(() => null);
    touched(request, { personIds: grants.map((g) => g.person_id), fields: ['breakGlassReason', 'actorId'] });
    return {
      massReads: await Promise.all(mass.map(async (m) => ({ actorId: m.actor_id, actorRole: m.actor_role, windowStart: m.window_start, people: m.people }))),
      breakGlassAwaitingReview: await Promise.all(
        grants.map(async (g) => ({
          id: g.id,
          caseId: g.case_id,
          caseReference: g.reference,
          userId: g.user_id,
          userName: await name(g.user_id, g.display_name),
          userRole: g.role,
          reason: await this.fields.decryptColumn(g.reason, { table: 'public.break_glass_grants', column: 'reason', rowId: g.id }).catch(() => null),
          openedAt: g.created_at,
          expiresAt: g.expires_at,
        })),
      ),
      outsideOfficeHours: await this.items(offHours),
    };
  }

  @Post('access-log/break-glass/:id/review')
  @HttpCode(200)
  @Policy('read', 'AccessLog')
  @AccessLogged({ action: 'update', resource: 'break_glass_grant' })
  async review(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Req() request: Request) {
    const [updated] = await this.dataSource.query(
      'UPDATE public.break_glass_grants SET reviewed_at = now(), reviewed_by = $2 WHERE id = $1 AND reviewed_at IS NULL RETURNING id, case_id',
      [id, user.id],
    );
    if (updated.length === 0) throw new NotFoundException('No break-the-glass grant awaiting review with this id');
    touched(request, { caseId: updated[0].case_id, resourceId: id, fields: ['reviewedAt'] });
    return { id, reviewed: true };
  }

  private async items(rows: EventRow[]) {
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

  @Get('access-log/verify')
  @Policy('verify', 'AccessLog')
  @AccessLogged({ action: 'read', resource: 'access_log_verification' })
  async verify() {
    await this.seals.sealPending();
    return this.seals.verify();
  }

  /** The participant's view: who looked at my data, when, what and why, in plain terms. */
  @Get('me/access-log')
  @Policy('read', 'OwnAccessLog')
  @AccessLogged({ action: 'read', resource: 'own_access_log' })
  async mine(@CurrentUser() user: AuthenticatedUser, @Query() query: OwnAccessLogQuery, @Req() request: Request) {
    const personId = user.personId as string;
    const condition = 'WHERE e.person_ids @> ARRAY[$1::uuid] AND e.outcome = $2';
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM audit.access_events e ${condition}`, [personId, 'allowed']);
    const rows: EventRow[] = await this.dataSource.query(
      `${SELECT} ${condition} ORDER BY e.id DESC LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      [personId, 'allowed'],
    );
    touched(request, { personIds: [personId], fields: ['accessEvents'] });
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
}

/** Distinct people one actor reads within ten minutes before it counts as a mass read. */
export const MASS_READ_PEOPLE = 25;

function filterOf(query: AccessLogQuery): { condition: string; params: unknown[] } {
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (query.personId) add('e.person_ids @> ARRAY[?::uuid]', query.personId);
  if (query.caseId) add('e.case_id = ?::uuid', query.caseId);
  if (query.actorId) add('e.actor_id = ?::uuid', query.actorId);
  if (query.from) add('e.at >= ?::timestamptz', query.from);
  if (query.to) add('e.at <= ?::timestamptz', query.to);
  if (query.outcome) add('e.outcome = ?', query.outcome);
  if (query.breakGlass !== undefined) add('e.break_glass = ?', query.breakGlass);
  return { condition: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** RFC 4180 quoting, and no spreadsheet formulas: a cell starting with = + - @ is prefixed with '. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = Array.isArray(value) ? value.join(' ') : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
