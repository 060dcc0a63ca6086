import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { NewWaitingPeriodExtension, WaitingPeriodExtensionView, WaitingPeriodExtensionsView } from '@spoor/domain';
import type { Request, Response } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import type { JsonBody } from '../platform/http/json-body';
import { ApiErrors } from '../platform/http/openapi';
import { uuidParam } from '../platform/http/uuid-param';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { WithdrawalDto } from './dto/sickness-events.dto';
import {
  WaitingPeriodExtensionDto,
  WaitingPeriodExtensionViewDto,
  WaitingPeriodExtensionsViewDto,
} from './dto/waiting-period-extensions.dto';
import { SicknessChanges } from './sickness-changes';
import { WaitingPeriodExtensionsService } from './waiting-period-extensions.service';

/**
 * Extensions of the person's waiting period (loonsanctie, voluntary extension, early IVA application): dates and
 * weeks only, the assigned coach and labour expert; the timeline's end and the dates counted from it follow.
 */
@ApiTags('special-file')
@Controller('cases/:id/special-file/extensions')
export class WaitingPeriodExtensionsController {
  constructor(
    private readonly extensions: WaitingPeriodExtensionsService,
    private readonly sicknessChanges: SicknessChanges,
  ) {}

  @Get()
  @Policy('read_sickness_events', 'Case')
  @AccessLogged({ action: 'read', resource: 'waiting_period_extensions' })
  @ApiOkResponse({
    type: WaitingPeriodExtensionsViewDto,
    description:
      'The person\u2019s extensions, withdrawn ones included, and the end they make (Cache-Control: no-store)',
  })
  @ApiErrors(400, 403, 404)
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<JsonBody<WaitingPeriodExtensionsView>> {
    response.setHeader('Cache-Control', 'no-store');
    const result = await this.extensions.list(user, id);
    touched(request, { personIds: [result.personId], caseId: id, fields: ['waitingPeriodExtensions'] });
    return result.body as JsonBody<WaitingPeriodExtensionsView>;
  }

  @Post()
  @HttpCode(201)
  @Policy('write_sickness_events', 'Case')
  @AccessLogged({ action: 'create', resource: 'waiting_period_extension', inTransaction: true })
  @ApiCreatedResponse({
    type: WaitingPeriodExtensionViewDto,
    description: 'Extends the person\u2019s current waiting period; the Poortwachter timeline follows',
  })
  @ApiErrors(400, 403, 404, 409, 423)
  async record(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: WaitingPeriodExtensionDto,
    @Req() request: Request,
  ): Promise<JsonBody<WaitingPeriodExtensionView>> {
    touched(request, { caseId: id });
    const result = await this.extensions.record(user, id, body as NewWaitingPeriodExtension, request);
    await this.sicknessChanges.changed(result.personId);
    return result.view as JsonBody<WaitingPeriodExtensionView>;
  }

  @Post(':extensionId/withdraw')
  @HttpCode(200)
  @Policy('write_sickness_events', 'Case')
  @AccessLogged({ action: 'update', resource: 'waiting_period_extension', inTransaction: true })
  @ApiOkResponse({
    type: WaitingPeriodExtensionViewDto,
    description: 'The extension no longer counts (kept with when and why); the timeline follows',
  })
  @ApiErrors(400, 403, 404, 409, 423)
  async withdraw(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Param('extensionId', uuidParam('extensionId')) extensionId: string,
    @Body() body: WithdrawalDto,
    @Req() request: Request,
  ): Promise<JsonBody<WaitingPeriodExtensionView>> {
    touched(request, { caseId: id });
    const result = await this.extensions.withdraw(user, id, extensionId, body.reason, request);
    await this.sicknessChanges.changed(result.personId);
    return result.view as JsonBody<WaitingPeriodExtensionView>;
  }
}
