import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AccessLogService } from '../access-log/access-log.service';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  amsterdamToday,
  CASE_REFERENCE_PREFIX,
  CASE_STATUS_TRANSITIONS,
  canTransition,
  formatCaseReference,
  isReintegration,
  MILESTONE_ACTORS,
  milestoneKindsOf,
  visibleMilestoneActors,
  type CaseField,
  type CaseStatus,
} from '@spoor/domain';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { Person } from '../people/person.entity';
import { User } from '../users/user.entity';
import { Case } from './case.entity';
import { CASE_SELECT, CaseAccessService, caseSubject, type CaseRow } from './case-access.service';
import { preparedQuery } from '../platform/database/prepared-query';
import { apiError, invalidInput } from '../platform/http/api-error';
import type { CreateCaseDto } from './dto/create-case.dto';
import type { ListCasesQuery } from './dto/list-cases.query';

/** A case as the API shows it; each role gets only the fields its abilities permit. */
export type CaseView = Partial<Record<CaseField, unknown>>;

/** Newest first; matches the caseload indexes (cases_coach, …) read backwards, so a page needs no sort. */
export const CASE_ORDER = 'c.start_date DESC, c.reference DESC';

/**
 * One page of cases matching `condition` (which uses parameters $1…$n; LIMIT and OFFSET are $n+1 and $n+2).
 * The page is chosen from the caseload index first; only its rows are then joined to people, coaches and
 * milestones (joining before the OFFSET would look up every skipped row too).
 */
