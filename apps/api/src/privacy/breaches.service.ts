import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { notifyAuthorityBy } from '@spoor/domain';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { apiError, invalidInput } from '../platform/http/api-error';
import { Breach } from './breach.entity';
import type { BreachDto, UpdateBreachDto } from './dto/breach.dto';

/** The breach register (art. 33 AVG): the 72-hour clock and the fields the Autoriteit Persoonsgegevens asks for. */
@Injectable()
export class BreachesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
  ) {}

  private async breachView(breach: Breach) {
    const open = await this.fields.open(Breach, breach);
    return { ...open, overdue: !open.authorityNotifiedAt && open.notifyAuthorityBy.getTime() < Date.now() };
  }

  async list() {
    const rows = await this.dataSource.getRepository(Breach).find({ order: { discoveredAt: 'DESC' } });
    const items = await Promise.all(rows.map((row) => this.breachView(row)));
    return { items, total: items.length };
  }

  async register(user: AuthenticatedUser, input: BreachDto) {
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
    await this.dataSource.getRepository(Breach).insert(await this.fields.seal(Breach, breach));
    return this.breachView(await this.dataSource.getRepository(Breach).findOneByOrFail({ id: breach.id }));
  }

  async update(user: AuthenticatedUser, id: string, input: UpdateBreachDto) {
    const existing = await this.dataSource.getRepository(Breach).findOneBy({ id });
    if (!existing) throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Breach not found');
    const { version, authorityNotifiedAt, peopleNotifiedAt, ...rest } = input;
    const changes: Partial<Breach> = Object.fromEntries(
      Object.entries(rest).filter(([, value]) => value !== undefined),
    );
    if (authorityNotifiedAt) changes.authorityNotifiedAt = new Date(authorityNotifiedAt);
    if (peopleNotifiedAt) changes.peopleNotifiedAt = new Date(peopleNotifiedAt);
    const sealed = await this.fields.seal(Breach, Object.assign(new Breach(), { id, ...changes }));
    const result = await this.dataSource
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
    if (result.affected !== 1)
      throw apiError(
        HttpStatus.CONFLICT,
        'BREACH_VERSION_STALE',
        'version is stale: the breach record was changed meanwhile',
      );
    return this.breachView(await this.dataSource.getRepository(Breach).findOneByOrFail({ id }));
  }
}
