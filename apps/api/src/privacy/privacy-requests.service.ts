import { randomUUID } from 'node:crypto';
import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { latestExtendedDueAt, notifyAuthorityBy, privacyRequestDueAt, RETENTION_RULES } from '@spoor/domain';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { SPECIAL_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { Breach } from './breach.entity';
import { Consent } from './consent.entity';
import type { BreachDto, CompletePrivacyRequestDto, CreatePrivacyRequestDto, ExtendPrivacyRequestDto, ListPrivacyRequestsQuery, UpdateBreachDto } from './dto/privacy.dto';
import { ErasureService } from './erasure.service';
import { PrivacyRequest } from './privacy-request.entity';
import { InjectConfig } from '../platform/config/config.module';
import type { AppConfig } from '../platform/config/config';

@Injectable()
export class PrivacyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SPECIAL_FIELDS) private readonly fields: EncryptedFields,
    private readonly erasure: ErasureService,
    private readonly accessLog: AccessLogService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  private async requestView(request: PrivacyRequest) {
    const open = await this.fields.open(PrivacyRequest, request).catch(() => ({ ...request, details: null, extensionReason: null, completionNote: null }));
    return {
      id: open.id,
      personId: open.personId,
      type: open.type,
      status: open.status,
      details: open.details,
      receivedAt: open.receivedAt,
      dueAt: open.dueAt,
      overdue: open.status !== 'completed' && open.dueAt.getTime() < Date.now(),
      extendedAt: open.extendedAt,
      extensionReason: open.extensionReason,
      completedAt: open.completedAt,
      outcome: open.outcome,
      completionNote: open.completionNote,
      version: open.version,
    };
  }

  async createRequest(user: AuthenticatedUser, input: CreatePrivacyRequestDto, request: Request) {
    let personId: string;
    if (user.role === 'participant' && user.personId) {
      if (input.personId && input.personId !== user.personId) throw new ForbiddenException('You can file requests about your own data only');
      personId = user.personId;
    } else if (user.role === 'privacy_officer') {
      if (!input.personId) throw new BadRequestException(['personId is required when the privacy officer files a request']);
      const [person] = await this.dataSource.query('SELECT id FROM public.people WHERE id = $1', [input.personId]);
      if (!person) throw new BadRequestException(['personId does not name a person']);
      personId = input.personId;
    } else {
      throw new ForbiddenException('Not allowed');
    }
    const receivedAt = new Date();
    const entity = await this.fields.seal(
      PrivacyRequest,
      Object.assign(new PrivacyRequest(), {
        id: randomUUID(), personId, type: input.type, status: 'received' as const, details: input.details ?? null, receivedAt,
        dueAt: privacyRequestDueAt(receivedAt), extendedAt: null, extensionReason: null, completedAt: null, outcome: null, completionNote: null, filedBy: user.id, completedBy: null,
      }),
    );
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(PrivacyRequest).insert(entity);
      await this.accessLog.record(user, request, { action: 'create', outcome: 'allowed', resource: 'privacy_request', resourceId: entity.id, personIds: [personId], fields: ['type', 'details'] }, manager);
    });
    return this.requestView(await this.dataSource.getRepository(PrivacyRequest).findOneByOrFail({ id: entity.id }));
  }

  async listRequests(user: AuthenticatedUser, query: ListPrivacyRequestsQuery) {
    const builder = this.dataSource.getRepository(PrivacyRequest).createQueryBuilder('r').orderBy('r.dueAt', 'ASC');
    if (user.role === 'participant') builder.andWhere('r.personId = :personId', { personId: user.personId });
    else if (user.role !== 'privacy_officer') throw new ForbiddenException('Not allowed');
    if (query.status) builder.andWhere('r.status = :status', { status: query.status });
    if (query.overdue === true) builder.andWhere("r.status <> 'completed' AND r.dueAt < now()");
    if (query.overdue === false) builder.andWhere("(r.status = 'completed' OR r.dueAt >= now())");
    const rows = await builder.getMany();
    const items = await Promise.all(rows.map((row) => this.requestView(row)));
    return { items, total: items.length, personIds: [...new Set(rows.map((r) => r.personId))] };
  }

  private async openRequest(id: string): Promise<PrivacyRequest> {
    const found = await this.dataSource.getRepository(PrivacyRequest).findOneBy({ id });
    if (!found) throw new NotFoundException('Privacy request not found');
    return found;
  }

  /** One extension at most, with a reason, never beyond three months after receipt (art. 12(3)). */
  async extend(user: AuthenticatedUser, id: string, input: ExtendPrivacyRequestDto, request: Request) {
    const found = await this.openRequest(id);
    if (found.status === 'completed') throw new ConflictException('the request is completed');
    if (found.status === 'extended') throw new BadRequestException(['the request was already extended once; a second extension is not allowed']);
    const latest = latestExtendedDueAt(found.receivedAt);
    const dueAt = input.dueAt ? new Date(input.dueAt) : latest;
    if (dueAt.getTime() > latest.getTime()) throw new BadRequestException([`dueAt may be at most three months after receipt (${latest.toISOString()})`]);
    if (dueAt.getTime() <= found.dueAt.getTime()) throw new BadRequestException(['dueAt must be later than the current due date']);
    const sealed = await this.fields.seal(PrivacyRequest, Object.assign(new PrivacyRequest(), { id, personId: found.personId, extensionReason: input.reason }));
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(PrivacyRequest).update({ id }, { status: 'extended', dueAt, extendedAt: new Date(), extensionReason: sealed.extensionReason, version: found.version + 1 });
      await this.accessLog.record(user, request, { action: 'update', outcome: 'allowed', resource: 'privacy_request', resourceId: id, personIds: [found.personId], fields: ['dueAt', 'extensionReason'] }, manager);
    });
    return this.requestView(await this.openRequest(id));
  }

  /** Completing carries the request out: erasure shreds and deletes, restriction freezes the person's cases. */
  async complete(user: AuthenticatedUser, id: string, input: CompletePrivacyRequestDto, request: Request) {
    const found = await this.openRequest(id);
    if (found.status === 'completed') throw new ConflictException('the request is already completed');
    let effect: Record<string, unknown> = {};
    if (input.outcome !== 'refused') {
      if (found.type === 'erasure') effect = { erasure: await this.erasure.erase(found.personId) };
    }
    const restricting = found.type === 'restriction' && input.outcome !== 'refused';
    // After an erasure the person's key is gone: the note is kept under the privacy officer's own key.
    const subject = found.type === 'erasure' && input.outcome !== 'refused' ? user.id : found.personId;
    const note = await this.fields.seal(PrivacyRequest, Object.assign(new PrivacyRequest(), { id, personId: subject, completionNote: input.note }));
    await this.dataSource.transaction(async (manager) => {
      // A restriction freezes the cases in the same transaction as the completion and its access event.
      if (restricting) effect = { restrictedCases: await this.erasure.restrict(found.personId, true, manager) };
      await manager.getRepository(PrivacyRequest).update({ id }, { status: 'completed', completedAt: new Date(), outcome: input.outcome, completionNote: subject === found.personId ? note.completionNote : null, completedBy: user.id, version: found.version + 1 });
      await this.accessLog.record(user, request, { action: 'update', outcome: 'allowed', resource: 'privacy_request', resourceId: id, personIds: [found.personId], fields: ['outcome', 'completionNote', ...Object.keys(effect)] }, manager);
    });
    return { ...(await this.requestView(await this.openRequest(id))), ...effect };
  }

  // Consents --------------------------------------------------------------------------------------------

  private assertPersonAccess(user: AuthenticatedUser, personId: string, write: boolean): void {
    if (user.role === 'participant' && user.personId === personId) return;
    if (user.role === 'privacy_officer' && !write) return;
    throw new NotFoundException('Person not found');
  }

  async consents(user: AuthenticatedUser, personId: string) {
    this.assertPersonAccess(user, personId, false);
    const items = await this.dataSource.getRepository(Consent).find({ where: { personId }, order: { givenAt: 'DESC' } });
    return { items, total: items.length };
  }

  async giveConsent(user: AuthenticatedUser, personId: string, purpose: string, request: Request) {
    this.assertPersonAccess(user, personId, true);
    const consent = Object.assign(new Consent(), { id: randomUUID(), personId, purpose, givenAt: new Date(), givenBy: user.id, withdrawnAt: null, withdrawnBy: null });
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Consent).insert(consent);
      await this.accessLog.record(user, request, { action: 'create', outcome: 'allowed', resource: 'consent', resourceId: consent.id, personIds: [personId], fields: ['purpose'] }, manager);
    });
    return consent;
  }

  async withdrawConsent(user: AuthenticatedUser, id: string, request: Request) {
    const consent = await this.dataSource.getRepository(Consent).findOneBy({ id });
    if (!consent) throw new NotFoundException('Consent not found');
    this.assertPersonAccess(user, consent.personId, true);
    if (consent.withdrawnAt) throw new ConflictException('consent was already withdrawn');
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Consent).update({ id }, { withdrawnAt: new Date(), withdrawnBy: user.id });
      await this.accessLog.record(user, request, { action: 'update', outcome: 'allowed', resource: 'consent', resourceId: id, personIds: [consent.personId], fields: ['withdrawnAt'] }, manager);
    });
    return this.dataSource.getRepository(Consent).findOneByOrFail({ id });
  }

  // Breaches --------------------------------------------------------------------------------------------

  private async breachView(breach: Breach) {
    const open = await this.fields.open(Breach, breach);
    return { ...open, overdue: !open.authorityNotifiedAt && open.notifyAuthorityBy.getTime() < Date.now() };
  }

  async breaches() {
    const rows = await this.dataSource.getRepository(Breach).find({ order: { discoveredAt: 'DESC' } });
    const items = await Promise.all(rows.map((row) => this.breachView(row)));
    return { items, total: items.length };
  }

  async registerBreach(user: AuthenticatedUser, input: BreachDto) {
    const discoveredAt = new Date(input.discoveredAt);
    if (discoveredAt.getTime() > Date.now() + 60_000) throw new BadRequestException(['discoveredAt cannot be in the future']);
    const breach = Object.assign(new Breach(), {
      id: randomUUID(), discoveredAt, notifyAuthorityBy: notifyAuthorityBy(discoveredAt), nature: input.nature,
      categoriesOfPeople: input.categoriesOfPeople ?? [], approximatePeople: input.approximatePeople ?? null,
      categoriesOfRecords: input.categoriesOfRecords ?? [], approximateRecords: input.approximateRecords ?? null,
      likelyConsequences: input.likelyConsequences ?? null, measures: input.measures ?? null, contact: input.contact ?? null,
      authorityNotifiedAt: null, peopleNotifiedAt: null, registeredBy: user.id,
    });
    await this.dataSource.getRepository(Breach).insert(await this.fields.seal(Breach, breach));
    return this.breachView(await this.dataSource.getRepository(Breach).findOneByOrFail({ id: breach.id }));
  }

  async updateBreach(user: AuthenticatedUser, id: string, input: UpdateBreachDto) {
    const existing = await this.dataSource.getRepository(Breach).findOneBy({ id });
    if (!existing) throw new NotFoundException('Breach not found');
    const { version, authorityNotifiedAt, peopleNotifiedAt, ...rest } = input;
    const changes: Partial<Breach> = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
    if (authorityNotifiedAt) changes.authorityNotifiedAt = new Date(authorityNotifiedAt);
    if (peopleNotifiedAt) changes.peopleNotifiedAt = new Date(peopleNotifiedAt);
    const sealed = await this.fields.seal(Breach, Object.assign(new Breach(), { id, ...changes }));
    const result = await this.dataSource
      .createQueryBuilder()
      .update(Breach)
      .set({
        ...changes,
        ...Object.fromEntries((['nature', 'likelyConsequences', 'measures', 'contact'] as const).filter((key) => key in changes).map((key) => [key, sealed[key]])),
        updates: [...existing.updates, { at: new Date().toISOString(), by: user.id, fields: Object.keys(changes) }],
        version: () => 'version + 1',
      })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (result.affected !== 1) throw new ConflictException('version is stale: the breach record was changed meanwhile');
    return this.breachView(await this.dataSource.getRepository(Breach).findOneByOrFail({ id }));
  }

  /** A legal hold (or its release) on a case: stops retention and erasure; reason and who are kept. */
  async setLegalHold(user: AuthenticatedUser, caseId: string, hold: boolean, reason: string | undefined, request: Request) {
    if (hold && (!reason || reason.trim().length < 5)) throw new BadRequestException(['reason is required to place a legal hold (at least 5 characters)']);
    const [found] = await this.dataSource.query('SELECT id, person_id FROM public.cases WHERE id = $1', [caseId]);
    if (!found) throw new NotFoundException('Case not found');
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        'UPDATE public.cases SET legal_hold = $2, legal_hold_reason = $3, legal_hold_by = $4, legal_hold_at = now(), version = version + 1 WHERE id = $1',
        [caseId, hold, hold ? reason?.trim() : null, user.id],
      );
      await this.accessLog.record(user, request, { action: 'update', outcome: 'allowed', resource: 'legal_hold', caseId, personIds: [found.person_id], fields: ['legalHold'] }, manager);
    });
    const [result] = await this.dataSource.query('SELECT id, legal_hold AS "legalHold", legal_hold_reason AS "reason", legal_hold_by AS "by", legal_hold_at AS "at" FROM public.cases WHERE id = $1', [caseId]);
    return result;
  }

  /** Lifts a restriction (art. 18(3)): the person's cases accept changes again; logged. */
  async liftRestriction(user: AuthenticatedUser, personId: string, request: Request) {
    // The change and its access event commit together (no event, no change).
    await this.dataSource.transaction(async (manager) => {
      const count = await this.erasure.restrict(personId, false, manager);
      if (count === 0) throw new NotFoundException('Person not found');
      await this.accessLog.record(user, request, { action: 'update', outcome: 'allowed', resource: 'restriction', personIds: [personId], fields: ['processingRestricted'] }, manager);
    });
    return { personId, restrictedCases: 0 };
  }

  // Retention ---------------------------------------------------------------------------------------------

  /** Programme data two years after the programme ended, unless on legal hold; fiscal records seven years. */
  async runRetention(user: AuthenticatedUser, dryRun: boolean, request: Request) {
    const due: Array<{ person_id: string; cases: number }> = await this.dataSource.query(
      `SELECT c.person_id, count(*)::int AS cases FROM public.cases c JOIN public.people p ON p.id = c.person_id
        WHERE p.erased_at IS NULL
        GROUP BY c.person_id
       HAVING bool_and(c.status IN ('completed', 'cancelled') AND NOT c.legal_hold
                       AND coalesce(c.completed_at, c.updated_at) < now() - $1::interval)`,
      [`${RETENTION_RULES.programme.years} years`],
    );
    const [{ held }] = await this.dataSource.query(
      `SELECT count(DISTINCT person_id)::int AS held FROM public.cases WHERE legal_hold AND coalesce(completed_at, updated_at) < now() - $1::interval`,
      [`${RETENTION_RULES.programme.years} years`],
    );
    let erased = 0;
    if (!dryRun) {
      for (const row of due) {
        await this.erasure.erase(row.person_id);
        erased++;
      }
      await this.accessLog.record(user, request, { action: 'delete', outcome: 'allowed', resource: 'retention', personIds: due.map((d) => d.person_id), purpose: 'retention', fields: ['programme'] });
    }
    return {
      dryRun,
      categories: {
        programme: {
          rule: `${RETENTION_RULES.programme.years} years after ${RETENTION_RULES.programme.from}`,
          people: due.length,
          cases: due.reduce((sum, row) => sum + row.cases, 0),
          erased,
          keptForLegalHold: held,
        },
        fiscal: { rule: `${RETENTION_RULES.fiscal.years} years after ${RETENTION_RULES.fiscal.from}`, people: 0, note: 'Spoor keeps no fiscal records; invoicing lives in the financial system' },
        accessLog: { rule: `${this.config.accessLogRetentionYears} years`, note: 'removed by `npm run retention` as the owner role (whole sealed ranges)' },
      },
    };
  }
}
