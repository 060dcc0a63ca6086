import { Body, Controller, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { LegalHoldView, RestrictionLiftedView } from '@spoor/domain';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import { LegalHoldDto } from './dto/legal-hold.dto';
import { LegalHoldService } from './legal-hold.service';
import type { JsonBody } from '../platform/http/json-body';
import { ApiErrors } from '../platform/http/openapi';
import { LegalHoldViewDto, RestrictionLiftedViewDto } from './dto/privacy-responses.dto';

/** The privacy officer places and releases legal holds on cases and lifts restrictions of processing. */
@ApiTags('privacy')
@Controller()
export class LegalHoldController {
  constructor(private readonly legalHolds: LegalHoldService) {}

  @Put('cases/:id/legal-hold')
  @Policy('manage', 'Retention')
  @AccessLogged({ action: 'update', resource: 'legal_hold', inTransaction: true })
  @ApiOkResponse({ type: LegalHoldViewDto })
  @ApiErrors(400, 404)
  legalHold(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: LegalHoldDto,
    @Req() request: Request,
  ): Promise<JsonBody<LegalHoldView>> {
    return this.legalHolds.setLegalHold(user, id, body.hold, body.reason, request);
  }

  @Post('people/:id/restriction/lift')
  @HttpCode(200)
  @Policy('manage', 'PrivacyRequest')
  @AccessLogged({ action: 'update', resource: 'restriction', inTransaction: true })
  @ApiOkResponse({ type: RestrictionLiftedViewDto })
  @ApiErrors(400, 404)
  liftRestriction(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
  ): Promise<RestrictionLiftedView> {
    return this.legalHolds.liftRestriction(user, id, request);
  }
}
