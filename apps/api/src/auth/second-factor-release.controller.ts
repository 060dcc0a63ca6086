import { Controller, HttpCode, HttpStatus, Param, Post, Req } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { requiresSecondFactor } from '@spoor/domain';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AccessLogged } from '../access-log/access-log.decorator';
import { AccessLogService } from '../access-log/access-log.service';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { apiError } from '../platform/http/api-error';
import { ApiErrors } from '../platform/http/openapi';
import { uuidParam } from '../platform/http/uuid-param';
import { AuthService } from './auth.service';
import { ThrottleService } from './throttle.service';

/**
 * The administrator's key to a second factor locked by wrong codes (auth's own throttle, so it lives here
 * rather than in the admin feature): the account's second-factor failures are forgotten, in one transaction
 * with the access event.
 */
@ApiTags('admin')
@Controller()
export class SecondFactorReleaseController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly throttle: ThrottleService,
    private readonly accessLog: AccessLogService,
  ) {}

  @Post('admin/users/:id/second-factor/release')
  @HttpCode(204)
  @Policy('manage', 'User')
  @AccessLogged({ action: 'update', resource: 'user', inTransaction: true })
  @ApiNoContentResponse({ description: "The account's second factor accepts codes again" })
  @ApiErrors(400, 404, 409)
  async release(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
  ): Promise<void> {
    const [user] = await this.dataSource.query('SELECT role FROM public.users WHERE id = $1', [id]);
    if (!user) throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'User not found');
    if (!requiresSecondFactor(user.role))
      throw apiError(HttpStatus.CONFLICT, 'ROLE_HAS_NO_SECOND_FACTOR', 'this role has no second factor');
    await this.dataSource.transaction(async (manager) => {
      await this.throttle.clear(AuthService.secondFactorKey(id), manager);
      await this.accessLog.record(
        actor,
        request,
        { action: 'update', outcome: 'allowed', resource: 'user', resourceId: id, fields: ['secondFactorLock'] },
        manager,
      );
    });
  }
}
