import { Body, Controller, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { BreachView, Paged } from '@spoor/domain';
import { AccessLogged } from '../access-log/access-log.decorator';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import { BreachesService } from './breaches.service';
import { BreachDto, UpdateBreachDto } from './dto/breach.dto';
import type { JsonBody } from '../platform/http/json-body';
import { ApiErrors } from '../platform/http/openapi';
import { BreachViewDto, PagedBreachViewDto } from './dto/privacy-responses.dto';

/** The breach register, for the privacy officer. */
@ApiTags('privacy')
@Controller('breaches')
export class BreachesController {
  constructor(private readonly breaches: BreachesService) {}

  @Get()
  @Policy('manage', 'Breach')
  @AccessLogged({ action: 'list', resource: 'breach' })
  @ApiOkResponse({ type: PagedBreachViewDto, description: 'Latest discovered first' })
  list(): Promise<JsonBody<Paged<BreachView>>> {
    return this.breaches.list();
  }

  @Post()
  @HttpCode(201)
  @Policy('manage', 'Breach')
  @AccessLogged({ action: 'create', resource: 'breach', inTransaction: true })
  @ApiCreatedResponse({ type: BreachViewDto, description: 'notifyAuthorityBy is the discovery plus 72 hours' })
  @ApiErrors(400)
  register(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: BreachDto,
    @Req() request: Request,
  ): Promise<JsonBody<BreachView>> {
    return this.breaches.register(user, body, request);
  }

  @Patch(':id')
  @Policy('manage', 'Breach')
  @AccessLogged({ action: 'update', resource: 'breach', inTransaction: true })
  @ApiOkResponse({ type: BreachViewDto })
  @ApiErrors(400, 404, 409)
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateBreachDto,
    @Req() request: Request,
  ): Promise<JsonBody<BreachView>> {
    return this.breaches.update(user, id, body, request);
  }
}
