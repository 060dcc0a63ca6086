import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ACCESS_DENIALS } from '../security/access-denials';
import { AccessLogController } from './access-log.controller';
import { AccessLogReadService } from './access-log-read.service';
import { AccessLogInterceptor } from './access-log.interceptor';
import { AccessLogService } from './access-log.service';
import { AccessSealService } from './access-seal.service';
import { AUDIT_KEY_RING, AuditKeyRing } from './audit-key';
import type { AppConfig } from '../platform/config/config';
import { APP_CONFIG } from '../platform/config/config.module';

@Global()
@Module({
  controllers: [AccessLogController],
  providers: [
    {
      provide: AUDIT_KEY_RING,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => AuditKeyRing.fromConfig(config),
    },
    AccessLogService,
    { provide: ACCESS_DENIALS, useExisting: AccessLogService },
    AccessSealService,
    AccessLogReadService,
    { provide: APP_INTERCEPTOR, useClass: AccessLogInterceptor },
  ],
  exports: [AccessLogService, ACCESS_DENIALS, AccessSealService, AccessLogReadService],
})
export class AccessLogModule {}
