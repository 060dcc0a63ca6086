import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { SicknessEventView, SicknessEventsView } from '@spoor/domain';
import type { Request, Response } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import type { JsonBody } from '../platform/http/json-body';
import { ApiErrors } from '../platform/http/openapi';
import { uuidParam } from '../platform/http/uuid-param';
import { SicknessChanges } from './sickness-changes';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import {
  SicknessEventDto,
  SicknessEventViewDto,
  SicknessEventsViewDto,
  WithdrawalDto,
} from './dto/sickness-events.dto';
import { SicknessEventsService } from './sickness-events.service';

/** The person's sickness events (dates only): the assigned coach and labour expert; the timeline follows them. */
@ApiTags('special-file')
@Controller('cases/:id/special-file/sickness-events')
export class SicknessEventsController {
  constructor(
    private readonly sickness: SicknessEventsService,
    private readonly sicknessChanges: SicknessChanges,
  ) {}

  @Get()
  @Policy('read_sickness_events', 'Case')
  @AccessLogged({ action: 'read', resource: 'sickness_events' })
  @ApiOkResponse({
    type: SicknessEventsViewDto,
    description: 'The person\u2019s events, oldest first, and the waiting periods they make (Cache-Control: no-store)',
  })
  @ApiErrors(400, 403, 404)
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<JsonBody<SicknessEventsView>> {
    response.setHeader('Cache-Control', 'no-store');
    const result = await this.sickness.list(user, id);
    touched(request, { personIds: [result.personId], caseId: id, fields: ['sicknessEvents'] });
    return result.body as JsonBody<SicknessEventsView>;
  }

  @Post()
  @HttpCode(201)
  @Policy('write_sickness_events', 'Case')
  @AccessLogged({ action: 'create', resource: 'sickness_event', inTransaction: true })
  @ApiCreatedResponse({
    type: SicknessEventViewDto,
    description:
      'Added after the person\u2019s last event; the Poortwachter timeline of the person\u2019s cases follows',
  })
  @ApiErrors(400, 403, 404, 423)
  async record(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: SicknessEventDto,
    @Req() request: Request,
  ): Promise<JsonBody<SicknessEventView>> {
    touched(request, { caseId: id });
    const result = await this.sickness.record(user, id, body, request);
    // The event is committed (special database); the lists' dates follow in the process database.
    await this.sicknessChanges.changed(result.personId);
    return result.view as JsonBody<SicknessEventView>;
  }

  @Post(':eventId/retract')
  @HttpCode(200)
  @Policy('write_sickness_events', 'Case')
  @AccessLogged({ action: 'update', resource: 'sickness_event', inTransaction: true })
  @ApiOkResponse({
    type: SicknessEventViewDto,
    description: 'A wrongly entered event no longer counts (kept with who, when and why); the timeline follows',
  })
  @ApiErrors(400, 403, 404, 409, 423)
  async retract(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Param('eventId', uuidParam('eventId')) eventId: string,
    @Body() body: WithdrawalDto,
    @Req() request: Request,
  ): Promise<JsonBody<SicknessEventView>> {
    touched(request, { caseId: id });
    const result = await this.sickness.retract(user, id, eventId, body.reason, request);
    await this.sicknessChanges.changed(result.personId);
    return result.view as JsonBody<SicknessEventView>;
  }
}
