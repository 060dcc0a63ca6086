import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { CaseAccessService } from '../cases/case-access.service';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { apiError } from '../platform/http/api-error';
import { Person } from '../people/person.entity';
import type { RectifyPersonDto } from './dto/rectify-person.dto';

const EDITABLE = ['firstName', 'lastName', 'birthDate', 'address', 'email', 'phone'] as const;
const personNotFound = () => apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Person not found');

/**
 * Personalia are corrected through the normal edit flow: by a coach who may write one of the person's cases,
 * or by the privacy officer carrying out an open rectification request (the change is linked to it).
 */
@Injectable()
export class RectificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    private readonly accessLog: AccessLogService,
    private readonly caseAccess: CaseAccessService,
  ) {}

  async rectify(user: AuthenticatedUser, personId: string, input: RectifyPersonDto, request: Request) {
    const changes = Object.fromEntries(
      EDITABLE.filter((key) => input[key] !== undefined).map((key) => [key, input[key]]),
    );
    if (Object.keys(changes).length === 0)
      throw apiError(HttpStatus.BAD_REQUEST, 'NOTHING_TO_CHANGE', [
        'give at least one of firstName, lastName, birthDate, address, email, phone',
      ]);
    const existing = await this.dataSource.getRepository(Person).findOneBy({ id: personId });
    if (!existing || existing.erasedAt) throw personNotFound();
    let allowed = false;
    let underRequest = false;
    if (input.privacyRequestId && user.ability.can('manage', 'PrivacyRequest')) {
      const [open] = await this.dataSource.query(
        "SELECT id FROM public.privacy_requests WHERE id = $1 AND person_id = $2 AND type = 'rectification' AND status <> 'completed'",
        [input.privacyRequestId, personId],
      );
      allowed = underRequest = Boolean(open);
    } else {
      allowed = await this.caseAccess.reachesPerson(user, personId, 'write_process_file', { writable: true });
    }
    if (!allowed) throw personNotFound();
    const sealed = await this.fields.seal(Person, Object.assign(new Person(), { id: personId, ...changes }));
    const update: Record<string, unknown> = {};
    for (const key of Object.keys(changes)) update[key] = (sealed as unknown as Record<string, unknown>)[key];
    if ('lastName' in changes) update['lastNameIndex'] = sealed.lastNameIndex;
    if ('email' in changes) update['emailIndex'] = sealed.emailIndex;
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Person).update({ id: personId }, update);
      await this.accessLog.record(
        user,
        request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'person',
          resourceId: underRequest ? (input.privacyRequestId ?? null) : null,
          personIds: [personId],
          fields: Object.keys(changes),
          // Only a request the privacy officer carries out is named as the purpose (a coach cannot claim one).
          purpose: underRequest ? 'rectification_request' : undefined,
        },
        manager,
      );
    });
    return {
      id: personId,
      changed: Object.keys(changes),
      privacyRequestId: underRequest ? (input.privacyRequestId ?? null) : null,
    };
  }
}
