import { Body, Controller, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Paged, ProgressReportListItem, ProgressReportView } from '@spoor/domain';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import { CreateProgressReportDto, UpdateProgressReportDto } from './dto/progress-report.dto';
import type { JsonBody } from '../platform/http/json-body';
import { ApiErrors } from '../platform/http/openapi';
import { PagedProgressReportListDto, ProgressReportViewDto } from './dto/process-file-responses.dto';
import { ProgressReportsService } from './progress-reports.service';

@ApiTags('progress-reports')
@Controller()
export class ProgressReportsController {
  constructor(private readonly reports: ProgressReportsService) {}

  @Get('cases/:id/progress-reports')
  @Policy('read', 'Case')
  @AccessLogged({ action: 'list', resource: 'progress_report' })
  @ApiOkResponse({
    type: PagedProgressReportListDto,
    description: 'Staff: all reports; participant: final ones without the client summary; client: released summaries',
  })
  @ApiErrors(400, 404)
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
  ): Promise<JsonBody<Paged<ProgressReportListItem>>> {
    const result = await this.reports.list(user, id);
    touched(request, { personIds: [result.personId], caseId: id, fields: result.fields });
    // The service answers one of three views per reader (typed `object` there).
    return { items: result.items as JsonBody<ProgressReportListItem>[], total: result.items.length };
  }

  @Post('cases/:id/progress-reports')
  @HttpCode(201)
  @Policy('write_process_file', 'Case')
  @AccessLogged({ action: 'create', resource: 'progress_report', inTransaction: true })
  @ApiCreatedResponse({ type: ProgressReportViewDto, description: 'A draft; id, version and author set by the server' })
  @ApiErrors(400, 404, 409, 423)
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CreateProgressReportDto,
    @Req() request: Request,
  ): Promise<JsonBody<ProgressReportView>> {
    return this.reports.create(user, id, body, request);
  }

  @Patch('progress-reports/:id')
  @Policy('write_process_file', 'Case')
  @AccessLogged({ action: 'update', resource: 'progress_report', inTransaction: true })
  @ApiOkResponse({ type: ProgressReportViewDto })
  @ApiErrors(400, 403, 404, 409, 423)
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateProgressReportDto,
    @Req() request: Request,
  ): Promise<JsonBody<ProgressReportView>> {
    return this.reports.update(user, id, body, request);
  }
}
