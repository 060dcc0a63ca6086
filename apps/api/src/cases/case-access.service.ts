import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { subject } from '@casl/ability';
import { permittedFieldsOf } from '@casl/ability/extra';
import {
  CASE_FIELDS,
  defineAbilityFor,
  milestoneKindsOf,
  readableCaseFields,
  type CaseAction,
  type CaseField,
  type CaseSubject,
} from '@spoor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { preparedQuery } from '../platform/database/prepared-query';
import { apiError } from '../platform/http/api-error';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { caseCondition } from './casl-to-sql';
import { assertNotRestricted } from './restriction';

/** A case row as the one case query reads it (personal columns still sealed). */
export interface CaseRow {
  id: string;
  reference: string;
  type: string;
  status: string;
  organisation_id: string;
  organisation_name: string;
  person_id: string;
  person_first_name: string;
  person_last_name: string;
  person_email: string | null;
  person_phone: string | null;
  person_birth_date: string | null;
  person_address: string | null;
  person_erased_at: Date | null;
  /** Sealed under the person's data key (Case.clientReference). */
  client_reference: string | null;
  coach_id: string | null;
  coach_name: string | null;
  labour_expert_id: string | null;
  labour_expert_name: string | null;
  start_date: string;
  end_date: string | null;
  completed_at: Date | null;
  next_milestone_kind: string | null;
  next_milestone_due: string | null;
  /** The next of the employer's own duties: what a client contact may see (never the others' milestones). */
  next_employer_milestone_kind: string | null;
  next_employer_milestone_due: string | null;
  legal_hold: boolean;
  processing_restricted: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** The employer's milestone kinds as an SQL list (fixed identifiers from the domain, not input). */
const EMPLOYER_MILESTONE_KINDS = milestoneKindsOf(['employer'])
  .map((kind) => `'${kind.replace(/[^a-z_]/g, '')}'`)
  .join(', ');

export const CASE_SELECT = `
  SELECT c.id, c.reference, c.type, c.status, c.organisation_id, o.name AS organisation_name,
         c.person_id, p.first_name AS person_first_name, p.last_name AS person_last_name, p.email AS person_email,
         p.phone AS person_phone, p.birth_date AS person_birth_date, p.address AS person_address, p.erased_at AS person_erased_at,
         c.client_reference, c.coach_id, coach.display_name AS coach_name, c.labour_expert_id, expert.display_name AS labour_expert_name,
         to_char(c.start_date, 'YYYY-MM-DD') AS start_date, to_char(c.end_date, 'YYYY-MM-DD') AS end_date, c.completed_at,
         m.kind AS next_milestone_kind, to_char(m.due_date, 'YYYY-MM-DD') AS next_milestone_due,
         me.kind AS next_employer_milestone_kind, to_char(me.due_date, 'YYYY-MM-DD') AS next_employer_milestone_due,
         c.legal_hold, c.processing_restricted, c.version, c.created_at, c.updated_at
    FROM public.cases c
    JOIN public.organisations o ON o.id = c.organisation_id
    JOIN public.people p ON p.id = c.person_id
    LEFT JOIN public.users coach ON coach.id = c.coach_id
    LEFT JOIN public.users expert ON expert.id = c.labour_expert_id
    LEFT JOIN LATERAL (
      SELECT kind, due_date FROM public.case_milestones
       WHERE case_id = c.id AND state = 'open' ORDER BY due_date, sequence LIMIT 1
    ) m ON true
    LEFT JOIN LATERAL (
      SELECT kind, due_date FROM public.case_milestones
       WHERE case_id = c.id AND state = 'open' AND kind IN (${EMPLOYER_MILESTONE_KINDS})
       ORDER BY due_date, sequence LIMIT 1
    ) me ON true`;

/** The ids a permission condition may name, from any row that carries them. */
export interface CaseKeys {
  id: string;
  coach_id: string | null;
  labour_expert_id: string | null;
  organisation_id: string;
  person_id: string;
}

/** A case as CASL sees it. */
export function caseSubject(row: CaseKeys): CaseSubject {
  return subject('Case', {
    id: row.id,
    coachId: row.coach_id,
    labourExpertId: row.labour_expert_id,
    organisationId: row.organisation_id,
    personId: row.person_id,
  });
}

/** Everything a feature needs to know about the caller's reach into one case. */
export interface CaseAccess {
  row: CaseRow;
  /** The action that opened the case (the first of those asked that the caller may perform). */
  action: CaseAction;
  /** The case as CASL sees it: ask `can(action, access.subject)` for finer decisions (capacities vs. whole file). */
  subject: CaseSubject;
  /** Case fields the caller may read (empty when only `action` other than read was asked and read is not allowed). */
  fields: CaseField[];
  /** The access was possible only through an active break-the-glass grant: the access event must say so. */
  breakGlass: boolean;
  /** That grant (named in the access event), when `breakGlass`. */
  breakGlassGrantId: string | null;
  /** AVG art. 18: processing restricted; reads go on, writes are refused by `assertWritable`. */
  restricted: boolean;
  /** Throws 423 while processing is restricted. */
  assertWritable(): void;
}

/**
 * The one case-access point (as medplum's repository is its one enforcement point). Given the caller and a
 * case id it answers the row, the CASL subject, the permitted fields, the break-the-glass state and the
 * restriction state — or 404 outside reach, exactly as for a case that does not exist (never reveal that
 * someone else's case exists). Case lists get their SQL condition here too. Rules live in
 * libs/domain/src/abilities.ts only; nothing reads a case or its content around this service.
 */
@Injectable()
export class CaseAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The case if the caller may perform any of `actions` on it (the first that matches decides); otherwise 404.
   * Several actions serve reads that have more than one door: the special file is open to whoever may read it
   * fully, read its capacities, or holds a break-the-glass grant.
   */
  async reach(user: AuthenticatedUser, caseId: string, ...actions: [CaseAction, ...CaseAction[]]): Promise<CaseAccess> {
    for (const action of actions) {
      const row = await this.findRow(user, caseId, action);
      if (row) return await this.accessTo(user, row, action);
    }
    throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Case not found');
  }

