import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { SPECIAL_CONNECTION } from '../platform/database/connections';
import { Public } from '../security/public.decorator';
import { NoPersonalData } from '../access-log/access-log.decorator';

const PROBE_TIMEOUT_MS = 2000;

async function probe(dataSource: DataSource): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS);
    });
    await Promise.race([dataSource.query('SELECT 1'), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly app: DataSource,
    @InjectDataSource(SPECIAL_CONNECTION) private readonly special: DataSource,
  ) {}

  @Get()
  @Public('load balancers and monitoring probe it without a session')
  @NoPersonalData('database status only')
  @ApiOkResponse({ schema: { example: { status: 'ok', database: 'up' } } })
  @ApiServiceUnavailableResponse({ description: 'A database connection pool does not answer.' })
  async check(@Res({ passthrough: true }) res: Response) {
    const [appUp, specialUp] = await Promise.all([probe(this.app), probe(this.special)]);
    if (appUp && specialUp) return { status: 'ok', database: 'up' };
    res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return {
      statusCode: HttpStatus.SERVICE_UNAVAILABLE,
      message: 'database unavailable',
      error: 'Service Unavailable',
      status: 'error',
      database: 'down',
    };
  }
}
