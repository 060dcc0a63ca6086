import { Body, Controller, Get, Param, Patch, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RECTIFIABLE_FIELDS, type RectificationResult, type RectificationView } from '@spoor/domain';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import type { JsonBody } from '../platform/http/json-body';
import { RectifyPersonDto } from './dto/rectify-person.dto';
import { RECTIFICATION_PURPOSE, RectificationService } from './rectification.service';
import { ApiErrors } from '../platform/http/openapi';
import { RectificationResultDto } from './dto/privacy-responses.dto';
import { RectificationViewDto } from './dto/rectification.dto';

/** Rectification (art. 16 AVG): correcting personalia, and what the privacy officer needs to do it. */
@Controller()
export class RectificationController {
  constructor(private readonly rectification: RectificationService) {}

  @Patch('people/:id')
  @ApiTags('people')
  @Policy('update', 'Person')
  @AccessLogged({ action: 'update', resource: 'person', inTransaction: true })
  @ApiOkResponse({ type: RectificationResultDto, description: 'Which fields changed (names only)' })
  @ApiErrors(400, 404)
  rectify(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: RectifyPersonDto,
    @Req() request: Request,
  ): Promise<RectificationResult> {
    return this.rectification.rectify(user, id, body, request);
  }

  @Get('privacy-requests/:id/rectification')
  @ApiTags('privacy')
  @Policy('manage', 'PrivacyRequest')
  @AccessLogged({ action: 'read', resource: 'person', purpose: RECTIFICATION_PURPOSE })
  @ApiOkResponse({
    type: RectificationViewDto,
    description:
      "The person's current personalia while the request is open, and the corrections made under it (field names)",
  })
  @ApiErrors(404)
  async view(@Param('id', uuidParam('id')) id: string, @Req() request: Request): Promise<JsonBody<RectificationView>> {
    const view = await this.rectification.view(id);
    touched(request, {
      personIds: [view.personId],
      resourceId: id,
      fields: view.personalia ? RECTIFIABLE_FIELDS : [],
    });
    return view;
  }
}
