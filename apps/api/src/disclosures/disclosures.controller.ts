import { Controller, Get, Post, HttpCode, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { DisclosureView, Paged, SurveyExport } from '@spoor/domain';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import type { JsonBody } from '../platform/http/json-body';
import { DisclosuresService } from './disclosures.service';
import { PagedDisclosureViewDto, SurveyExportDto } from './disclosure-view.dto';

@ApiTags('disclosures')
@Controller()
export class DisclosuresController {
  constructor(private readonly disclosures: DisclosuresService) {}

  /** The participant: to whom my data was given, which fields, on what basis, when. */
  @Get('me/disclosures')
  @Policy('read', 'OwnAccessLog')
  @AccessLogged({ action: 'read', resource: 'own_disclosures' })
  @ApiOkResponse({ type: PagedDisclosureViewDto })
  async mine(
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
  ): Promise<JsonBody<Paged<DisclosureView>>> {
    touched(request, { personIds: [user.personId as string], fields: ['disclosures'] });
    return this.disclosures.forPerson(user.personId as string);
  }

  @Post('admin/survey-export')
  @HttpCode(200)
  @Policy('manage', 'User')
  @AccessLogged({ action: 'export', resource: 'survey_export', inTransaction: true })
  @ApiOkResponse({
    type: SurveyExportDto,
    description: 'Contact details for the survey bureau; each person gets a disclosure record',
  })
  survey(@CurrentUser() user: AuthenticatedUser, @Req() request: Request): Promise<SurveyExport> {
    return this.disclosures.surveyExport(user, request);
  }
}
