import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import type { Request, Response } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import { BreakGlassService } from './break-glass.service';
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
  async read(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    response.setHeader('Cache-Control', 'no-store');
    const result = await this.specialFile.read(user, id);
    touched(request, { personIds: [result.personId], caseId: id, fields: result.fields, breakGlass: result.breakGlass, breakGlassGrantId: result.breakGlassGrantId });
    return result.body;
  }

  @Post('break-glass')
  @HttpCode(201)
  @Policy('break_glass', 'Case')
  @AccessLogged({ action: 'break_glass', resource: 'special_file', purpose: 'emergency_access', inTransaction: true })
  open(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Body() body: BreakGlassDto, @Req() request: Request) {
    touched(request, { caseId: id, breakGlass: true });
    return this.breakGlass.open(user, id, body.reason, request);
  }
}
