import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CompletedPrivacyRequestView, Paged, PrivacyRequestView } from '@spoor/domain';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import {
  CompletePrivacyRequestDto,
  CreatePrivacyRequestDto,
  ExtendPrivacyRequestDto,
  ListPrivacyRequestsQuery,
} from './dto/privacy-request.dto';
import { PrivacyRequestsService } from './privacy-requests.service';
import type { JsonBody } from '../platform/http/json-body';
import { ApiErrors } from '../platform/http/openapi';
import {
  CompletedPrivacyRequestViewDto,
  PagedPrivacyRequestViewDto,
  PrivacyRequestViewDto,
} from './dto/privacy-responses.dto';

/** Data-subject requests: a participant files and follows their own, the privacy officer handles all of them. */
@ApiTags('privacy')
@Controller('privacy-requests')
export class PrivacyRequestsController {
  constructor(private readonly requests: PrivacyRequestsService) {}

  @Post()
  @HttpCode(201)
  @Policy('create', 'PrivacyRequest')
  @AccessLogged({ action: 'create', resource: 'privacy_request', inTransaction: true })
  @ApiCreatedResponse({ type: PrivacyRequestViewDto, description: 'Due one calendar month after receipt' })
  @ApiErrors(400, 409)
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreatePrivacyRequestDto,
    @Req() request: Request,
  ): Promise<JsonBody<PrivacyRequestView>> {
    return this.requests.create(user, body, request);
  }

  @Get()
  @Policy('read', 'PrivacyRequest')
  @AccessLogged({ action: 'list', resource: 'privacy_request' })
  @ApiOkResponse({
    type: PagedPrivacyRequestViewDto,
    description: 'Every request for the privacy officer, their own for a participant; soonest due first',
  })
  @ApiErrors(400)
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListPrivacyRequestsQuery,
    @Req() request: Request,
  ): Promise<JsonBody<Paged<PrivacyRequestView>>> {
    const result = await this.requests.list(user, query);
    touched(request, { personIds: result.personIds, fields: ['type', 'status', 'details'] });
    return { items: result.items, total: result.total };
  }

  @Post(':id/extend')
  @HttpCode(200)
  @Policy('manage', 'PrivacyRequest')
  @AccessLogged({ action: 'update', resource: 'privacy_request', inTransaction: true })
  @ApiOkResponse({ type: PrivacyRequestViewDto })
  @ApiErrors(400, 404, 409)
  extend(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ExtendPrivacyRequestDto,
    @Req() request: Request,
  ): Promise<JsonBody<PrivacyRequestView>> {
    return this.requests.extend(user, id, body, request);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Policy('manage', 'PrivacyRequest')
  @AccessLogged({ action: 'update', resource: 'privacy_request', inTransaction: true })
  @ApiOkResponse({
    type: CompletedPrivacyRequestViewDto,
    description: 'The request, and what carrying it out did (erasure, restriction)',
  })
  @ApiErrors(400, 404, 409)
  complete(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CompletePrivacyRequestDto,
    @Req() request: Request,
  ): Promise<JsonBody<CompletedPrivacyRequestView>> {
    return this.requests.complete(user, id, body, request);
  }
}
