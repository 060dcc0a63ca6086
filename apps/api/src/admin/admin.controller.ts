import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  AdminPersonMatch,
  AdminUserView,
  CaseAssignmentView,
  OrganisationView,
  Paged,
  SecondFactorResetView,
} from '@spoor/domain';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import type { JsonBody } from '../platform/http/json-body';
import { ApiErrors } from '../platform/http/openapi';
import {
  AdminUserViewDto,
  PagedAdminPersonMatchDto,
  OrganisationViewDto,
  PagedAdminUserViewDto,
  PagedCaseAssignmentViewDto,
  PagedOrganisationViewDto,
  SecondFactorResetViewDto,
} from './admin-responses.dto';
import {
  AssignDto,
  CreateOrganisationDto,
  CreateUserDto,
  SearchPeopleDto,
  UpdateOrganisationDto,
  UpdateUserDto,
} from './admin.dto';
import { AdminPeopleService, PERSON_MATCH_FIELDS } from './admin-people.service';
import { AdminService } from './admin.service';

@ApiTags('admin')
@Controller()
export class AdminController {
  constructor(
    private readonly admin: AdminService,
    private readonly people: AdminPeopleService,
  ) {}

  @Get('admin/users')
  @Policy('manage', 'User')
  @AccessLogged({ action: 'list', resource: 'user' })
  @ApiOkResponse({ type: PagedAdminUserViewDto })
  async users(@Req() request: Request): Promise<JsonBody<Paged<AdminUserView>>> {
    const result = await this.admin.listUsers();
    touched(request, {
      personIds: result.items.flatMap((u) => (u.personId ? [u.personId] : [])),
      fields: ['email', 'displayName', 'role'],
    });
    return result;
  }

  @Post('admin/users')
  @HttpCode(201)
  @Policy('manage', 'User')
  @AccessLogged({ action: 'create', resource: 'user', inTransaction: true })
  @ApiCreatedResponse({ type: AdminUserViewDto, description: 'The account; an invitation link is mailed to it' })
  @ApiErrors(400, 409)
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateUserDto,
    @Req() request: Request,
  ): Promise<JsonBody<AdminUserView>> {
    return this.admin.createUser(user, body, request);
  }

  /** Choosing the person of a participant account: a read of personal data (names), logged as a search. */
  @Post('admin/people/search')
  @HttpCode(200)
  @Policy('manage', 'User')
  @AccessLogged({ action: 'search', resource: 'person' })
  @ApiOkResponse({ type: PagedAdminPersonMatchDto, description: 'Exact matches, at most 25, by name' })
  @ApiErrors(400)
  async searchPeople(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: SearchPeopleDto,
    @Req() request: Request,
  ): Promise<JsonBody<Paged<AdminPersonMatch>>> {
    const result = await this.people.search(user, body.q);
    touched(request, {
      personIds: result.items.map((match) => match.personId),
      fields: result.items.length ? PERSON_MATCH_FIELDS : [],
    });
    return result;
  }

  @Patch('admin/users/:id')
  @Policy('manage', 'User')
  @AccessLogged({ action: 'update', resource: 'user', inTransaction: true })
  @ApiOkResponse({ type: AdminUserViewDto })
  @ApiErrors(400, 404, 409)
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateUserDto,
    @Req() request: Request,
  ): Promise<JsonBody<AdminUserView>> {
    return this.admin.updateUser(user, id, body, request);
  }

  @Post('admin/users/:id/reset-second-factor')
  @HttpCode(200)
  @Policy('manage', 'User')
  @AccessLogged({ action: 'update', resource: 'user', inTransaction: true })
  @ApiOkResponse({ type: SecondFactorResetViewDto })
  @ApiErrors(400, 404, 409)
  resetSecondFactor(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
  ): Promise<SecondFactorResetView> {
    return this.admin.resetSecondFactor(user, id, request);
  }

  @Get('admin/organisations')
  @Policy('manage', 'Organisation')
  @AccessLogged({ action: 'list', resource: 'organisation' })
  @ApiOkResponse({ type: PagedOrganisationViewDto })
  async organisations(@Req() request: Request): Promise<JsonBody<Paged<OrganisationView>>> {
    const result = await this.admin.listOrganisations();
    // Contacts are not people with a case (no person id): the event names the fields that were returned.
    touched(request, { fields: ['name', 'kvkNumber', 'contactName', 'contactEmail', 'contactPhone'] });
    return result;
  }

  @Post('admin/organisations')
  @HttpCode(201)
  @Policy('manage', 'Organisation')
  @AccessLogged({ action: 'create', resource: 'organisation', inTransaction: true })
  @ApiCreatedResponse({ type: OrganisationViewDto })
  @ApiErrors(400, 409)
  createOrganisation(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateOrganisationDto,
    @Req() request: Request,
  ): Promise<JsonBody<OrganisationView>> {
    return this.admin.createOrganisation(user, body, request);
  }

  @Patch('admin/organisations/:id')
  @Policy('manage', 'Organisation')
  @AccessLogged({ action: 'update', resource: 'organisation', inTransaction: true })
  @ApiOkResponse({ type: OrganisationViewDto })
  @ApiErrors(400, 404, 409)
  updateOrganisation(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateOrganisationDto,
    @Req() request: Request,
  ): Promise<JsonBody<OrganisationView>> {
    return this.admin.updateOrganisation(user, id, body, request);
  }

  @Get('cases/:id/assignments')
  @Policy('assign', 'Case')
  @AccessLogged({ action: 'read', resource: 'case_assignment' })
  @ApiOkResponse({ type: PagedCaseAssignmentViewDto, description: 'Current and past assignments' })
  @ApiErrors(400, 404)
  async assignments(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
  ): Promise<JsonBody<Paged<CaseAssignmentView>>> {
    const result = await this.admin.assignments(user, id);
    // Named in the event, so the participant sees in their own view who read their assignment history.
    touched(request, { caseId: id, personIds: [result.personId], fields: ['assignments'] });
    return { items: result.items, total: result.total };
  }

  @Put('cases/:id/assignments')
  @Policy('assign', 'Case')
  @AccessLogged({ action: 'update', resource: 'case_assignment', inTransaction: true })
  @ApiOkResponse({ type: PagedCaseAssignmentViewDto, description: 'The assignments after the change' })
  @ApiErrors(400, 404)
  assign(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: AssignDto,
    @Req() request: Request,
  ): Promise<JsonBody<Paged<CaseAssignmentView>>> {
    return this.admin.assign(user, id, body, request);
  }
}
