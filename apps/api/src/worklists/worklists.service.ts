import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  amsterdamToday,
  milestoneKindsOf,
  visibleMilestoneActors,
  type CaseStatus,
  type CaseType,
  type MilestoneKind,
} from '@spoor/domain';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { CaseAccessService } from '../cases/case-access.service';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { Person } from '../people/person.entity';
import { ProgressReport } from '../process-file/progress-report.entity';
import { AssessmentCoverageService } from '../special-file/assessment-coverage.service';
import type { PagingQuery } from '../platform/http/paging.query';
import type { MilestoneWorklistQuery } from './dto/worklist.query';

/** Cases whose programme still runs: what a worklist is about. */
const OPEN_STATUSES = "('intake', 'active', 'on_hold')";
const REINTEGRATION_TYPES = "('reintegration_track1', 'reintegration_track2')";

/** The case columns every worklist row carries: enough to check permitted fields and to name the person. */
const CASE_COLUMNS = `c.id AS case_id, c.reference, c.type, c.status, to_char(c.start_date, 'YYYY-MM-DD') AS start_date,
       c.person_id, c.coach_id, c.labour_expert_id, c.organisation_id,
       p.first_name AS person_first_name, p.last_name AS person_last_name, p.erased_at AS person_erased_at`;

interface CaseColumns {
  case_id: string;
  reference: string;
  type: CaseType;
  status: CaseStatus;
  start_date: string;
  person_id: string;
  coach_id: string | null;
  labour_expert_id: string | null;
  organisation_id: string;
  person_first_name: string;
  person_last_name: string;
  person_erased_at: Date | null;
}

export interface WorklistCase {
  caseId: string;
  reference: string;
  /** Present only for roles that may read the participant's name (null after an erasure). */
  personName?: string | null;
}

export interface MilestoneItem extends WorklistCase {
  kind: MilestoneKind;
  sequence: number;
  dueDate: string;
  overdue: boolean;
}

export interface DraftReportItem extends WorklistCase {
  id: string;
  title: string | null;
  updatedAt: Date;
  version: number;
}

export interface AssessmentItem extends WorklistCase {
  type: CaseType;
  status: CaseStatus;
  startDate: string;
  hasFml: boolean;
  hasOccupationalAssessment: boolean;
}

export interface Worklist<T> {
  items: T[];
  total: number;
  /** Every person on the page, for the access event. */
  personIds: string[];
  fields: string[];
}

const empty = <T>(): Worklist<T> => ({ items: [], total: 0, personIds: [], fields: [] });

/**
 * The staff's "what needs doing" lists. Each reads only the caller's own caseload: the CASL conditions of the
 * action that work needs become the SQL WHERE (casl-to-sql), so nothing outside it is fetched.
 */