  /**
   * Whether the caller may `action` on at least one case of the person (e.g. the coach of one of the person's
   * cases may rectify the personalia); with `writable`, only cases whose processing is not restricted count.
   */
  async reachesPerson(
    user: AuthenticatedUser,
    personId: string,
    action: CaseAction,
    { writable = false } = {},
  ): Promise<boolean> {
    const params: unknown[] = [personId];
    const condition = caseCondition(user.ability, action, params);
    if (condition === null) return false;
    const rows = await this.dataSource.query(
      `SELECT 1 FROM public.cases c WHERE c.person_id = $1 AND ${condition}${writable ? ' AND NOT c.processing_restricted' : ''} LIMIT 1`,
      params,
    );
    return rows.length > 0;
  }

  /**
   * The id of the case with exactly this reference if the caller may `action` on it; otherwise null — the same
   * for a reference that does not exist. Nothing else of the case is read (break-the-glass finds a case by its
   * reference before the reason is given: the answer may say no more than "it is there"). `manager`: the
   * caller's transaction (its connection), when it holds a lock around the lookup.
   */
  async idByReference(
    user: AuthenticatedUser,
    reference: string,
    action: CaseAction,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string | null> {
    const params: unknown[] = [reference];
    const condition = caseCondition(user.ability, action, params);
    if (condition === null) return null;
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT c.id FROM public.cases c WHERE c.reference = $1 AND ${condition} LIMIT 1`,
      params,
    );
    return rows[0]?.id ?? null;
  }

  /** The SQL condition over `public.cases c` for a list of cases the caller may `action`; null: none. */
  listCondition(user: AuthenticatedUser, action: CaseAction, params: unknown[]): string | null {
    return caseCondition(user.ability, action, params);
  }

  /** Permitted case fields of a row already read under `listCondition` (a list page). */
  readableFields(user: AuthenticatedUser, row: CaseKeys): CaseField[] {
    return permittedFieldsOf(user.ability, 'read', caseSubject(row), {
      fieldsFrom: (rule) => rule.fields ?? [...CASE_FIELDS],
    }) as CaseField[];
  }

  /** Case fields the caller's role may read of some case (for searches by name, which only some roles may do). */
  anyReadableFields(user: AuthenticatedUser): CaseField[] {
    return readableCaseFields(user.ability);
  }

  /**
   * Whether `action` on this case needs the caller's break-the-glass grant: the same user without grants
   * could not do it. (Assigned staff never need a grant; an assigned coach who holds one and opens the whole
   * special file, which the coach's role alone never allows, does.)
   */
  needsBreakGlass(user: AuthenticatedUser, row: CaseKeys, action: CaseAction): boolean {
    if (user.breakGlassCaseIds.length === 0 || !user.breakGlassCaseIds.includes(row.id)) return false;
    const target = caseSubject(row);
    if (!user.ability.can(action, target)) return false;
    return !defineAbilityFor({ ...user, breakGlassCaseIds: [] }).can(action, target);
  }

  private async activeGrantId(userId: string, caseId: string): Promise<string | null> {
    const [grant] = await this.dataSource.query(
      'SELECT id FROM public.break_glass_grants WHERE user_id = $1 AND case_id = $2 AND expires_at > now() ORDER BY expires_at DESC LIMIT 1',
      [userId, caseId],
    );
    return (grant?.id as string | undefined) ?? null;
  }

  private async findRow(user: AuthenticatedUser, caseId: string, action: CaseAction): Promise<CaseRow | null> {
    const params: unknown[] = [caseId];
    const access = caseCondition(user.ability, action, params);
    if (access === null) return null;
    const rows = await preparedQuery<CaseRow>(this.dataSource, `${CASE_SELECT} WHERE c.id = $1 AND ${access}`, params);
    return rows[0] ?? null;
  }

  private async accessTo(user: AuthenticatedUser, row: CaseRow, action: CaseAction): Promise<CaseAccess> {
    const breakGlass = this.needsBreakGlass(user, row, action);
    return {
      row,
      action,
      subject: caseSubject(row),
      fields: user.ability.can('read', caseSubject(row)) ? this.readableFields(user, row) : [],
      breakGlass,
      breakGlassGrantId: breakGlass ? await this.activeGrantId(user.id, row.id) : null,
      restricted: row.processing_restricted,
      assertWritable: () => assertNotRestricted(row),
    };
  }
}
