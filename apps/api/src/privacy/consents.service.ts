import { randomUUID } from 'node:crypto';
import { subject } from '@casl/ability';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConsentPurpose } from '@spoor/domain';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import { apiError } from '../platform/http/api-error';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { Consent } from './consent.entity';

/** Consent records with withdrawal: a participant gives and withdraws their own, the privacy officer reads them. */
@Injectable()
export class ConsentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  /** Another person's consents are not found (404), whether or not the person exists. */
  private assertReach(user: AuthenticatedUser, action: 'read' | 'create' | 'update', personId: string): void {
    if (!user.ability.can(action, subject('Consent', { personId })))
      throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Person not found');
  }

  async list(user: AuthenticatedUser, personId: string) {
    this.assertReach(user, 'read', personId);
    const items = await this.dataSource
      .getRepository(Consent)
      .find({ where: { personId }, order: { givenAt: 'DESC' } });
    return { items, total: items.length };
  }

  async give(user: AuthenticatedUser, personId: string, purpose: ConsentPurpose, request: Request) {
    this.assertReach(user, 'create', personId);
    const consent = Object.assign(new Consent(), {
      id: randomUUID(),
      personId,
      purpose,
      givenAt: new Date(),
      givenBy: user.id,
      withdrawnAt: null,
      withdrawnBy: null,
      endReason: null,
    });
    await this.dataSource.transaction(async (manager) => {
      // One active consent per purpose; the unique index settles two requests at once.
      const inserted: unknown[] = await manager.query(
        `INSERT INTO public.consents (id, person_id, purpose, given_at, given_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (person_id, purpose) WHERE withdrawn_at IS NULL DO NOTHING RETURNING id`,
        [consent.id, personId, purpose, consent.givenAt, user.id],
      );
      if (inserted.length === 0)
        throw apiError(HttpStatus.CONFLICT, 'CONSENT_ALREADY_GIVEN', 'an active consent for this purpose exists');
      await this.accessLog.record(
        user,
        request,
        {
          action: 'create',
          outcome: 'allowed',
          resource: 'consent',
          resourceId: consent.id,
          personIds: [personId],
          fields: ['purpose'],
        },
        manager,
      );
    });
    return consent;
  }

  async withdraw(user: AuthenticatedUser, id: string, request: Request) {
    const consent = await this.dataSource.getRepository(Consent).findOneBy({ id });
    // Someone else's consent and one that does not exist answer alike: the id's existence is not told.
    if (!consent || !user.ability.can('update', subject('Consent', { personId: consent.personId })))
      throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Consent not found');
    if (consent.withdrawnAt)
      throw apiError(HttpStatus.CONFLICT, 'CONSENT_ALREADY_WITHDRAWN', 'consent was already withdrawn');
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(Consent)
        .update({ id }, { withdrawnAt: new Date(), withdrawnBy: user.id, endReason: 'withdrawn' });
      await this.accessLog.record(
        user,
        request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'consent',
          resourceId: id,
          personIds: [consent.personId],
          fields: ['withdrawnAt'],
        },
        manager,
      );
    });
    return this.dataSource.getRepository(Consent).findOneByOrFail({ id });
  }
}