@Injectable()
export class WorklistsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    private readonly coverage: AssessmentCoverageService,
    private readonly caseAccess: CaseAccessService,
  ) {}

  /** Poortwachter milestones not done, overdue or due within `withinDays`, in the cases the coach runs. */
  async milestones(user: AuthenticatedUser, query: MilestoneWorklistQuery): Promise<Worklist<MilestoneItem>> {
    const params: unknown[] = [];
    const access = this.caseAccess.listCondition(user, 'write_process_file', params);
    // The same ability as the case's own milestones route: the cases, and the kinds, the caller may read.
    const milestones = this.caseAccess.listCondition(user, 'read_milestones', params);
    const kinds = milestoneKindsOf(visibleMilestoneActors(user.ability, 'Case'));
    if (access === null || milestones === null || kinds.length === 0) return empty();
    params.push(kinds);
    const kindCondition = `m.kind = ANY($${params.length}::varchar[])`;
    params.push(query.withinDays, amsterdamToday(new Date()));
    const today = `$${params.length}::date`;
    // Real work only: open milestones (not done, not UWV's information, not suspended or lapsed), in Dutch time.
    const where = `${access} AND ${milestones} AND ${kindCondition} AND c.status IN ${OPEN_STATUSES} AND m.state = 'open' AND m.due_date <= ${today} + $${params.length - 1}::int`;
    const from = 'FROM public.case_milestones m JOIN public.cases c ON c.id = m.case_id';
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from} WHERE ${where}`, params);
    const rows: Array<CaseColumns & { kind: MilestoneKind; sequence: number; due_date: string; overdue: boolean }> =
      await this.dataSource.query(
        `SELECT ${CASE_COLUMNS}, m.kind, m.sequence, to_char(m.due_date, 'YYYY-MM-DD') AS due_date, m.due_date < ${today} AS overdue
         ${from} JOIN public.people p ON p.id = c.person_id
        WHERE ${where}
        ORDER BY m.due_date, c.reference, m.sequence
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
        params,
      );
    const items = await Promise.all(
      rows.map(async (row) => ({
        ...(await this.caseView(user, row)),
        kind: row.kind,
        sequence: row.sequence,
        dueDate: row.due_date,
        overdue: row.overdue,
      })),
    );
    return { items, total, personIds: rows.map((row) => row.person_id), fields: this.fieldsOf(items, ['milestones']) };
  }

  /** Draft progress reports in the cases the coach runs (whoever started them: the coach finishes them). */
  async draftReports(user: AuthenticatedUser, query: PagingQuery): Promise<Worklist<DraftReportItem>> {
    const params: unknown[] = [];
    const access = this.caseAccess.listCondition(user, 'write_process_file', params);
    if (access === null) return empty();
    const where = `${access} AND r.status = 'draft'`;
    const from = 'FROM public.progress_reports r JOIN public.cases c ON c.id = r.case_id';
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from} WHERE ${where}`, params);
    const rows: Array<CaseColumns & { id: string; title: string; updated_at: Date; version: number }> =
      await this.dataSource.query(
        `SELECT ${CASE_COLUMNS}, r.id, r.title, r.updated_at, r.version
         ${from} JOIN public.people p ON p.id = c.person_id
        WHERE ${where}
        ORDER BY r.updated_at DESC, r.id
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
        params,
      );
    const items = await Promise.all(
      rows.map(async (row) => ({
        ...(await this.caseView(user, row)),
        id: row.id,
        // Reports are encrypted under the person's key: after an erasure there is no title to show.
        title: row.person_erased_at ? null : await this.fields.openColumn(ProgressReport, 'title', row.id, row.title),
        updatedAt: row.updated_at,
        version: row.version,
      })),
    );
    return {
      items,
      total,
      personIds: rows.map((row) => row.person_id),
      fields: this.fieldsOf(items, ['progressReport.title', 'progressReport.updatedAt']),
    };
  }

  /**
   * Running reintegration cases of the labour expert that still lack an FML or an AD report. The case ids come
   * from the process side (the caller's conditions as SQL), whether the assessments exist from the special
   * side (its own connection); the two are joined here, so neither database role needs the other's schema.
   */
  async assessments(user: AuthenticatedUser, query: PagingQuery): Promise<Worklist<AssessmentItem>> {
    const params: unknown[] = [];
    const access = this.caseAccess.listCondition(user, 'write_special_file', params);
    if (access === null) return empty();
    const caseload: Array<{ id: string }> = await this.dataSource.query(
      `SELECT c.id FROM public.cases c
        WHERE ${access} AND c.type IN ${REINTEGRATION_TYPES} AND c.status IN ${OPEN_STATUSES}
        ORDER BY c.start_date, c.reference`,
      params,
    );
    const { withFml, withOccupationalAssessment } = await this.coverage.coverage(caseload.map((row) => row.id));
    const missing = caseload
      .filter((row) => !withFml.has(row.id) || !withOccupationalAssessment.has(row.id))
      .map((row) => row.id);
    const page = missing.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
    if (page.length === 0) return { ...empty(), total: missing.length };
    const rows: CaseColumns[] = await this.dataSource.query(
      `SELECT ${CASE_COLUMNS} FROM public.cases c JOIN public.people p ON p.id = c.person_id WHERE c.id = ANY($1::uuid[])`,
      [page],
    );
    const byId = new Map(rows.map((row) => [row.case_id, row]));
    const ordered = page.flatMap((id) => byId.get(id) ?? []);
    const items = await Promise.all(
      ordered.map(async (row) => ({
        ...(await this.caseView(user, row)),
        type: row.type,
        status: row.status,
        startDate: row.start_date,
        hasFml: withFml.has(row.case_id),
        hasOccupationalAssessment: withOccupationalAssessment.has(row.case_id),
      })),
    );
    return {
      items,
      total: missing.length,
      personIds: ordered.map((row) => row.person_id),
      fields: this.fieldsOf(items, ['specialFile.hasFml', 'specialFile.hasOccupationalAssessment']),
    };
  }

  /** Reference and, where the role may read it, the participant's name: decrypted only when permitted. */
  private async caseView(user: AuthenticatedUser, row: CaseColumns): Promise<WorklistCase> {
    const allowed = this.caseAccess.readableFields(user, { ...row, id: row.case_id });
    const view: WorklistCase = { caseId: row.case_id, reference: row.reference };
    if (allowed.includes('personName')) view.personName = row.person_erased_at ? null : await this.personName(row);
    return view;
  }

  private async personName(row: CaseColumns): Promise<string> {
    const [first, last] = await Promise.all([
      this.fields.openColumn(Person, 'firstName', row.person_id, row.person_first_name),
      this.fields.openColumn(Person, 'lastName', row.person_id, row.person_last_name),
    ]);
    return `${first} ${last}`;
  }

  /** The field names an access event lists: the case fields returned plus what the worklist adds. */
  private fieldsOf(items: WorklistCase[], extra: string[]): string[] {
    if (items.length === 0) return [];
    const caseFields = new Set<string>(['reference']);
    if (items.some((item) => 'personName' in item)) caseFields.add('personName');
    return [...caseFields, ...extra];
  }
}
