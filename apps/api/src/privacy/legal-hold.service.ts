import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import { CaseAccessService } from '../cases/case-access.service';
import { apiError, invalidInput } from '../platform/http/api-error';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { ErasureService } from './erasure.service';

/** What stops or frees a person's data: a legal hold on a case, and lifting a restriction of processing. */
@Injectable()
export class LegalHoldService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly erasure: ErasureService,
    private readonly accessLog: AccessLogService,
    private readonly caseAccess: CaseAccessService,
  ) {}

  /** A legal hold (or its release) on a case: stops retention and erasure; reason and who are kept. */
  async setLegalHold(
    user: AuthenticatedUser,
    caseId: string,
    hold: boolean,
    reason: string | undefined,
    request: Request,
  ) {
    if (hold && (!reason || reason.trim().length < 5))
      throw invalidInput({
        field: 'reason',
        code: reason?.trim() ? 'TOO_SHORT' : 'REQUIRED',
        params: { min: 5 },
        message: 'reason is required to place a legal hold (at least 5 characters)',
      });
    const { row: found } = await this.caseAccess.reach(user, caseId, 'oversee');
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        'UPDATE public.cases SET legal_hold = $2, legal_hold_reason = $3, legal_hold_by = $4, legal_hold_at = now(), version = version + 1 WHERE id = $1',
        [caseId, hold, hold ? reason?.trim() : null, user.id],
      );
      await this.accessLog.record(
        user,
        request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'legal_hold',
          caseId,
          personIds: [found.person_id],
          fields: ['legalHold'],
        },
        manager,
      );
    });
    const [result] = await this.dataSource.query(
      'SELECT id, legal_hold AS "legalHold", legal_hold_reason AS "reason", legal_hold_by AS "by", legal_hold_at AS "at" FROM public.cases WHERE id = $1',
      [caseId],
    );
    return result;
  }

  /** Lifts a restriction (art. 18(3)): the person's cases accept changes again; logged. */
  async liftRestriction(user: AuthenticatedUser, personId: string, request: Request) {
    // The change and its access event commit together (no event, no change).
    await this.dataSource.transaction(async (manager) => {
      const count = await this.erasure.restrict(personId, false, manager);
      if (count === 0) throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Person not found');
      await this.accessLog.record(
        user,
        request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'restriction',
          personIds: [personId],
          fields: ['processingRestricted'],
        },
        manager,
      );
    });
    return { personId, restrictedCases: 0 };
  }
}
