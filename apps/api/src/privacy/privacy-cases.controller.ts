import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import { ListPrivacyCasesQuery } from './dto/privacy-cases.query';
import { PRIVACY_CASE_FIELDS, PrivacyCasesService } from './privacy-cases.service';
import { ApiErrors } from '../platform/http/openapi';
import { PagedPrivacyCaseViewDto, PrivacyCaseDetailViewDto } from './dto/privacy-responses.dto';

/**
 * Cases as the privacy officer needs them for legal holds and restrictions (`PUT /cases/:id/legal-hold`,
 * `POST /people/:id/restriction/lift`): administrative facts only.
 */
@ApiTags('privacy')
@Controller('privacy/cases')
export class PrivacyCasesController {
  constructor(private readonly cases: PrivacyCasesService) {}

  @Get()
  @Policy('manage', 'Retention')
  @AccessLogged({ action: 'list', resource: 'case' })
  @ApiOkResponse({ type: PagedPrivacyCaseViewDto })
  @ApiErrors(400)
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListPrivacyCasesQuery, @Req() request: Request) {
    const result = await this.cases.list(user, query);
    touched(request, { personIds: result.personIds, fields: result.items.length ? PRIVACY_CASE_FIELDS : [] });
    return { items: result.items, total: result.total };
  }

  @Get(':id')
  @Policy('manage', 'Retention')
  @AccessLogged({ action: 'read', resource: 'case' })
  @ApiOkResponse({ type: PrivacyCaseDetailViewDto })
  @ApiErrors(400, 404)
  async detail(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
  ) {
    const result = await this.cases.detail(user, id);
    touched(request, {
      personIds: [result.personId],
      caseId: id,
      fields: [...PRIVACY_CASE_FIELDS, 'legalHoldReason', 'legalHoldBy'],
    });
    return result;
  }
}
