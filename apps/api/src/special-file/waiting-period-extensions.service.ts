import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import {
  addDays,
  amsterdamToday,
  computeWaitingPeriodEnd,
  isIsoDate,
  isReintegration,
  validateExtensions,
  type CaseType,
  type FieldProblem,
  type NewWaitingPeriodExtension,
  type SicknessPeriod,
  type WaitingPeriodExtensionKind,
  type WaitingPeriodExtensionView,
  type WaitingPeriodExtensions,
  type WaitingPeriodExtensionsView,
} from '@spoor/domain';
import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import { CaseAccessService } from '../cases/case-access.service';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { apiError, invalidInput } from '../platform/http/api-error';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { SicknessEventsService } from './sickness-events.service';
import { SPECIAL_DATA_SOURCE, SPECIAL_FIELDS } from './special-file.tokens';
import { WaitingPeriodExtension } from './waiting-period-extension.entity';

/** The dates and weeks of an extension, as stored (encrypted JSON); only those of its kind are set. */
interface Terms {
  weeks?: number;
  startsOn?: string;
  agreedEnd?: string;
  agreedOn?: string;
  appliedOn?: string;
  grantedWaitingPeriodEnd?: string;
}

/** The domain's name for each kind in WaitingPeriodExtensions. */
const DOMAIN_KEY = {
  loonsanctie: 'loonsanctie',
  voluntary_extension: 'voluntaryExtension',
  early_iva: 'earlyIva',
} as const satisfies Record<WaitingPeriodExtensionKind, keyof WaitingPeriodExtensions>;

/** What each kind needs (REQUIRED when missing) and may have. */
const REQUIRED_FIELDS: Record<WaitingPeriodExtensionKind, Array<keyof Terms>> = {
  loonsanctie: ['weeks'],
  voluntary_extension: ['agreedEnd', 'agreedOn'],
  early_iva: ['appliedOn'],
};
const ALLOWED_FIELDS: Record<WaitingPeriodExtensionKind, Array<keyof Terms>> = {
  loonsanctie: ['weeks', 'startsOn'],
  voluntary_extension: ['agreedEnd', 'agreedOn'],
  early_iva: ['appliedOn', 'grantedWaitingPeriodEnd'],
};

/** English lines for operators: the code only, never the date. */
const MESSAGES: Record<string, string> = {
  NOT_A_DATE: 'must be a date (YYYY-MM-DD)',
  NOT_A_WHOLE_NUMBER: 'must be a whole number',
  OUT_OF_RANGE: 'is out of range',
  DATE_TOO_EARLY: 'is too early',
  DATE_TOO_LATE: 'is too late',
  DATE_IN_FUTURE: 'cannot be in the future',
  REQUIRED: 'is required for this kind',
  NOT_ONE_OF: 'does not belong to this kind',
  UNKNOWN_REFERENCE: 'names no health document of this person',
};

const problem = (field: string, code: FieldProblem['code'], params?: FieldProblem['params']): FieldProblem => ({
  field,
  code,
  ...(params ? { params } : {}),
  message: `${field} ${MESSAGES[code] ?? code}`,
});

/** While recovered the weeks stand still: dates are projected as if the sickness resumed tomorrow (as the timeline does). */
const resumeOnOf = (period: SicknessPeriod, today: string) =>
  period.status === 'running' ? undefined : addDays(today, 1);

/**
 * Extensions of the person's waiting period (special file: dates and weeks only): loonsanctie, voluntary
 * extension, early IVA application. They belong to the person's current sickness period, like the events;
 * withdrawn with a reason, never deleted. Other modules get only `extensionsOf` (dates, through this narrow
 * service); the `spoor_special` connection stays here.
 */
@Injectable()
export class WaitingPeriodExtensionsService {
  private readonly logger = new Logger('WaitingPeriodExtensions');

