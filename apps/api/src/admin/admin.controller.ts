import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import { AssignDto, CreateOrganisationDto, CreateUserDto, UpdateOrganisationDto, UpdateUserDto } from './admin.dto';
import { AdminService } from './admin.service';

@ApiTags('admin')
@Controller()
export class AdminController {
  constructor(private readonly admin: AdminService) {}

  @Get('admin/users')
  @Policy('manage', 'User')
  @AccessLogged({ action: 'list', resource: 'user' })
  async users(@Req() request: Request) {
    const result = await this.admin.listUsers();
    touched(request, { personIds: result.items.flatMap((u) => (u.personId ? [u.personId] : [])), fields: ['email', 'displayName', 'role'] });
    return result;
  }

  @Post('admin/users')
  @HttpCode(201)
  @Policy('manage', 'User')
  @AccessLogged({ action: 'create', resource: 'user', inTransaction: true })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateUserDto, @Req() request: Request) {
    return this.admin.createUser(user, body, request);
  }

  @Patch('admin/users/:id')
  @Policy('manage', 'User')
  @AccessLogged({ action: 'update', resource: 'user', inTransaction: true })
  update(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Body() body: UpdateUserDto, @Req() request: Request) {
    return this.admin.updateUser(user, id, body, request);
  }

  @Post('admin/users/:id/reset-second-factor')
  @HttpCode(200)
  @Policy('manage', 'User')
  @AccessLogged({ action: 'update', resource: 'user', inTransaction: true })
  resetSecondFactor(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Req() request: Request) {
    return this.admin.resetSecondFactor(user, id, request);
  }

  @Get('admin/organisations')
  @Policy('manage', 'Organisation')
  @AccessLogged({ action: 'list', resource: 'organisation' })
  async organisations(@Req() request: Request) {
    const result = await this.admin.listOrganisations();
    // Contacts are not people with a case (no person id): the event names the fields that were returned.
    touched(request, { fields: ['name', 'kvkNumber', 'contactName', 'contactEmail', 'contactPhone'] });
    return result;
  }

  @Post('admin/organisations')
  @HttpCode(201)
  @Policy('manage', 'Organisation')
  @AccessLogged({ action: 'create', resource: 'organisation', inTransaction: true })
  createOrganisation(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateOrganisationDto, @Req() request: Request) {
    return this.admin.createOrganisation(user, body, request);
  }

  @Patch('admin/organisations/:id')
  @Policy('manage', 'Organisation')
  @AccessLogged({ action: 'update', resource: 'organisation', inTransaction: true })
  updateOrganisation(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Body() body: UpdateOrganisationDto, @Req() request: Request) {
    return this.admin.updateOrganisation(user, id, body, request);
  }

  @Get('cases/:id/assignments')
  @Policy('assign', 'Case')
  @AccessLogged({ action: 'read', resource: 'case_assignment' })
  async assignments(@Param('id', uuidParam('id')) id: string, @Req() request: Request) {
    touched(request, { caseId: id, fields: ['assignments'] });
    return this.admin.assignments(id);
  }

  @Put('cases/:id/assignments')
  @Policy('assign', 'Case')
  @AccessLogged({ action: 'update', resource: 'case_assignment', inTransaction: true })
  assign(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Body() body: AssignDto, @Req() request: Request) {
    return this.admin.assign(user, id, body, request);
  }
}
