import { Controller, Get, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AccessEventView, AccessLogActor, AccessLogVerification, OwnAccessEventView, Paged } from '@spoor/domain';
import type { Request, Response } from 'express';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { accessLogCsv } from './access-log-csv';
import { AccessLogged } from './access-log.decorator';
import { AccessLogReadService } from './access-log-read.service';
import { touched } from './access-trail';
import { AccessSealService } from './access-seal.service';
import { AccessLogQuery, OwnAccessLogQuery } from './dto/access-log.query';
import type { JsonBody } from '../platform/http/json-body';
import { ApiBinaryResponse, ApiErrors } from '../platform/http/openapi';
import {
  AccessLogActorDto,
  AccessLogVerificationDto,
  PagedAccessEventViewDto,
  PagedOwnAccessEventViewDto,
} from './dto/access-log-responses.dto';

/** Fields of the log a privacy officer's search or export reads. */
const SEARCH_FIELDS = ['actorId', 'personIds', 'caseId', 'action', 'at'];

@ApiTags('access-log')
@Controller()
export class AccessLogController {
  constructor(
    private readonly events: AccessLogReadService,
    private readonly seals: AccessSealService,
  ) {}

  /** The privacy officer's view: every event, filtered; reading the log is itself logged. */
  @Get('access-log')
  @Policy('read', 'AccessLog')
  @AccessLogged({ action: 'search', resource: 'access_log' })
  @ApiOkResponse({ type: PagedAccessEventViewDto, description: 'Newest first' })
  @ApiErrors(400)
  async list(@Query() query: AccessLogQuery, @Req() request: Request): Promise<JsonBody<Paged<AccessEventView>>> {
    const page = await this.events.search(query);
    touched(request, { fields: SEARCH_FIELDS });
    return page;
  }

  /** The accounts the log can be filtered by, so the officer chooses a name instead of typing a UUID. */
  @Get('access-log/actors')
  @Policy('read', 'AccessLog')
  @AccessLogged({ action: 'list', resource: 'user' })
  @ApiOkResponse({ type: AccessLogActorDto, isArray: true, description: 'Every account but participants, by name' })
  async actors(@Req() request: Request): Promise<JsonBody<AccessLogActor[]>> {
    const actors = await this.events.actors();
    touched(request, { fields: ['displayName', 'role', 'organisation'] });
    return actors;
  }

  /** The same filters as a CSV download (at most 50,000 rows); the export itself is logged. */
  @Get('access-log/export')
  @Policy('export', 'AccessLog')
  @AccessLogged({ action: 'export', resource: 'access_log' })
  @ApiBinaryResponse(['text/csv'], 'The matching events as CSV (at most 50,000, oldest first), as a download')
  @ApiErrors(400)
  async export(
    @Query() query: AccessLogQuery,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const items = await this.events.forExport(query);
    touched(request, { fields: SEARCH_FIELDS });
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="access-log.csv"');
    response.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(accessLogCsv(items));
  }

  @Get('access-log/verify')
  @Policy('verify', 'AccessLog')
  @AccessLogged({ action: 'read', resource: 'access_log_verification' })
  @ApiOkResponse({
    type: AccessLogVerificationDto,
    description:
      "Seals what has settled, then checks every event's MAC, every seal and the chain, and the anchors this instance wrote",
  })
  async verify(): Promise<JsonBody<AccessLogVerification>> {
    await this.seals.sealPending();
    return this.seals.verify({ anchors: 'if-present' });
  }

  /** The participant's view: who looked at my data, when, what and why, in plain terms. */
  @Get('me/access-log')
  @Policy('read', 'OwnAccessLog')
  @AccessLogged({ action: 'read', resource: 'own_access_log' })
  @ApiOkResponse({ type: PagedOwnAccessEventViewDto, description: 'Newest first; allowed accesses only' })
  @ApiErrors(400)
  async mine(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: OwnAccessLogQuery,
    @Req() request: Request,
  ): Promise<JsonBody<Paged<OwnAccessEventView>>> {
    const page = await this.events.forParticipant(user, query);
    touched(request, { personIds: [user.personId as string], fields: ['accessEvents'] });
    return page;
  }
}
