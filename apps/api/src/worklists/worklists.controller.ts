import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AssessmentWorkItem, DraftReportWorkItem, MilestoneWorklist, Paged } from '@spoor/domain';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { PagingQuery } from '../platform/http/paging.query';
import type { JsonBody } from '../platform/http/json-body';
import { ApiErrors } from '../platform/http/openapi';
import { MilestoneWorklistQuery } from './dto/worklist.query';
import {
  MilestoneWorklistDto,
  PagedAssessmentWorkItemDto,
  PagedDraftReportWorkItemDto,
} from './dto/worklist-responses.dto';
import { WorklistsService, type Worklist } from './worklists.service';

/** "Mijn werk": what the coach and the labour expert have to do next, across their own caseload. */
@ApiTags('worklists')
@Controller('worklists')
export class WorklistsController {
  constructor(private readonly worklists: WorklistsService) {}

  /** Poortwachter milestones overdue or due soon in the cases the coach runs. */
  @Get('milestones')
  @Policy('write_process_file', 'Case')
  @AccessLogged({ action: 'list', resource: 'case_milestones' })
  @ApiOkResponse({ type: MilestoneWorklistDto })
  @ApiErrors(400)
  async milestones(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: MilestoneWorklistQuery,
    @Req() request: Request,
  ): Promise<MilestoneWorklist> {
    return { ...respond(request, await this.worklists.milestones(user, query)), withinDays: query.withinDays };
  }

  /** Draft progress reports waiting to be finished in the coach's cases. */
  @Get('draft-reports')
  @Policy('write_process_file', 'Case')
  @AccessLogged({ action: 'list', resource: 'progress_report' })
  @ApiOkResponse({ type: PagedDraftReportWorkItemDto })
  @ApiErrors(400)
  async draftReports(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: PagingQuery,
    @Req() request: Request,
  ): Promise<JsonBody<Paged<DraftReportWorkItem>>> {
    return respond(request, await this.worklists.draftReports(user, query));
  }

  /** The labour expert's running reintegration cases without an FML or an AD report yet. */
  @Get('assessments')
  @Policy('write_special_file', 'Case')
  @AccessLogged({ action: 'list', resource: 'assessment_worklist' })
  @ApiOkResponse({ type: PagedAssessmentWorkItemDto })
  @ApiErrors(400)
  async assessments(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: PagingQuery,
    @Req() request: Request,
  ): Promise<Paged<AssessmentWorkItem>> {
    return respond(request, await this.worklists.assessments(user, query));
  }
}

/** Names every person on the page in the access event, and answers the usual `{items, total}`. */
function respond<T>(request: Request, list: Worklist<T>): { items: T[]; total: number } {
  touched(request, { personIds: list.personIds, fields: list.fields });
  return { items: list.items, total: list.total };
}
