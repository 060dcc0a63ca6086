import { Body, Controller, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import { CreateProgressReportDto, UpdateProgressReportDto } from './dto/progress-report.dto';
import { ProgressReportsService } from './progress-reports.service';

@ApiTags('progress-reports')
@Controller()
export class ProgressReportsController {
  constructor(private readonly reports: ProgressReportsService) {}

  @Get('cases/:id/progress-reports')
  @Policy('read', 'Case')
  @AccessLogged({ action: 'list', resource: 'progress_report' })
  async list(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Req() request: Request) {
    const result = await this.reports.list(user, id);
    touched(request, { personIds: [result.personId], caseId: id, fields: result.fields });
    return { items: result.items, total: result.items.length };
  }

  @Post('cases/:id/progress-reports')
  @HttpCode(201)
  @Policy('write_process_file', 'Case')
  @AccessLogged({ action: 'create', resource: 'progress_report', inTransaction: true })
  create(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Body() body: CreateProgressReportDto, @Req() request: Request) {
    return this.reports.create(user, id, body, request);
  }

  @Patch('progress-reports/:id')
  @Policy('write_process_file', 'Case')
  @AccessLogged({ action: 'update', resource: 'progress_report', inTransaction: true })
  update(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Body() body: UpdateProgressReportDto, @Req() request: Request) {
    return this.reports.update(user, id, body, request);
  }
}
