import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { CreateCaseDto } from './dto/create-case.dto';
import { ChangeStatusDto } from './dto/change-status.dto';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { ListCasesQuery } from './dto/list-cases.query';
import { CasesService } from './cases.service';
import { uuidParam } from '../platform/http/uuid-param';

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Get()
  @Policy('read', 'Case')
  @AccessLogged({ action: 'list', resource: 'case' })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListCasesQuery, @Req() request: Request) {
    const result = await this.cases.list(user, query);
    touched(request, { personIds: result.personIds, fields: result.fields });
    return { items: result.items, total: result.total };
  }

  @Post()
  @HttpCode(201)
  @Policy('assign', 'Case')
  @AccessLogged({ action: 'create', resource: 'case', inTransaction: true })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateCaseDto, @Req() request: Request) {
    return (await this.cases.create(user, body, request)).view;
  }

  @Patch(':id/status')
  @Policy('change_status', 'Case')
  @AccessLogged({ action: 'update', resource: 'case', inTransaction: true })
  async changeStatus(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Body() body: ChangeStatusDto, @Req() request: Request) {
    return (await this.cases.changeStatus(user, id, body.status, body.version, request)).view;
  }

  /** Poortwachter milestones (dates only; the first day of illness stays in the special file). */
  @Get(':id/milestones')
  @Policy('read', 'Case')
  @AccessLogged({ action: 'read', resource: 'case_milestones' })
  async milestones(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Req() request: Request) {
    const result = await this.cases.milestones(user, id);
    touched(request, { personIds: [result.personId], caseId: id, fields: ['milestones'] });
    return { items: result.items, total: result.items.length };
  }

  @Get(':id')
  @Policy('read', 'Case')
  @AccessLogged({ action: 'read', resource: 'case' })
  async detail(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Req() request: Request) {
    const result = await this.cases.detail(user, id);
    touched(request, { personIds: [result.personId], caseId: id, fields: Object.keys(result.view) });
    return result.view;
  }
}
