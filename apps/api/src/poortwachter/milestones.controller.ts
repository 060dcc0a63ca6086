import { Body, Controller, Get, Param, Patch, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CaseMilestoneView, Paged } from '@spoor/domain';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import type { JsonBody } from '../platform/http/json-body';
import { ApiErrors } from '../platform/http/openapi';
import { uuidParam } from '../platform/http/uuid-param';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { CaseMilestoneViewDto, MilestoneCompletionDto, PagedCaseMilestoneViewDto } from './dto/milestones.dto';
import { MilestonesService } from './milestones.service';

@ApiTags('poortwachter')
@Controller('cases/:id/milestones')
export class MilestonesController {
  constructor(private readonly milestones: MilestonesService) {}

  /** The Poortwachter timeline of the person's current sickness period (dates only). */
  @Get()
  @Policy('read_milestones', 'Case')
  @AccessLogged({ action: 'read', resource: 'case_milestones' })
  @ApiOkResponse({
    type: PagedCaseMilestoneViewDto,
    description:
      'Assigned staff and the participant: the whole timeline with basis and evidence; the client: the employer\u2019s duties only, basis null where it would reveal health data',
  })
  @ApiErrors(400, 403, 404)
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
  ): Promise<JsonBody<Paged<CaseMilestoneView>>> {
    const result = await this.milestones.forCase(user, id);
    touched(request, { personIds: [result.personId], caseId: id, fields: ['milestones'] });
    return { items: result.items, total: result.items.length } as JsonBody<Paged<CaseMilestoneView>>;
  }

  /** Marks a milestone done (date, evidence) or undoes it (`completedOn: null` with a reason). */
  @Patch(':milestoneId')
  @Policy('complete_milestones', 'Case')
  @AccessLogged({ action: 'update', resource: 'case_milestones', inTransaction: true })
  @ApiOkResponse({ type: CaseMilestoneViewDto, description: 'The milestone as it stands after the change' })
  @ApiErrors(400, 404, 409, 423)
  async complete(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Param('milestoneId', uuidParam('milestoneId')) milestoneId: string,
    @Body() body: MilestoneCompletionDto,
    @Req() request: Request,
  ): Promise<JsonBody<CaseMilestoneView>> {
    touched(request, { caseId: id, resourceId: milestoneId });
    const result = await this.milestones.complete(user, id, milestoneId, body, request);
    return result.item as JsonBody<CaseMilestoneView>;
  }
}
