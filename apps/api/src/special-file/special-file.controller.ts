import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { BreakGlassGrantView, SpecialFileView } from '@spoor/domain';
import { IsString, Length } from 'class-validator';
import type { Request, Response } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import type { JsonBody } from '../platform/http/json-body';
import { ApiErrors, ApiOneOfResponse } from '../platform/http/openapi';
import { BreakGlassService } from './break-glass.service';
import { BreakGlassGrantViewDto, SpecialFileCapacitiesDto, SpecialFileFullDto } from './dto/special-file-responses.dto';
import { SpecialFileService } from './special-file.service';

export class BreakGlassDto {
  @ApiProperty({ example: 'Participant called in distress; assigned expert unreachable' })
  @IsString()
  @Length(10, 1000, { message: 'reason must be 10 to 1000 characters' })
  reason!: string;
}

@ApiTags('special-file')
@Controller('cases/:id')
export class SpecialFileController {
  constructor(
    private readonly specialFile: SpecialFileService,
    private readonly breakGlass: BreakGlassService,
  ) {}

  @Get('special-file')
  @Policy('read', 'Case')
  @AccessLogged({ action: 'read', resource: 'special_file' })
  @ApiOneOfResponse(
    200,
    'The labour expert sees the whole file (scope full), the coach only the capacities (Cache-Control: no-store)',
    SpecialFileFullDto,
    SpecialFileCapacitiesDto,
  )
  @ApiErrors(400, 403, 404)
  async read(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<JsonBody<SpecialFileView>> {
    response.setHeader('Cache-Control', 'no-store');
    const result = await this.specialFile.read(user, id);
    touched(request, {
      personIds: [result.personId],
      caseId: id,
      fields: result.fields,
      breakGlass: result.breakGlass,
      breakGlassGrantId: result.breakGlassGrantId,
    });
    // The service builds one of the two scopes (typed as a plain record there).
    return result.body as JsonBody<SpecialFileView>;
  }

  @Post('break-glass')
  @HttpCode(201)
  @Policy('break_glass', 'Case')
  @AccessLogged({ action: 'break_glass', resource: 'special_file', purpose: 'emergency_access', inTransaction: true })
  @ApiCreatedResponse({
    type: BreakGlassGrantViewDto,
    description: 'Emergency access to the special file until expiresAt; the privacy officer reviews it',
  })
  @ApiErrors(400, 404, 409)
  open(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: BreakGlassDto,
    @Req() request: Request,
  ): Promise<JsonBody<BreakGlassGrantView>> {
    touched(request, { caseId: id, breakGlass: true });
    return this.breakGlass.open(user, id, body.reason, request);
  }
}
