import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ConsentView, Paged } from '@spoor/domain';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import { ConsentsService } from './consents.service';
import { CreateConsentDto } from './dto/consent.dto';
import type { JsonBody } from '../platform/http/json-body';
import { ApiErrors } from '../platform/http/openapi';
import { ConsentViewDto, PagedConsentViewDto } from './dto/privacy-responses.dto';

/** A person's consents: the participant gives and withdraws their own; the privacy officer reads them. */
@ApiTags('privacy')
@Controller()
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Get('people/:id/consents')
  @Policy('read', 'Consent')
  @AccessLogged({ action: 'read', resource: 'consent' })
  @ApiOkResponse({ type: PagedConsentViewDto, description: 'Newest first, withdrawn ones included' })
  @ApiErrors(400, 404)
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
  ): Promise<JsonBody<Paged<ConsentView>>> {
    const result = await this.consents.list(user, id);
    touched(request, { personIds: [id], fields: ['purpose', 'givenAt', 'withdrawnAt', 'endReason'] });
    return result;
  }

  @Post('people/:id/consents')
  @HttpCode(201)
  @Policy('create', 'Consent')
  @AccessLogged({ action: 'create', resource: 'consent', inTransaction: true })
  @ApiCreatedResponse({ type: ConsentViewDto })
  @ApiErrors(400, 404, 409)
  give(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CreateConsentDto,
    @Req() request: Request,
  ): Promise<JsonBody<ConsentView>> {
    return this.consents.give(user, id, body.purpose, request);
  }

  @Post('consents/:id/withdraw')
  @HttpCode(200)
  @Policy('update', 'Consent')
  @AccessLogged({ action: 'update', resource: 'consent', inTransaction: true })
  @ApiOkResponse({ type: ConsentViewDto })
  @ApiErrors(400, 404, 409)
  withdraw(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
  ): Promise<JsonBody<ConsentView>> {
    return this.consents.withdraw(user, id, request);
  }
}
