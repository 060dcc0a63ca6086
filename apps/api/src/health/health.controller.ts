import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { probe } from '../platform/database/probe';
import { HealthDataService } from '../special-file/health-data.service';
import { Public } from '../security/public.decorator';
import { NoPersonalData } from '../access-log/access-log.decorator';
import type { HealthStatus, HealthUnavailable } from '@spoor/domain';
import { HealthStatusDto, HealthUnavailableDto } from './health-status.dto';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly app: DataSource,
    private readonly specialFile: HealthDataService,
  ) {}

  @Get()
  @Public('load balancers and monitoring probe it without a session')
  @NoPersonalData('database status only')
  @ApiOkResponse({ type: HealthStatusDto })
  @ApiServiceUnavailableResponse({
    type: HealthUnavailableDto,
    description: 'A database connection pool does not answer.',
  })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthStatus | HealthUnavailable> {
    const [appUp, specialUp] = await Promise.all([probe(this.app), this.specialFile.reachable()]);
    if (appUp && specialUp) return { status: 'ok', database: 'up' };
    res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return {
      statusCode: HttpStatus.SERVICE_UNAVAILABLE,
      code: 'SERVICE_UNAVAILABLE',
      message: 'database unavailable',
      error: 'Service Unavailable',
      status: 'error',
      database: 'down',
    };
  }
}
