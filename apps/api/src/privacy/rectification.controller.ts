import { Body, Controller, Param, Patch, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { RectificationResult } from '@spoor/domain';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import { RectifyPersonDto } from './dto/rectify-person.dto';
import { RectificationService } from './rectification.service';
import { ApiErrors } from '../platform/http/openapi';
import { RectificationResultDto } from './dto/privacy-responses.dto';

@ApiTags('people')
@Controller('people')
export class RectificationController {
  constructor(private readonly rectification: RectificationService) {}

  @Patch(':id')
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
}
