import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { BreakGlassLookupResult } from '@spoor/domain';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import type { JsonBody } from '../platform/http/json-body';
import { ApiErrors } from '../platform/http/openapi';
import { BreakGlassService } from './break-glass.service';
import { BreakGlassLookupDto, BreakGlassLookupResultDto } from './dto/break-glass-lookup.dto';

/** Break-the-glass from the screens: find the case by its reference, then `POST /cases/:id/break-glass`. */
@ApiTags('special-file')
@Controller('break-glass')
export class BreakGlassController {
  constructor(private readonly breakGlass: BreakGlassService) {}

  /**
   * A POST, so the reference stays out of URLs and logs. Answers the case's id or 404, nothing else; every
   * lookup is logged and counted (429 after too many in an hour).
   */
  @Post('lookup')
  @HttpCode(200)
  @Policy('break_glass', 'Case')
  @AccessLogged({ action: 'search', resource: 'break_glass_lookup', purpose: 'emergency_access', inTransaction: true })
  @ApiOkResponse({ type: BreakGlassLookupResultDto, description: 'The case exists and the glass may be broken on it' })
  @ApiErrors(400, 404, 429)
  lookup(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: BreakGlassLookupDto,
    @Req() request: Request,
  ): Promise<JsonBody<BreakGlassLookupResult>> {
    return this.breakGlass.lookup(user, body.reference, request);
  }
}