  constructor(
    @Inject(SPECIAL_DATA_SOURCE) private readonly special: DataSource,
    @Inject(SPECIAL_FIELDS) private readonly fields: EncryptedFields,
    private readonly sickness: SicknessEventsService,
    private readonly caseAccess: CaseAccessService,
    private readonly accessLog: AccessLogService,
  ) {}

  private async rowsOf(personId: string, manager?: EntityManager): Promise<WaitingPeriodExtension[]> {
    const rows = await (manager ?? this.special.manager)
      .getRepository(WaitingPeriodExtension)
      .find({ where: { personId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return this.fields.openMany(WaitingPeriodExtension, rows);
  }

  /**
   * The active extensions of `period` as the domain takes them, for the timeline. An extension that no longer
   * fits the period (its sickness events were corrected since) is left out rather than failing the timeline.
   */
  async extensionsOf(personId: string, period: SicknessPeriod, today: string): Promise<WaitingPeriodExtensions> {
    const rows = (await this.rowsOf(personId)).filter(
      (row) => row.withdrawnAt === null && row.periodSequence === period.sequence,
    );
    const extensions = domainExtensions(rows);
    const issues = validateExtensions(period, extensions, { resumeOn: resumeOnOf(period, today) });
    if (issues.length === 0) return extensions;
    const unfit = new Set(issues.map((issue) => issue.field.split('.')[0]));
    this.logger.warn(`left ${unfit.size} extension(s) out that no longer fit the sickness period`);
    return Object.fromEntries(Object.entries(extensions).filter(([key]) => !unfit.has(key))) as WaitingPeriodExtensions;
  }

  /** `GET /cases/:id/special-file/extensions`: the assigned coach and labour expert. */
  async list(
    user: AuthenticatedUser,
    caseId: string,
  ): Promise<{ body: WaitingPeriodExtensionsView; personId: string }> {
    const { row } = await this.caseAccess.reach(user, caseId, 'read_sickness_events');
    assertReintegration(row.type);
    const personId = row.person_id;
    const today = amsterdamToday(new Date());
    const rows = await this.rowsOf(personId);
    const period = (await this.sickness.periodsOf(personId, today)).at(-1);
    const waitingPeriodEnd = period
      ? computeWaitingPeriodEnd(period, await this.extensionsOf(personId, period, today), resumeOnOf(period, today))
      : null;
    return {
      personId,
      body: {
        items: rows.map(viewOf),
        total: rows.length,
        waitingPeriodEnd: waitingPeriodEnd && {
          regularEnd: waitingPeriodEnd.regularEnd,
          applicationEnd: waitingPeriodEnd.applicationEnd,
          end: waitingPeriodEnd.end,
          loonsanctie: waitingPeriodEnd.loonsanctie,
          voluntaryUntil: waitingPeriodEnd.voluntaryUntil,
          earlyIvaEnd: waitingPeriodEnd.earlyIvaEnd,
        },
      },
    };
  }

  /**
   * Records one extension of the person's current waiting period, validated with the active extensions of the
   * other kinds (validateExtensions: 400 naming the field); 409 while one of the same kind counts. The access
   * event commits with it.
   */
  async record(
    user: AuthenticatedUser,
    caseId: string,
    input: NewWaitingPeriodExtension,
    request: Request,
  ): Promise<{ view: WaitingPeriodExtensionView; personId: string }> {
    const access = await this.caseAccess.reach(user, caseId, 'write_sickness_events');
    access.assertWritable();
    assertReintegration(access.row.type);
    const personId = access.row.person_id;
    const today = amsterdamToday(new Date());
    const kind = input.kind;
    const terms = termsOf(input);
    const shapeProblems = [
      ...REQUIRED_FIELDS[kind].filter((field) => terms[field] === undefined).map((field) => problem(field, 'REQUIRED')),
      ...(Object.keys(terms) as Array<keyof Terms>)
        .filter((field) => !ALLOWED_FIELDS[kind].includes(field))
        .map((field) => problem(field, 'NOT_ONE_OF')),
    ];
    if (terms.agreedOn !== undefined) {
      if (!isIsoDate(terms.agreedOn)) shapeProblems.push(problem('agreedOn', 'NOT_A_DATE'));
      else if (terms.agreedOn > today) shapeProblems.push(problem('agreedOn', 'DATE_IN_FUTURE'));
    }
    if (shapeProblems.length > 0) throw invalidInput(...shapeProblems);

    const view = await this.special.transaction(async (manager) => {
      // One writer per person at a time (the sickness events' lock: an extension is checked against their period).
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 15))', [personId]);
      const period = (await this.sickness.periodsOf(personId, today, manager)).at(-1);
      if (!period)
        throw apiError(HttpStatus.CONFLICT, 'NO_SICKNESS_PERIOD', 'The person has no sickness period to extend');
      const active = (await this.rowsOf(personId, manager)).filter(
        (row) => row.withdrawnAt === null && row.periodSequence === period.sequence,
      );
      if (active.some((row) => row.kind === kind))
        throw apiError(
          HttpStatus.CONFLICT,
          'EXTENSION_ALREADY_ACTIVE',
          'An extension of this kind already counts for the period; withdraw it first',
        );
      const key = DOMAIN_KEY[kind];
      const combined: WaitingPeriodExtensions = { ...domainExtensions(active), ...domainExtensions([{ kind, terms }]) };
      // A new loonsanctie's start, when given as in UWV's decision, must be the day after the waiting period.
      if (kind === 'loonsanctie' && terms.startsOn !== undefined)
        combined.loonsanctie = { weeks: terms.weeks as number, startsOn: terms.startsOn };
      const issues = validateExtensions(period, combined, { today, resumeOn: resumeOnOf(period, today) }).filter(
        (issue) => issue.field.startsWith(`${key}.`),
      );
      if (issues.length > 0)
        throw invalidInput(
          ...issues.map((issue) => problem(issue.field.slice(key.length + 1), issue.code, issue.params)),
        );
      if (input.decisionDocumentId) {
        const [found] = await manager.query('SELECT 1 FROM special.health_documents WHERE id = $1 AND person_id = $2', [
          input.decisionDocumentId,
          personId,
        ]);
        if (!found) throw invalidInput(problem('decisionDocumentId', 'UNKNOWN_REFERENCE'));
      }
      const entity = Object.assign(new WaitingPeriodExtension(), {
        id: randomUUID(),
        personId,
        caseId,
        periodSequence: period.sequence,
        kind,
        terms: JSON.stringify(terms),
        decisionDocumentId: input.decisionDocumentId ?? null,
        recordedBy: user.id,
        withdrawnAt: null,
        withdrawnBy: null,
        withdrawReason: null,
      });
      await manager
        .getRepository(WaitingPeriodExtension)
        .insert(await this.fields.seal(WaitingPeriodExtension, { ...entity }));
      await this.accessLog.record(
        user,
        request,
        {
          action: 'create',
          outcome: 'allowed',
          resource: 'waiting_period_extension',
          resourceId: entity.id,
          caseId,
          personIds: [personId],
          fields: ['kind', ...Object.keys(terms), ...(input.decisionDocumentId ? ['decisionDocumentId'] : [])],
        },
        manager,
      );
      const [stored] = await manager.query('SELECT created_at FROM special.waiting_period_extensions WHERE id = $1', [
        entity.id,
      ]);
      return viewOf({ ...entity, createdAt: stored.created_at as Date });
    });
    return { view, personId };
  }

  /** Withdraws one extension of the person with a reason (kept; it no longer counts). 409 when already withdrawn. */
  async withdraw(
    user: AuthenticatedUser,
    caseId: string,
    extensionId: string,
    reason: string,
    request: Request,
  ): Promise<{ view: WaitingPeriodExtensionView; personId: string }> {
    const access = await this.caseAccess.reach(user, caseId, 'write_sickness_events');
    access.assertWritable();
    assertReintegration(access.row.type);
    const personId = access.row.person_id;
    const view = await this.special.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 15))', [personId]);
      const row = await manager.getRepository(WaitingPeriodExtension).findOne({ where: { id: extensionId, personId } });
      if (!row) throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Extension not found');
      if (row.withdrawnAt !== null)
        throw apiError(HttpStatus.CONFLICT, 'ALREADY_WITHDRAWN', 'The extension was already withdrawn');
      const sealed = await this.fields.seal(
        WaitingPeriodExtension,
        Object.assign(new WaitingPeriodExtension(), { id: row.id, personId, withdrawReason: reason }),
      );
      await manager.query(
        `UPDATE special.waiting_period_extensions
            SET withdrawn_at = now(), withdrawn_by = $2, withdraw_reason = $3 WHERE id = $1`,
        [row.id, user.id, sealed.withdrawReason],
      );
      await this.accessLog.record(
        user,
        request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'waiting_period_extension',
          resourceId: row.id,
          caseId,
          personIds: [personId],
          fields: ['withdrawnAt', 'withdrawReason'],
        },
        manager,
      );
      const updated = await manager.getRepository(WaitingPeriodExtension).findOneOrFail({ where: { id: row.id } });
      return viewOf(await this.fields.open(WaitingPeriodExtension, updated));
    });
    return { view, personId };
  }
}

