import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from './platform/config/config';
import { APP_CONFIG } from './platform/config/config.module';
import { HttpExceptionFilter } from './platform/http/http-exception.filter';
import { createValidationPipe } from './platform/http/validation.pipe';
import { appDataSourceOptions, specialDataSourceOptions } from './data-sources';
import type { DatabaseUrls } from './platform/database/provision';
import { AccessLogModule } from './access-log/access-log.module';
import { AdminModule } from './admin/admin.module';
import { AuthModule } from './auth/auth.module';
import { SecurityModule } from './security/security.module';
import { InvitationsModule } from './invitations/invitations.module';
import { CasesModule } from './cases/cases.module';
import { CryptoModule } from './platform/crypto/crypto.module';
import { DisclosuresModule } from './disclosures/disclosures.module';
import { DocumentsModule } from './documents/documents.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { PrivacyModule } from './privacy/privacy.module';
import { ProcessFileModule } from './process-file/process-file.module';
import { SpecialFileModule } from './special-file/special-file.module';
import { PoortwachterModule } from './poortwachter/poortwachter.module';
import { AppLoggerModule } from './platform/logging/logger.module';
import { WorklistsModule } from './worklists/worklists.module';
import { SECOND_FACTOR_REPLAY_EXEMPT } from './auth/second-factor-replay';
import { demoSecondFactorReplayExemption } from './seed/demo-secret';

export interface AppModuleOptions {
  config: AppConfig;
  urls: DatabaseUrls;
  /** Where structured logs go (default stdout); tests capture them to prove nothing personal is logged. */
  logStream?: NodeJS.WritableStream;
  /**
   * The daily jobs (default on; their timers run outside tests). A command-line context leaves them out: it
   * must not start a scheduler of its own.
   */
  jobs?: boolean;
}

@Module({})
export class AppModule {
  static register({ config, urls, logStream, jobs = true }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        // Route inventories (policy and access-log declarations) enumerate controllers through it.
        DiscoveryModule,
        AppLoggerModule.forRoot(config.logLevel, logStream, { pretty: config.nodeEnv === 'development' }),
        TypeOrmModule.forRoot({ ...appDataSourceOptions(urls.app), retryAttempts: 2, retryDelay: 500 }),
        CryptoModule,
        AccessLogModule,
        SecurityModule,
        AuthModule,
        InvitationsModule,
        AdminModule,
        CasesModule,
        // The only holder of the spoor_special pool and the special key ring; exports narrow services only.
        SpecialFileModule.forRoot(specialDataSourceOptions(urls.special)),
        PoortwachterModule,
        ProcessFileModule,
        DocumentsModule,
        PrivacyModule,
        DisclosuresModule,
        WorklistsModule,
        HealthModule,
        ...(jobs ? [JobsModule.register({ scheduled: config.nodeEnv !== 'test' })] : []),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        // Auth's TOTP replay exemption comes from the demo seed's configuration, and only for an explicit
        // NODE_ENV=development (the demo, the browser e2e): empty in production and in tests (a spec that reuses
        // a code opts in with nodeEnv 'development', or logs in with fresh codes).
        {
          provide: SECOND_FACTOR_REPLAY_EXEMPT,
          useValue: demoSecondFactorReplayExemption(config.nodeEnv),
        },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [APP_CONFIG, SECOND_FACTOR_REPLAY_EXEMPT],
    };
  }
}
