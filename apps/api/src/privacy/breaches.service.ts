import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { notifyAuthorityBy } from '@spoor/domain';
import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { apiError, invalidInput } from '../platform/http/api-error';
import { Breach } from './breach.entity';
import type { BreachDto, UpdateBreachDto } from './dto/breach.dto';

/**
 * The breach register (art. 33 AVG): the 72-hour clock and the fields the Autoriteit Persoonsgegevens asks for.
 * A register entry is evidence: each create and update commits together with its access event, or not at all.
 */
@Injectable()
export class BreachesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    private readonly accessLog: AccessLogService,
  ) {}

  /** The access event of a register change, inside its transaction. */
  private recordChange(
    user: AuthenticatedUser,
    request: Request,
    action: 'create' | 'update',
    id: string,
    fields: string[],
    manager: EntityManager,
  ): Promise<void> {
    return this.accessLog.record(
      user,
      request,
      { action, outcome: 'allowed', resource: 'breach', resourceId: id, fields },
      manager,
    );
  }

  private async breachView(breach: Breach) {
    const open = await this.fields.open(Breach, breach);
    return { ...open, overdue: !open.authorityNotifiedAt && open.notifyAuthorityBy.getTime() < Date.now() };
  }

  async list() {
    const rows = await this.dataSource.getRepository(Breach).find({ order: { discoveredAt: 'DESC' } });
    const items = await Promise.all(rows.map((row) => this.breachView(row)));
    return { items, total: items.length };
  }

  /**
   * Registers a breach. `within` runs inside the same transaction once the entry is written (a follow-up that
   * links the new entry): both commit, or neither.
   */
  async register(
    user: AuthenticatedUser,
    input: BreachDto,
    request: Request,
    within?: (manager: EntityManager, breachId: string) => Promise<void>,
  ) {
    const discoveredAt = new Date(input.discoveredAt);
    if (discoveredAt.getTime() > Date.now() + 60_000)
      throw invalidInput({
        field: 'discoveredAt',
        code: 'DATE_IN_FUTURE',
        message: 'discoveredAt cannot be in the future',
      });
    const breach = Object.assign(new Breach(), {
      id: randomUUID(),
      discoveredAt,
      notifyAuthorityBy: notifyAuthorityBy(discoveredAt),
      nature: input.nature,
      categoriesOfPeople: input.categoriesOfPeople ?? [],
      approximatePeople: input.approximatePeople ?? null,
      categoriesOfRecords: input.categoriesOfRecords ?? [],
      approximateRecords: input.approximateRecords ?? null,
      likelyConsequences: input.likelyConsequences ?? null,
      measures: input.measures ?? null,
      contact: input.contact ?? null,
      authorityNotifiedAt: null,
      peopleNotifiedAt: null,
      registeredBy: user.id,
    });
    await this.dataSource.transaction(async (manager) => {
      // The event first: sealing creates the entry's data key (outside this transaction), so nothing at all is
      // written when the event cannot be.
      await this.recordChange(user, request, 'create', breach.id, Object.keys(input), manager);
      await manager.getRepository(Breach).insert(await this.fields.seal(Breach, breach));
      if (within) await within(manager, breach.id);
    });
    return this.breachView(await this.dataSource.getRepository(Breach).findOneByOrFail({ id: breach.id }));
  }

  async update(user: AuthenticatedUser, id: string, input: UpdateBreachDto, request: Request) {
    const existing = await this.dataSource.getRepository(Breach).findOneBy({ id });
    if (!existing) throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Breach not found');
    const { version, authorityNotifiedAt, peopleNotifiedAt, ...rest } = input;
    const changes: Partial<Breach> = Object.fromEntries(
      Object.entries(rest).filter(([, value]) => value !== undefined),
    );
    if (authorityNotifiedAt) changes.authorityNotifiedAt = new Date(authorityNotifiedAt);
    if (peopleNotifiedAt) changes.peopleNotifiedAt = new Date(peopleNotifiedAt);
    const sealed = await this.fields.seal(Breach, Object.assign(new Breach(), { id, ...changes }));
    const result = await this.dataSource.transaction(async (manager) => {
      const updated = await manager
        .createQueryBuilder()
        .update(Breach)
        .set({
          ...changes,
          ...Object.fromEntries(
            (['nature', 'likelyConsequences', 'measures', 'contact'] as const)
              .filter((key) => key in changes)
              .map((key) => [key, sealed[key]]),
          ),
          updates: [...existing.updates, { at: new Date().toISOString(), by: user.id, fields: Object.keys(changes) }],
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      // A stale version changes nothing: no event for it (the interceptor records the refusal, if any).
      if (updated.affected === 1) await this.recordChange(user, request, 'update', id, Object.keys(changes), manager);
      return updated;
    });
    if (result.affected !== 1)
      throw apiError(
        HttpStatus.CONFLICT,
        'BREACH_VERSION_STALE',
        'version is stale: the breach record was changed meanwhile',
      );
    return this.breachView(await this.dataSource.getRepository(Breach).findOneByOrFail({ id }));
  }
}
