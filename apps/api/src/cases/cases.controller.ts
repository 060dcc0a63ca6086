import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Req } from '@nestjs/common';
import { CreateCaseDto } from './dto/create-case.dto';
import { ChangeStatusDto } from './dto/change-status.dto';
import { SetClientReferenceDto } from './dto/set-client-reference.dto';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CaseView, Paged } from '@spoor/domain';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { ListCasesQuery } from './dto/list-cases.query';
import { CasesService } from './cases.service';
import { uuidParam } from '../platform/http/uuid-param';
import type { JsonBody } from '../platform/http/json-body';
import { ApiErrors } from '../platform/http/openapi';
import { CaseViewDto, PagedCaseViewDto } from './dto/case-view.dto';

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Get()
  @Policy('read', 'Case')
  @AccessLogged({ action: 'list', resource: 'case' })
  @ApiOkResponse({
    type: PagedCaseViewDto,
    description: 'Only the cases the caller may see, with only the fields the role may read',
  })
  @ApiErrors(400)
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListCasesQuery,
    @Req() request: Request,
  ): Promise<JsonBody<Paged<CaseView>>> {
    const result = await this.cases.list(user, query);
    touched(request, { personIds: result.personIds, fields: result.fields });
    // The service builds the view field by field from the abilities (values typed unknown there).
    return { items: result.items as JsonBody<CaseView>[], total: result.total };
  }

  @Post()
  @HttpCode(201)
  @Policy('assign', 'Case')
  @AccessLogged({ action: 'create', resource: 'case', inTransaction: true })
  @ApiCreatedResponse({ type: CaseViewDto })
  @ApiErrors(400)
  async create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateCaseDto,
    @Req() request: Request,
  ): Promise<JsonBody<CaseView>> {
    return (await this.cases.create(user, body, request)).view as JsonBody<CaseView>;
  }

  @Patch(':id/status')
  @Policy('change_status', 'Case')
  @AccessLogged({ action: 'update', resource: 'case', inTransaction: true })
  @ApiOkResponse({ type: CaseViewDto })
  @ApiErrors(400, 404, 409, 423)
  async changeStatus(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ChangeStatusDto,
    @Req() request: Request,
  ): Promise<JsonBody<CaseView>> {
    return (await this.cases.changeStatus(user, id, body.status, body.version, request)).view as JsonBody<CaseView>;
  }

  @Put(':id/client-reference')
  @Policy('set_client_reference', 'Case')
  @AccessLogged({ action: 'update', resource: 'case', inTransaction: true })
  @ApiOkResponse({ type: CaseViewDto })
  @ApiErrors(400, 404, 409, 423)
  async setClientReference(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: SetClientReferenceDto,
    @Req() request: Request,
  ): Promise<JsonBody<CaseView>> {
    return (await this.cases.setClientReference(user, id, body.clientReference, body.version, request))
      .view as JsonBody<CaseView>;
  }

  @Get(':id')
  @Policy('read', 'Case')
  @AccessLogged({ action: 'read', resource: 'case' })
  @ApiOkResponse({ type: CaseViewDto, description: 'Only the fields the caller\u2019s role may read' })
  @ApiErrors(400, 404)
  async detail(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
  ): Promise<JsonBody<CaseView>> {
    const result = await this.cases.detail(user, id);
    touched(request, { personIds: [result.personId], caseId: id, fields: Object.keys(result.view) });
    return result.view as JsonBody<CaseView>;
  }
}
