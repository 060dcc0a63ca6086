import { Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AccessLogAnomalies, BreakGlassReviewed } from '@spoor/domain';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import { AccessAnomaliesService } from './access-anomalies.service';
import { AccessLogAnomaliesDto, BreakGlassReviewedDto } from '../access-log/dto/access-log-responses.dto';
import type { JsonBody } from '../platform/http/json-body';
import { ApiErrors } from '../platform/http/openapi';

/** The privacy officer's review of unusual access: the anomaly report and break-the-glass reviews. */
@ApiTags('access-log')
@Controller('access-log')
export class AccessAnomaliesController {
  constructor(private readonly anomalyReport: AccessAnomaliesService) {}

  /** What a privacy officer should look at: mass reads, break-the-glass awaiting review, out-of-hours reads. */
  @Get('anomalies')
  @Policy('read', 'AccessLog')
  @AccessLogged({ action: 'read', resource: 'access_log_anomalies' })
  @ApiOkResponse({ type: AccessLogAnomaliesDto })
  async anomalies(@Req() request: Request): Promise<JsonBody<AccessLogAnomalies>> {
    const { anomalies, personIds } = await this.anomalyReport.report();
    touched(request, { personIds, fields: ['breakGlassReason', 'actorId'] });
    return anomalies;
  }

  @Post('break-glass/:id/review')
  @HttpCode(200)
  @Policy('read', 'AccessLog')
  @AccessLogged({ action: 'update', resource: 'break_glass_grant', inTransaction: true })
  @ApiOkResponse({ type: BreakGlassReviewedDto })
  @ApiErrors(400, 404)
  async review(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
  ): Promise<BreakGlassReviewed> {
    // The service records the review's event in the review's own transaction.
    await this.anomalyReport.reviewBreakGlass(user, id, request);
    return { id, reviewed: true };
  }
}
