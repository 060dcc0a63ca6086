import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import { CaseAccessService } from '../cases/case-access.service';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { BreakGlassGrant } from '../auth/break-glass-grant.entity';
import type { AppConfig } from '../platform/config/config';
import { InjectConfig } from '../platform/config/config.module';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { apiError } from '../platform/http/api-error';

/**
 * Break-the-glass: an unassigned coach or labour expert opens a special file for a limited time, giving a
 * reason. The grant and its access event commit together; every later read is flagged in the log.
 */
@Injectable()
export class BreakGlassService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    @InjectConfig() private readonly config: AppConfig,
    private readonly accessLog: AccessLogService,
    private readonly caseAccess: CaseAccessService,
  ) {}

  async open(
    user: AuthenticatedUser,
    caseId: string,
    reason: string,
    request: Request,
  ): Promise<{ id: string; caseId: string; expiresAt: Date }> {
    const { row: found } = await this.caseAccess.reach(user, caseId, 'break_glass');
    if (found.coach_id === user.id || found.labour_expert_id === user.id) {
      throw apiError(
        HttpStatus.CONFLICT,
        'BREAK_GLASS_NOT_NEEDED',
        'You are assigned to this case: no break-the-glass needed',
      );
    }
    const expiresAt = new Date(Date.now() + this.config.breakGlassMinutes * 60_000);
    const grant = await this.fields.seal(
      BreakGlassGrant,
      Object.assign(new BreakGlassGrant(), {
        id: randomUUID(),
        userId: user.id,
        caseId,
        personId: found.person_id,
        reason,
        expiresAt,
        reviewedAt: null,
        reviewedBy: null,
      }),
    );
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(BreakGlassGrant).insert(grant);
      await this.accessLog.record(
        user,
        request,
        {
          action: 'break_glass',
          outcome: 'allowed',
          resource: 'special_file',
          caseId,
          personIds: [found.person_id],
          breakGlass: true,
          breakGlassGrantId: grant.id,
          purpose: 'emergency_access',
        },
        manager,
      );
    });
    return { id: grant.id, caseId, expiresAt };
  }
}
