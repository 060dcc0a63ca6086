import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { RetentionRunResult } from '@spoor/domain';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { RetentionRunDto } from './dto/retention.dto';
import { RetentionService } from './retention.service';
import { ApiErrors } from '../platform/http/openapi';
import { RetentionRunResultDto } from './dto/privacy-responses.dto';

@ApiTags('privacy')
@Controller('retention')
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  @Post('run')
  @HttpCode(200)
  @Policy('manage', 'Retention')
  @AccessLogged({ action: 'delete', resource: 'retention', inTransaction: true })
  @ApiOkResponse({
    type: RetentionRunResultDto,
    description: 'What is (dryRun, the default) or was erased per category, and why',
  })
  @ApiErrors(400)
  run(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: RetentionRunDto,
    @Req() request: Request,
  ): Promise<RetentionRunResult> {
    return this.retention.run(user, body.dryRun ?? true, request);
  }
}
