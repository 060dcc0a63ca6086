import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  AccessLogAnomalies,
  BreakGlassBreachStarted,
  BreakGlassFollowUpClosed,
  BreakGlassReviewed,
} from '@spoor/domain';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import { AccessAnomaliesService } from './access-anomalies.service';
import {
  AccessLogAnomaliesDto,
  BreakGlassBreachStartedDto,
  BreakGlassFollowUpClosedDto,
  BreakGlassReviewedDto,
} from '../access-log/dto/access-log-responses.dto';
import { BreakGlassBreachDto, BreakGlassReviewDto } from './dto/break-glass-review.dto';
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
    touched(request, { personIds, fields: ['breakGlassReason', 'breakGlassReviewNote', 'actorId'] });
    return anomalies;
  }

  /** The review: an outcome (required) and a sealed note; an outcome asking for follow-up opens one. */
  @Post('break-glass/:id/review')
  @HttpCode(200)
  @Policy('read', 'AccessLog')
  @AccessLogged({ action: 'update', resource: 'break_glass_grant', inTransaction: true })
  @ApiOkResponse({ type: BreakGlassReviewedDto })
  @ApiErrors(400, 404)
  async review(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: BreakGlassReviewDto,
    @Req() request: Request,
  ): Promise<BreakGlassReviewed> {
    // The service records the review's event in the review's own transaction.
    return this.anomalyReport.reviewBreakGlass(user, id, body, request);
  }

  /** The officer confirms a breach record drafted from a follow-up (offered where health data was read). */
  @Post('break-glass/:id/breach')
  @HttpCode(201)
  @Policy('manage', 'Breach')
  @AccessLogged({ action: 'create', resource: 'breach', inTransaction: true })
  @ApiCreatedResponse({ type: BreakGlassBreachStartedDto })
  @ApiErrors(400, 404, 409)
  startBreach(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: BreakGlassBreachDto,
    @Req() request: Request,
  ): Promise<BreakGlassBreachStarted> {
    return this.anomalyReport.startBreach(user, id, body, request);
  }

  @Post('break-glass/:id/follow-up/close')
  @HttpCode(200)
  @Policy('read', 'AccessLog')
  @AccessLogged({ action: 'update', resource: 'break_glass_follow_up', inTransaction: true })
  @ApiOkResponse({ type: BreakGlassFollowUpClosedDto })
  @ApiErrors(400, 404, 409)
  closeFollowUp(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
  ): Promise<BreakGlassFollowUpClosed> {
    return this.anomalyReport.closeFollowUp(user, id, request);
  }
}
