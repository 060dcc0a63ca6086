import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseStatus, CaseType } from '@spoor/domain';
import type { DataSource } from 'typeorm';
import { CaseAccessService } from '../cases/case-access.service';
import { CASE_ORDER } from '../cases/cases.service';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { User } from '../users/user.entity';
import type { AuthenticatedUser } from '../security/authenticated-user';
import type { ListPrivacyCasesQuery } from './dto/privacy-cases.query';

interface PrivacyCaseRow {
  id: string;
  reference: string;
  type: CaseType;
  status: CaseStatus;
  organisation_name: string;
  person_id: string;
  start_date: string;
  end_date: string | null;
  completed_at: Date | null;
  legal_hold: boolean;
  legal_hold_reason: string | null;
  legal_hold_at: Date | null;
  legal_hold_by: string | null;
  legal_hold_by_name: string | null;
  processing_restricted: boolean;
}

/** What the privacy officer sees of a case: administrative facts and its holds, never its content or names. */
export interface PrivacyCaseView {
  id: string;
  reference: string;
  type: CaseType;
  status: CaseStatus;
  organisationName: string;
  personId: string;
  startDate: string;
  endDate: string | null;
  completedAt: Date | null;
  legalHold: boolean;
  processingRestricted: boolean;
}

export interface PrivacyCaseDetail extends PrivacyCaseView {
  legalHoldReason: string | null;
  legalHoldAt: Date | null;
  legalHoldByName: string | null;
}

/** The view's field names, for the access event (names, never values). */
export const PRIVACY_CASE_FIELDS = [
  'reference',
  'type',
  'status',
  'organisationName',
  'personId',
  'startDate',
  'endDate',
  'completedAt',
  'legalHold',
  'processingRestricted',
];

const SELECT = `
  SELECT c.id, c.reference, c.type, c.status, o.name AS organisation_name, c.person_id,
         to_char(c.start_date, 'YYYY-MM-DD') AS start_date, to_char(c.end_date, 'YYYY-MM-DD') AS end_date, c.completed_at,
         c.legal_hold, c.legal_hold_reason, c.legal_hold_at, c.legal_hold_by, holder.display_name AS legal_hold_by_name,
         c.processing_restricted
    FROM public.cases c
    JOIN public.organisations o ON o.id = c.organisation_id
    LEFT JOIN public.users holder ON holder.id = c.legal_hold_by`;

/**
 * The privacy officer's way to a case: to place or lift a legal hold (retention) and to lift a restriction
 * (AVG art. 18). The FG oversees processing and reads no case content (DESIGN.md), so this is not the case
 * view of the other roles: reference, type, status, client, dates, holds, and the person only by id.
 */
@Injectable()
export class PrivacyCasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    private readonly caseAccess: CaseAccessService,
  ) {}

  async list(
    user: AuthenticatedUser,
    query: ListPrivacyCasesQuery,
  ): Promise<{ items: PrivacyCaseView[]; total: number; personIds: string[] }> {
    const params: unknown[] = [];
    const reach = this.caseAccess.listCondition(user, 'oversee', params);
    if (reach === null) return { items: [], total: 0, personIds: [] };
    const where: string[] = [reach];
    if (query.q?.trim()) {
      params.push(
        `${query.q
          .trim()
          .toUpperCase()
          .replace(/[%_\\]/g, '')}%`,
      );
      where.push(`c.reference LIKE $${params.length}`);
    }
    if (query.personId) {
      params.push(query.personId);
      where.push(`c.person_id = $${params.length}::uuid`);
    }
    if (query.legalHold !== undefined) {
      params.push(query.legalHold);
      where.push(`c.legal_hold = $${params.length}`);
    }
    if (query.restricted !== undefined) {
      params.push(query.restricted);
      where.push(`c.processing_restricted = $${params.length}`);
    }
    const condition = `WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM public.cases c ${condition}`,
      params,
    );
    const rows: PrivacyCaseRow[] = await this.dataSource.query(
      `${SELECT} ${condition} ORDER BY ${CASE_ORDER} LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    return { items: rows.map(view), total, personIds: rows.map((row) => row.person_id) };
  }

  async detail(user: AuthenticatedUser, id: string): Promise<PrivacyCaseDetail> {
    await this.caseAccess.reach(user, id, 'oversee');
    const [row]: PrivacyCaseRow[] = await this.dataSource.query(`${SELECT} WHERE c.id = $1`, [id]);
    return {
      ...view(row),
      legalHoldReason: row.legal_hold ? row.legal_hold_reason : null,
      legalHoldAt: row.legal_hold_at,
      legalHoldByName:
        row.legal_hold_by && row.legal_hold_by_name
          ? await this.fields.openColumn(User, 'displayName', row.legal_hold_by, row.legal_hold_by_name)
          : null,
    };
  }
}

function view(row: PrivacyCaseRow): PrivacyCaseView {
  return {
    id: row.id,
    reference: row.reference,
    type: row.type,
    status: row.status,
    organisationName: row.organisation_name,
    personId: row.person_id,
    startDate: row.start_date,
    endDate: row.end_date,
    completedAt: row.completed_at,
    legalHold: row.legal_hold,
    processingRestricted: row.processing_restricted,
  };
}
