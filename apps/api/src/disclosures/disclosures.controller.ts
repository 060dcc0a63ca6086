import { Controller, Get, Post, HttpCode, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { DisclosuresService } from './disclosures.service';

@ApiTags('disclosures')
@Controller()
export class DisclosuresController {
  constructor(private readonly disclosures: DisclosuresService) {}

  /** The participant: to whom my data was given, which fields, on what basis, when. */
  @Get('me/disclosures')
  @Policy('read', 'OwnAccessLog')
  @AccessLogged({ action: 'read', resource: 'own_disclosures' })
  async mine(@CurrentUser() user: AuthenticatedUser, @Req() request: Request) {
    touched(request, { personIds: [user.personId as string], fields: ['disclosures'] });
    return this.disclosures.forPerson(user.personId as string);
  }

  @Post('admin/survey-export')
  @HttpCode(200)
  @Policy('manage', 'User')
  @AccessLogged({ action: 'export', resource: 'survey_export', inTransaction: true })
  survey(@CurrentUser() user: AuthenticatedUser, @Req() request: Request) {
    return this.disclosures.surveyExport(user, request);
  }
}
