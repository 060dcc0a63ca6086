import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AccessLogController } from './access-log.controller';
import { AccessLogInterceptor } from './access-log.interceptor';
import { AccessLogService } from './access-log.service';
import { AccessSealService } from './access-seal.service';

@Global()
@Module({
  controllers: [AccessLogController],
  providers: [AccessLogService, AccessSealService, { provide: APP_INTERCEPTOR, useClass: AccessLogInterceptor }],
  exports: [AccessLogService, AccessSealService],
})
export class AccessLogModule {}
