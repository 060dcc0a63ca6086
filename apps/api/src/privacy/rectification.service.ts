import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  RECTIFIABLE_FIELDS,
  RECTIFICATION_REASON_CODES,
  type FieldProblem,
  type PrivacyRequestOutcome,
  type RectifiableField,
  type RectificationReasonCode,
  type RectificationResult,
  type RectificationView,
} from '@spoor/domain';
import type { Request } from 'express';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { CaseAccessService } from '../cases/case-access.service';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { apiError, invalidInput } from '../platform/http/api-error';
import { Person } from '../people/person.entity';
import type { RectifyPersonDto } from './dto/rectify-person.dto';
import { RectificationCorrection } from './rectification-correction.entity';

const personNotFound = () => apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Person not found');
const requestNotFound = () => apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Rectification request not found');
/** The access log's purpose for everything done to carry out a rectification request. */
export const RECTIFICATION_PURPOSE = 'rectification_request';

/**
 * Personalia are corrected through the normal edit flow: by a coach who may write one of the person's cases,
 * or by the privacy officer carrying out an open rectification request. A correction under a request is linked
 * to it (a row naming the fields, and the access event's resource id), so completing the request can require
 * that something was corrected, or a reason why not. Old values are overwritten, never kept.
 */
@Injectable()
export class RectificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    private readonly accessLog: AccessLogService,
    private readonly caseAccess: CaseAccessService,
  ) {}

  async rectify(
    user: AuthenticatedUser,
    personId: string,
    input: RectifyPersonDto,
    request: Request,
  ): Promise<RectificationResult> {
    const changes = Object.fromEntries(
      RECTIFIABLE_FIELDS.filter((key) => input[key] !== undefined).map((key) => [key, input[key]]),
    );
    const changed = Object.keys(changes) as RectifiableField[];
    if (changed.length === 0)
      throw apiError(HttpStatus.BAD_REQUEST, 'NOTHING_TO_CHANGE', [
        `give at least one of ${RECTIFIABLE_FIELDS.join(', ')}`,
      ]);
    const existing = await this.dataSource.getRepository(Person).findOneBy({ id: personId });
    if (!existing || existing.erasedAt) throw personNotFound();
    const requestId =
      input.privacyRequestId && user.ability.can('manage', 'PrivacyRequest') ? input.privacyRequestId : null;
    // The privacy officer reaches a person only through an open rectification request about them.
    if (!requestId && !(await this.caseAccess.reachesPerson(user, personId, 'write_process_file', { writable: true })))
      throw personNotFound();
    const sealed = await this.fields.seal(Person, Object.assign(new Person(), { id: personId, ...changes }));
    const update: Record<string, unknown> = {};
    for (const key of changed) update[key] = (sealed as unknown as Record<string, unknown>)[key];
    if ('lastName' in changes) update['lastNameIndex'] = sealed.lastNameIndex;
    if ('email' in changes) update['emailIndex'] = sealed.emailIndex;
    await this.dataSource.transaction(async (manager) => {
      // Locked: a completion running at the same time either sees this correction or this finds it completed.
      if (requestId && !(await this.lockOpenRequest(manager, requestId, personId))) throw personNotFound();
      await manager.getRepository(Person).update({ id: personId }, update);
      if (requestId)
        await manager.getRepository(RectificationCorrection).insert({
          id: randomUUID(),
          privacyRequestId: requestId,
          personId,
          fields: changed,
          correctedBy: user.id,
          correctedAt: new Date(),
        });
      await this.accessLog.record(
        user,
        request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'person',
          resourceId: requestId,
          personIds: [personId],
          fields: changed,
          // Only a request the privacy officer carries out is named as the purpose (a coach cannot claim one).
          purpose: requestId ? RECTIFICATION_PURPOSE : undefined,
        },
        manager,
      );
    });
    return { id: personId, changed, privacyRequestId: requestId };
  }

  /**
   * What the privacy officer needs to carry out a rectification request: the person's current personalia while
   * the request is open (a logged read), and the corrections made under it so far (field names only).
   */
  async view(requestId: string): Promise<RectificationView> {
    const [found] = (await this.dataSource.query(
      "SELECT id, person_id, status FROM public.privacy_requests WHERE id = $1 AND type = 'rectification'",
      [requestId],
    )) as Array<{ id: string; person_id: string; status: RectificationView['status'] }>;
    if (!found) throw requestNotFound();
    const corrections = await this.dataSource
      .getRepository(RectificationCorrection)
      .find({ where: { privacyRequestId: requestId }, order: { correctedAt: 'ASC' } });
    let personalia: RectificationView['personalia'] = null;
    if (found.status !== 'completed') {
      const row = await this.dataSource.getRepository(Person).findOneBy({ id: found.person_id });
      if (row && !row.erasedAt) {
        const person = await this.fields.open(Person, row);
        personalia = {
          firstName: person.firstName,
          lastName: person.lastName,
          birthDate: person.birthDate,
          address: person.address,
          email: person.email,
          phone: person.phone,
        };
      }
    }
    return {
      requestId,
      personId: found.person_id,
      status: found.status,
      personalia,
      corrections: corrections.map((c) => ({ at: c.correctedAt.toISOString(), fields: c.fields })),
    };
  }

  /**
   * Art. 16 is answered by correcting, or by saying why not: completing a rectification request needs at least
   * one correction made under it (outcome granted or partially granted), or the outcome `refused` with a reason
   * code. Runs inside the completion's transaction, after its row lock, so no correction slips in between.
   */
  async checkCompletion(
    manager: EntityManager,
    requestId: string,
    input: { outcome: PrivacyRequestOutcome; reasonCode?: RectificationReasonCode },
  ): Promise<{ outcomeReason: RectificationReasonCode | null }> {
    const corrections = await manager.getRepository(RectificationCorrection).countBy({ privacyRequestId: requestId });
    const problems: FieldProblem[] = [];
    if (corrections > 0 && input.outcome === 'refused')
      problems.push({
        field: 'outcome',
        code: 'INCONSISTENT',
        message: 'outcome cannot be refused: personalia were corrected under this request',
      });
    if (corrections === 0 && input.outcome !== 'refused')
      problems.push({
        field: 'outcome',
        code: 'INCONSISTENT',
        message:
          'nothing was corrected under this request: correct the personalia first, or complete with outcome refused and a reasonCode',
      });
    if (corrections === 0 && !input.reasonCode)
      problems.push({
        field: 'reasonCode',
        code: 'REQUIRED',
        message: `reasonCode is required when nothing was corrected (one of ${RECTIFICATION_REASON_CODES.join(', ')})`,
      });
    if (problems.length > 0) throw invalidInput(...problems);
    return { outcomeReason: corrections === 0 ? (input.reasonCode ?? null) : null };
  }

  /** The fields corrected under each of these requests (for the request views). */
  async correctedFields(requestIds: string[]): Promise<Map<string, RectifiableField[]>> {
    const result = new Map<string, RectifiableField[]>();
    if (requestIds.length === 0) return result;
    const rows = await this.dataSource
      .getRepository(RectificationCorrection)
      .find({ where: { privacyRequestId: In(requestIds) }, order: { correctedAt: 'ASC' } });
    for (const row of rows) {
      const fields = result.get(row.privacyRequestId) ?? [];
      result.set(row.privacyRequestId, [...new Set([...fields, ...row.fields])]);
    }
    // In the order of the form, not of the corrections.
    for (const [id, fields] of result)
      result.set(
        id,
        RECTIFIABLE_FIELDS.filter((f) => fields.includes(f)),
      );
    return result;
  }

  private async lockOpenRequest(manager: EntityManager, requestId: string, personId: string): Promise<boolean> {
    const [open] = await manager.query(
      "SELECT id FROM public.privacy_requests WHERE id = $1 AND person_id = $2 AND type = 'rectification' AND status <> 'completed' FOR UPDATE",
      [requestId, personId],
    );
    return Boolean(open);
  }
}
