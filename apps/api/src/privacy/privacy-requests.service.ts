import { randomUUID } from 'node:crypto';
import { subject } from '@casl/ability';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { latestExtendedDueAt, privacyRequestDueAt } from '@spoor/domain';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { apiError, invalidInput } from '../platform/http/api-error';
import type {
  CompletePrivacyRequestDto,
  CreatePrivacyRequestDto,
  ExtendPrivacyRequestDto,
  ListPrivacyRequestsQuery,
} from './dto/privacy-request.dto';
import { ErasureService } from './erasure.service';
import { answeredWithExport, ExportDeliveriesService } from './export-deliveries.service';
import { PrivacyRequest } from './privacy-request.entity';
import { RectificationService } from './rectification.service';

/**
 * Data-subject requests (art. 15-22 AVG): filed by the person or for them by the privacy officer, answered
 * within a month (one reasoned extension), and carried out when completed (erasure, restriction).
 */
@Injectable()
export class PrivacyRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    private readonly erasure: ErasureService,
    private readonly deliveries: ExportDeliveriesService,
    private readonly accessLog: AccessLogService,
    private readonly rectification: RectificationService,
  ) {}

  private async requestView(request: PrivacyRequest) {
    const open = await this.fields
      .open(PrivacyRequest, request)
      .catch(() => ({ ...request, details: null, extensionReason: null, completionNote: null }));
    return {
      id: open.id,
      personId: open.personId,
      type: open.type,
      purpose: open.purpose,
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
      // Rectification: which fields were corrected (names only), or why nothing was.
      ...(open.type === 'rectification'
        ? {
            correctedFields: (await this.rectification.correctedFields([open.id])).get(open.id) ?? [],
            outcomeReason: open.outcomeReason,
          }
        : {}),
      version: open.version,
    };
  }

  async create(user: AuthenticatedUser, input: CreatePrivacyRequestDto, request: Request) {
    // A participant files about themselves; the privacy officer files for the person it names.
    const personId = input.personId ?? user.personId;
    if (!personId)
      throw invalidInput({
        field: 'personId',
        code: 'REQUIRED',
        message: 'personId is required when the privacy officer files a request',
      });
    if (!user.ability.can('create', subject('PrivacyRequest', { personId })))
      throw apiError(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'You can file requests about your own data only');
    if (input.purpose && input.type !== 'objection')
      throw invalidInput({
        field: 'purpose',
        code: 'NOT_ALLOWED_HERE',
        message: 'purpose belongs to an objection only',
      });
    if (personId !== user.personId) {
      const [person] = await this.dataSource.query('SELECT id FROM public.people WHERE id = $1', [personId]);
      if (!person)
        throw invalidInput({
          field: 'personId',
          code: 'UNKNOWN_REFERENCE',
          message: 'personId does not name a person',
        });
    }
    const receivedAt = new Date();
    const entity = await this.fields.seal(
      PrivacyRequest,
      Object.assign(new PrivacyRequest(), {
        id: randomUUID(),
        personId,
        type: input.type,
        purpose: input.purpose ?? null,
        status: 'received' as const,
        details: input.details ?? null,
        receivedAt,
        dueAt: privacyRequestDueAt(receivedAt),
        extendedAt: null,
        extensionReason: null,
        completedAt: null,
        outcome: null,
        completionNote: null,
        filedBy: user.id,
        completedBy: null,
      }),
    );
    await this.dataSource.transaction(async (manager) => {
      // An objection to a purpose is in effect from receipt: a second one adds nothing (the unique index settles a race).
      const inserted: unknown[] = await manager
        .createQueryBuilder()
        .insert()
        .into(PrivacyRequest)
        .values(entity)
        .orIgnore()
        .returning('id')
        .execute()
        .then((result) => result.raw as unknown[]);
      if (inserted.length === 0)
        throw apiError(HttpStatus.CONFLICT, 'OBJECTION_ALREADY_RECORDED', 'this objection is already recorded');
      await this.accessLog.record(
        user,
        request,
        {
          action: 'create',
          outcome: 'allowed',
          resource: 'privacy_request',
          resourceId: entity.id,
          personIds: [personId],
          fields: entity.purpose ? ['type', 'purpose', 'details'] : ['type', 'details'],
        },
        manager,
      );
    });
    return this.requestView(await this.dataSource.getRepository(PrivacyRequest).findOneByOrFail({ id: entity.id }));
  }

  async list(user: AuthenticatedUser, query: ListPrivacyRequestsQuery) {
    const builder = this.dataSource.getRepository(PrivacyRequest).createQueryBuilder('r').orderBy('r.dueAt', 'ASC');
    // The privacy officer handles every request; anyone else sees only their own.
    if (!user.ability.can('manage', 'PrivacyRequest'))
      builder.andWhere('r.personId = :personId', { personId: user.personId });
    if (query.status) builder.andWhere('r.status = :status', { status: query.status });
    if (query.overdue === true) builder.andWhere("r.status <> 'completed' AND r.dueAt < now()");
    if (query.overdue === false) builder.andWhere("(r.status = 'completed' OR r.dueAt >= now())");
    const rows = await builder.getMany();
    const items = await Promise.all(rows.map((row) => this.requestView(row)));
    return { items, total: items.length, personIds: [...new Set(rows.map((r) => r.personId))] };
  }

  private async openRequest(id: string): Promise<PrivacyRequest> {
    const found = await this.dataSource.getRepository(PrivacyRequest).findOneBy({ id });
    if (!found) throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Privacy request not found');
    return found;
  }

  /** One extension at most, with a reason, never beyond three months after receipt (art. 12(3)). */
  async extend(user: AuthenticatedUser, id: string, input: ExtendPrivacyRequestDto, request: Request) {
    const found = await this.openRequest(id);
    if (found.status === 'completed')
      throw apiError(HttpStatus.CONFLICT, 'PRIVACY_REQUEST_COMPLETED', 'the request is completed');
    if (found.status === 'extended')
      throw apiError(HttpStatus.BAD_REQUEST, 'PRIVACY_REQUEST_ALREADY_EXTENDED', [
        'the request was already extended once; a second extension is not allowed',
      ]);
    const latest = latestExtendedDueAt(found.receivedAt);
    const dueAt = input.dueAt ? new Date(input.dueAt) : latest;
    if (dueAt.getTime() > latest.getTime())
      throw invalidInput({
        field: 'dueAt',
        code: 'DATE_TOO_LATE',
        params: { max: latest.toISOString() },
        message: `dueAt may be at most three months after receipt (${latest.toISOString()})`,
      });
    if (dueAt.getTime() <= found.dueAt.getTime())
      throw invalidInput({
        field: 'dueAt',
        code: 'DATE_TOO_EARLY',
        params: { min: found.dueAt.toISOString() },
        message: 'dueAt must be later than the current due date',
      });
    const sealed = await this.fields.seal(
      PrivacyRequest,
      Object.assign(new PrivacyRequest(), { id, personId: found.personId, extensionReason: input.reason }),
    );
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(PrivacyRequest).update(
        { id },
        {
          status: 'extended',
          dueAt,
          extendedAt: new Date(),
          extensionReason: sealed.extensionReason,
          version: found.version + 1,
        },
      );
      await this.accessLog.record(
        user,
        request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'privacy_request',
          resourceId: id,
          personIds: [found.personId],
          fields: ['dueAt', 'extensionReason'],
        },
        manager,
      );
    });
    return this.requestView(await this.openRequest(id));
  }

  /**
   * Completing carries the request out: erasure shreds and deletes, restriction freezes the person's cases,
   * access and portability deliver the export to the person (the officer gets its status, never its content).
   */
  async complete(user: AuthenticatedUser, id: string, input: CompletePrivacyRequestDto, request: Request) {
    const found = await this.openRequest(id);
    if (found.status === 'completed')
      throw apiError(HttpStatus.CONFLICT, 'PRIVACY_REQUEST_COMPLETED', 'the request is already completed');
    // An objection to a purpose took effect on receipt and is absolute (like art. 21(3)): it is confirmed, not weighed.
    if (found.purpose && input.outcome === 'refused')
      throw apiError(HttpStatus.CONFLICT, 'OBJECTION_NOT_REFUSABLE', 'an objection to this purpose cannot be refused');
    // A granted erasure completes through its durable plan: the request is completed with the plan's last stage
    // (a stage that fails leaves both open, and completing again, or the resume job, carries out what is left).
    if (found.type === 'erasure' && input.outcome !== 'refused') {
      const erasure = await this.erasure.eraseForRequest(found, input.outcome, input.note, { user, request });
      return { ...(await this.requestView(await this.openRequest(id))), erasure };
    }
    let effect: Record<string, unknown> = {};
    const restricting = found.type === 'restriction' && input.outcome !== 'refused';
    // Access and portability: the export goes to the person, counted now (reads), delivered with the completion.
    const manifest =
      answeredWithExport(found.type) && input.outcome !== 'refused'
        ? await this.deliveries.count(found.personId, id)
        : null;
    // After an erasure the person's key is gone: the note is kept under the privacy officer's own key.
    const subject = found.type === 'erasure' && input.outcome !== 'refused' ? user.id : found.personId;
    const note = await this.fields.seal(
      PrivacyRequest,
      Object.assign(new PrivacyRequest(), { id, personId: subject, completionNote: input.note }),
    );
    await this.dataSource.transaction(async (manager) => {
      // Two officers completing the same request at once: the second waits for the first's row lock, then
      // finds it completed (409) instead of delivering twice.
      const [locked] = await manager.query('SELECT status FROM public.privacy_requests WHERE id = $1 FOR UPDATE', [id]);
      if (locked?.status === 'completed')
        throw apiError(HttpStatus.CONFLICT, 'PRIVACY_REQUEST_COMPLETED', 'the request is already completed');
      // Rectification: completed with a correction made under it, or refused with a reason code (400 otherwise).
      const rectified =
        found.type === 'rectification' ? await this.rectification.checkCompletion(manager, id, input) : null;
      // A restriction freezes the cases in the same transaction as the completion and its access event.
      if (restricting) effect = { restrictedCases: await this.erasure.restrict(found.personId, true, manager) };
      if (manifest) effect = { exportDelivery: await this.deliveries.deliver(user, found, manifest, manager) };
      await manager.getRepository(PrivacyRequest).update(
        { id },
        {
          status: 'completed',
          completedAt: new Date(),
          outcome: input.outcome,
          completionNote: subject === found.personId ? note.completionNote : null,
          ...(rectified ? { outcomeReason: rectified.outcomeReason } : {}),
          completedBy: user.id,
          version: found.version + 1,
        },
      );
      await this.accessLog.record(
        user,
        request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'privacy_request',
          resourceId: id,
          personIds: [found.personId],
          fields: ['outcome', 'completionNote', ...(rectified ? ['outcomeReason'] : []), ...Object.keys(effect)],
        },
        manager,
      );
    });
    return { ...(await this.requestView(await this.openRequest(id))), ...effect };
  }
}