export function casePageSql(condition: string, parameterCount: number): string {
  const people = /\bp\./.test(condition) ? ' JOIN public.people p ON p.id = c.person_id' : '';
  // ARRAY(…) makes the page an init plan: the outer query then looks its ≤ 100 ids up by primary key, a plan
  // that stays right when the statement is prepared (a generic plan cannot see that LIMIT is small).
  return `${CASE_SELECT} WHERE c.id = ANY(ARRAY(
      SELECT c.id FROM public.cases c${people}
       WHERE ${condition} ORDER BY ${CASE_ORDER} LIMIT $${parameterCount + 1}::int OFFSET $${parameterCount + 2}::int
    )) ORDER BY ${CASE_ORDER}`;
}

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    private readonly accessLog: AccessLogService,
    private readonly caseAccess: CaseAccessService,
  ) {}

  async list(
    user: AuthenticatedUser,
    query: ListCasesQuery,
  ): Promise<{ items: CaseView[]; total: number; personIds: string[]; fields: string[] }> {
    const params: unknown[] = [];
    const access = this.caseAccess.listCondition(user, 'read', params);
    if (access === null) return { items: [], total: 0, personIds: [], fields: [] };
    const where = [access];
    if (query.type) {
      params.push(query.type);
      where.push(`c.type = $${params.length}`);
    }
    if (query.status) {
      params.push(query.status);
      where.push(`c.status = $${params.length}`);
    }
    if (query.coachId) {
      params.push(query.coachId);
      where.push(`c.coach_id = $${params.length}::uuid`);
    }
    if (query.overdueMilestone) {
      // Filtering by milestones reveals them: only over cases, and kinds, whose milestones the caller may read.
      const milestones = this.caseAccess.listCondition(user, 'read_milestones', params);
      const kinds = milestoneKindsOf(visibleMilestoneActors(user.ability, 'Case'));
      if (milestones === null || kinds.length === 0)
        throw apiError(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'Milestones are not available to your role');
      params.push(kinds, amsterdamToday(new Date()));
      // Open work only (not done, not UWV's information, not suspended or lapsed), past due in Dutch time.
      where.push(
        milestones,
        `EXISTS (SELECT 1 FROM public.case_milestones om WHERE om.case_id = c.id AND om.kind = ANY($${params.length - 1}::varchar[]) AND om.state = 'open' AND om.due_date < $${params.length}::date)`,
      );
    }
    if (query.q?.trim()) {
      const q = query.q.trim();
      // A prefix as a range over the pattern index (cases_reference_pattern): unlike LIKE $n, a range keeps
      // using the index in a prepared statement's generic plan. References are ASCII, all below DEL (0x7f).
      const prefix = q.toUpperCase();
      params.push(prefix, `${prefix}\x7f`);
      const reference = `(c.reference ~>=~ $${params.length - 1}::varchar AND c.reference ~<~ $${params.length}::varchar)`;
      // A search matches only what the caller may read (a match on a hidden field would reveal it): by last
      // name for roles that see names, by e-mail for roles that see e-mail addresses, by the employer's own
      // reference for roles that see it. Blind indexes: exact, normalised matches, nothing is decrypted.
      const fieldsAllowed = this.caseAccess.anyReadableFields(user);
      const matches = [reference];
      if (fieldsAllowed.includes('personName')) {
        params.push(await this.fields.blindIndex(Person, 'lastName', q));
        matches.push(`p.last_name_index = $${params.length}`);
      }
      if (fieldsAllowed.includes('personEmail')) {
        params.push(await this.fields.blindIndex(Person, 'email', q));
        matches.push(`p.email_index = $${params.length}`);
      }
      if (fieldsAllowed.includes('clientReference')) {
        params.push(await this.fields.blindIndex(Case, 'clientReference', q));
        matches.push(`c.client_reference_index = $${params.length}`);
      }
      where.push(matches.length === 1 ? reference : `(${matches.join(' OR ')})`);
    }
    const condition = where.join(' AND ');
    // Every case has its person (NOT NULL foreign key): the count joins people only when the search needs it.
    // Prepared statements: the texts come from a bounded set (the ability's shape × the filters given).
    const [{ total }] = await preparedQuery<{ total: number }>(
      this.dataSource,
      `SELECT count(*)::int AS total FROM public.cases c${/\bp\./.test(condition) ? ' JOIN public.people p ON p.id = c.person_id' : ''} WHERE ${condition}`,
      params,
    );
    // The page is chosen from the caseload index first; only its rows are then joined to people, coaches and
    // milestones (joining before the OFFSET would look up every skipped row too).
    const rows = await preparedQuery<CaseRow>(this.dataSource, casePageSql(condition, params.length), [
      ...params,
      query.pageSize,
      (query.page - 1) * query.pageSize,
    ]);
    // A page shows the same coach and labour expert again and again: each of their names is decrypted once.
    const staffNames = new Map<string, Promise<string>>();
    const items = await Promise.all(rows.map((row) => this.view(user, row, staffNames)));
    return {
      items,
      total,
      // Every person on the page is named in the access event, so each sees it in their own view.
      personIds: rows.map((row) => row.person_id),
      fields: [...new Set(items.flatMap((item) => Object.keys(item)))],
    };
  }

  /**
   * Moves a case to another status along the allowed transitions (libs/domain). Optimistic locking on
   * `version`: a stale version changes nothing and answers 409, as does an illegal transition.
   */
  async changeStatus(
    user: AuthenticatedUser,
    id: string,
    status: CaseStatus,
    version: number,
    request: Request,
  ): Promise<{ view: CaseView; personId: string }> {
    const access = await this.caseAccess.reach(user, id, 'change_status');
    access.assertWritable();
    const row = access.row;
    const from = row.status as CaseStatus;
    if (!canTransition(from, status)) {
      const allowed = CASE_STATUS_TRANSITIONS[from];
      throw apiError(
        HttpStatus.CONFLICT,
        'CASE_STATUS_TRANSITION_INVALID',
        `status cannot change from ${from} to ${status}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ` (${from} is final)`}`,
      );
    }
    await this.dataSource.transaction(async (manager) => {
      const [updated] = await manager.query(
        `UPDATE public.cases SET status = $1::varchar, version = version + 1, updated_at = now(),
                completed_at = CASE WHEN $1::varchar = 'completed' THEN now() ELSE NULL END
          WHERE id = $2 AND version = $3 RETURNING id`,
        [status, id, version],
      );
      if (updated.length === 0)
        throw apiError(
          HttpStatus.CONFLICT,
          'CASE_VERSION_STALE',
          'version is stale: the case was changed meanwhile; reload it',
        );
      await this.accessLog.record(
        user,
        request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'case',
          caseId: id,
          personIds: [row.person_id],
          fields: ['status'],
        },
        manager,
      );
    });
    return this.detail(user, id);
  }

  /** Admin: a new case (and, if needed, its person), with coach and labour expert assigned and recorded. */
  async create(
    user: AuthenticatedUser,
    input: CreateCaseDto,
    request: Request,
  ): Promise<{ view: CaseView; personId: string }> {
    const [organisation] = await this.dataSource.query('SELECT id FROM public.organisations WHERE id = $1', [
      input.organisationId,
    ]);
    if (!organisation)
      throw invalidInput({
        field: 'organisationId',
        code: 'UNKNOWN_REFERENCE',
        message: 'organisationId does not name an organisation',
      });
    for (const [field, id, role] of [
      ['coachId', input.coachId, 'coach'],
      ['labourExpertId', input.labourExpertId, 'labour_expert'],
    ] as const) {
      if (!id) continue;
      const [found] = await this.dataSource.query(
        'SELECT 1 FROM public.users WHERE id = $1 AND role = $2 AND disabled_at IS NULL',
        [id, role],
      );
      if (!found)
        throw invalidInput({ field, code: 'UNKNOWN_REFERENCE', message: `${field} must name an active ${role}` });
    }
    if (input.labourExpertId && !isReintegration(input.type)) {
      throw invalidInput({
        field: 'labourExpertId',
        code: 'NOT_FOR_CASE_TYPE',
        message: 'labourExpertId is for reintegration cases only',
      });
    }
    let personId = input.personId;
    let person: Person | undefined;
    if (input.person) {
      personId = randomUUID();
      person = await this.fields.seal(
        Person,
        Object.assign(new Person(), {
          id: personId,
          firstName: input.person.firstName,
          lastName: input.person.lastName,
          birthDate: input.person.birthDate ?? null,
          address: input.person.address ?? null,
          email: input.person.email ?? null,
          phone: input.person.phone ?? null,
          erasedAt: null,
        }),
      );
    } else {
      const [found] = await this.dataSource.query('SELECT id FROM public.people WHERE id = $1 AND erased_at IS NULL', [
        personId,
      ]);
      if (!found)
        throw invalidInput({
          field: 'personId',
          code: 'UNKNOWN_REFERENCE',
          message: 'personId does not name a person',
        });
    }
    const id = randomUUID();
    const year = Number(input.startDate.slice(0, 4));
    const clientReference = await this.sealClientReference(id, personId as string, input.clientReference ?? null);
    await this.dataSource.transaction(async (manager) => {
      // References are numbered per prefix and year; the lock keeps two admins from taking the same number.
      await manager.query("SELECT pg_advisory_xact_lock(hashtext('spoor-case-reference'))");
      const prefix = CASE_REFERENCE_PREFIX[input.type];
      const [{ next }] = await manager.query(
        "SELECT coalesce(max(split_part(reference, '-', 3)::int), 0) + 1 AS next FROM public.cases WHERE split_part(reference, '-', 1) = $1 AND split_part(reference, '-', 2) = $2",
        [prefix, String(year)],
      );
      if (person) await manager.getRepository(Person).insert(person);
      await manager.query(
        `INSERT INTO public.cases (id, reference, type, status, organisation_id, person_id, coach_id, labour_expert_id, start_date, end_date, client_reference, client_reference_index, version)
         VALUES ($1, $2, $3, 'intake', $4, $5, $6, $7, $8, $9, $10, $11, 1)`,
        [
          id,
          formatCaseReference(input.type, year, Number(next)),
          input.type,
          input.organisationId,
          personId,
          input.coachId ?? null,
          input.labourExpertId ?? null,
          input.startDate,
          input.endDate ?? null,
          clientReference.clientReference,
          clientReference.clientReferenceIndex,
        ],
      );
      for (const [role, userId] of [
        ['coach', input.coachId],
        ['labour_expert', input.labourExpertId],
      ] as const) {
        if (userId) {
          await manager.query(
            'INSERT INTO public.case_assignments (id, case_id, user_id, role, assigned_at, assigned_by) VALUES ($1, $2, $3, $4, now(), $5)',
            [randomUUID(), id, userId, role, user.id],
          );
        }
      }
      await this.accessLog.record(
        user,
        request,
        {
          action: 'create',
          outcome: 'allowed',
          resource: 'case',
          caseId: id,
          personIds: [personId as string],
          fields: [
            'type',
            'organisation',
            ...(input.clientReference ? ['clientReference'] : []),
            ...(input.person ? Object.keys(input.person).map((k) => `person.${k}`) : []),
          ],
        },
        manager,
      );
    });
    return this.detail(user, id);
  }

  /**
   * Enters, corrects or removes (null) the employer's own reference: the admin, or the case's coach. Optimistic
   * locking on `version` as for the status; the access event is written in the same transaction.
   */
  async setClientReference(
    user: AuthenticatedUser,
    id: string,
    clientReference: string | null,
    version: number,
    request: Request,
  ): Promise<{ view: CaseView; personId: string }> {
    const access = await this.caseAccess.reach(user, id, 'set_client_reference');
    access.assertWritable();
    const row = access.row;
    if (row.person_erased_at)
      throw apiError(
        HttpStatus.CONFLICT,
        'PERSON_ERASED',
        "the person's data was erased; the case takes no new personal data",
      );
    const sealed = await this.sealClientReference(id, row.person_id, clientReference);
    await this.dataSource.transaction(async (manager) => {
      const [updated] = await manager.query(
        `UPDATE public.cases SET client_reference = $1, client_reference_index = $2, version = version + 1, updated_at = now()
          WHERE id = $3 AND version = $4 RETURNING id`,
        [sealed.clientReference, sealed.clientReferenceIndex, id, version],
      );
      if (updated.length === 0)
        throw apiError(
          HttpStatus.CONFLICT,
          'CASE_VERSION_STALE',
          'version is stale: the case was changed meanwhile; reload it',
        );
      await this.accessLog.record(
        user,
        request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'case',
          caseId: id,
          personIds: [row.person_id],
          fields: ['clientReference'],
        },
        manager,
      );
    });
    return this.detail(user, id);
  }

  /** The client reference sealed for this case row (and its blind index), through the entity's helpers. */
  private async sealClientReference(
    caseId: string,
    personId: string,
    clientReference: string | null,
  ): Promise<{ clientReference: string | null; clientReferenceIndex: string | null }> {
    const sealed = await this.fields.seal(
      Case,
      Object.assign(new Case(), { id: caseId, personId, clientReference: clientReference?.trim() || null }),
    );
    return { clientReference: sealed.clientReference, clientReferenceIndex: sealed.clientReferenceIndex ?? null };
  }

  async detail(user: AuthenticatedUser, id: string): Promise<{ view: CaseView; personId: string }> {
    const { row } = await this.caseAccess.reach(user, id, 'read');
    return { view: await this.view(user, row), personId: row.person_id };
  }

  /** Only permitted fields are computed (and decrypted) at all. */
  private async view(
    user: AuthenticatedUser,
    row: CaseRow,
    staffNames = new Map<string, Promise<string>>(),
  ): Promise<CaseView> {
    const allowed = new Set(this.caseAccess.readableFields(user, row));
    const personField = async (
      property: 'firstName' | 'lastName' | 'email' | 'phone' | 'birthDate' | 'address',
      value: string | null,
    ) =>
      value === null || row.person_erased_at ? null : this.fields.openColumn(Person, property, row.person_id, value);
    const view: CaseView = {};
    const set = async (field: CaseField, produce: () => unknown) => {
      if (allowed.has(field)) view[field] = await produce();
    };
    await set('id', () => row.id);
    await set('reference', () => row.reference);
    await set('type', () => row.type);
    await set('status', () => row.status);
    await set('organisationId', () => row.organisation_id);
    await set('organisationName', () => row.organisation_name);
    await set('personId', () => row.person_id);
    await set('personName', async () =>
      row.person_erased_at
        ? null
        : `${await personField('firstName', row.person_first_name)} ${await personField('lastName', row.person_last_name)}`,
    );
    await set('personEmail', () => personField('email', row.person_email));
    await set('personPhone', () => personField('phone', row.person_phone));
    await set('personBirthDate', () => personField('birthDate', row.person_birth_date));
    await set('personAddress', () => personField('address', row.person_address));
    // Sealed under the person's data key: gone with the person after an erasure.
    await set('clientReference', () =>
      row.client_reference === null || row.person_erased_at
        ? null
        : this.fields.openColumn(Case, 'clientReference', row.id, row.client_reference),
    );
    await set('coachId', () => row.coach_id);
    const staffName = (userId: string, sealed: string) => {
      // Keyed by ciphertext and row: the same sealed value of the same user decrypts to the same name.
      const key = `${userId}:${sealed}`;
      let name = staffNames.get(key);
      if (!name) staffNames.set(key, (name = this.fields.openColumn(User, 'displayName', userId, sealed)));
      return name;
    };
    await set('coachName', () => (row.coach_id && row.coach_name ? staffName(row.coach_id, row.coach_name) : null));
    await set('labourExpertId', () => row.labour_expert_id);
    await set('labourExpertName', () =>
      row.labour_expert_id && row.labour_expert_name ? staffName(row.labour_expert_id, row.labour_expert_name) : null,
    );
    await set('startDate', () => row.start_date);
    await set('endDate', () => row.end_date);
    await set('completedAt', () => row.completed_at);
    await set('nextMilestone', () => {
      // Only a milestone the caller may see: the client contact's next one is the employer's own next duty.
      const actors = visibleMilestoneActors(user.ability, caseSubject(row));
      const [kind, dueDate] =
        actors.length === MILESTONE_ACTORS.length
          ? [row.next_milestone_kind, row.next_milestone_due]
          : actors.length === 1 && actors[0] === 'employer'
            ? [row.next_employer_milestone_kind, row.next_employer_milestone_due]
            : [null, null];
      return kind ? { kind, dueDate } : null;
    });
    await set('legalHold', () => row.legal_hold);
    await set('processingRestricted', () => row.processing_restricted);
    await set('version', () => row.version);
    await set('createdAt', () => row.created_at);
    await set('updatedAt', () => row.updated_at);
    return view;
  }
}