function termsOf(input: NewWaitingPeriodExtension): Terms {
  const source = input as Partial<Record<keyof Terms, unknown>>;
  const terms: Terms = {};
  for (const field of ['weeks', 'startsOn', 'agreedEnd', 'agreedOn', 'appliedOn', 'grantedWaitingPeriodEnd'] as const) {
    if (source[field] !== undefined && source[field] !== null) Object.assign(terms, { [field]: source[field] });
  }
  return terms;
}

function parsedTerms(row: Pick<WaitingPeriodExtension, 'terms'> | { terms: Terms }): Terms {
  return typeof row.terms === 'string' ? (JSON.parse(row.terms) as Terms) : row.terms;
}

/**
 * As the domain takes them. The loonsanctie's start is the domain's to derive (the day after the waiting period):
 * checked when it was recorded, not again when a voluntary extension moves that day later.
 */
function domainExtensions(
  rows: Array<{ kind: WaitingPeriodExtensionKind; terms: string | Terms }>,
): WaitingPeriodExtensions {
  const extensions: WaitingPeriodExtensions = {};
  for (const row of rows) {
    const terms = parsedTerms(row as { terms: Terms });
    if (row.kind === 'loonsanctie') extensions.loonsanctie = { weeks: terms.weeks as number };
    if (row.kind === 'voluntary_extension') extensions.voluntaryExtension = { agreedEnd: terms.agreedEnd as string };
    if (row.kind === 'early_iva')
      extensions.earlyIva = {
        appliedOn: terms.appliedOn as string,
        ...(terms.grantedWaitingPeriodEnd ? { grantedWaitingPeriodEnd: terms.grantedWaitingPeriodEnd } : {}),
      };
  }
  return extensions;
}

function viewOf(row: WaitingPeriodExtension): WaitingPeriodExtensionView {
  const terms = parsedTerms(row);
  return {
    id: row.id,
    kind: row.kind,
    periodSequence: row.periodSequence,
    weeks: terms.weeks ?? null,
    startsOn: terms.startsOn ?? null,
    agreedEnd: terms.agreedEnd ?? null,
    agreedOn: terms.agreedOn ?? null,
    appliedOn: terms.appliedOn ?? null,
    grantedWaitingPeriodEnd: terms.grantedWaitingPeriodEnd ?? null,
    decisionDocumentId: row.decisionDocumentId,
    recordedAt: new Date(row.createdAt).toISOString(),
    withdrawnAt: row.withdrawnAt ? new Date(row.withdrawnAt).toISOString() : null,
    withdrawReason: row.withdrawReason,
  };
}

/** Sickness is a reintegration matter: the coach of an outplacement or career case does not see it. */
function assertReintegration(type: string): void {
  if (!isReintegration(type as CaseType))
    throw apiError(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'Waiting-period extensions belong to reintegration cases');
}
