import { Inject, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { KeyRing } from '@spoor/crypto';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { CasesModule } from '../cases/cases.module';
import type { AppConfig } from '../platform/config/config';
import { APP_CONFIG } from '../platform/config/config.module';
import { PROCESS_KEY_RING } from '../platform/crypto/crypto.module';
import { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { createSpecialKeyRing, sqlRunner } from '../platform/crypto/key-rings';
import { AssessmentCoverageService } from './assessment-coverage.service';
import { BreakGlassService } from './break-glass.service';
import { HealthDataService } from './health-data.service';
import { HealthDocumentsService } from './health-documents.service';
import { SicknessEventsController } from './sickness-events.controller';
import { SicknessChanges } from './sickness-changes';
import { SicknessEventsService } from './sickness-events.service';
import { SpecialFileController } from './special-file.controller';
import { BreakGlassController } from './break-glass.controller';
import { SpecialFileService } from './special-file.service';
import { SpecialFileWriter, SpecialFileWritesController } from './special-file-writes';
import { SpecialFileFormsController } from './special-file-forms.controller';
import { SpecialFileFormsService } from './special-file-forms.service';
import { WaitingPeriodExtensionsController } from './waiting-period-extensions.controller';
import { WaitingPeriodExtensionsService } from './waiting-period-extensions.service';
import { SPECIAL_DATABASE_OPTIONS, SPECIAL_DATA_SOURCE, SPECIAL_FIELDS, SPECIAL_KEY_RING } from './special-file.tokens';

/** Opens the `spoor_special` pool (two tries, as the app pool), and closes it when the application stops. */
class SpecialConnection implements OnApplicationShutdown {
  private readonly logger = new Logger('SpecialConnection');
  constructor(@Inject(SPECIAL_DATA_SOURCE) private readonly dataSource: DataSource) {}

  static async open(options: DataSourceOptions): Promise<DataSource> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await new DataSource(options).initialize();
      } catch (error) {
        if (attempt >= 3) throw error;
        new Logger('SpecialConnection').warn(`special connection failed (${(error as Error).name}); retrying`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized)
      await this.dataSource.destroy().catch((error: unknown) => this.logger.warn((error as Error).name));
  }
}

/**
 * The special file (health data) and the only module that holds the `spoor_special` connection, the special
 * key ring and the special entities. They are providers of this module and exported to no one: Nest's module
 * encapsulation keeps every other module from being handed them (proved by
 * special-file-segregation.integration-spec.ts), and PostgreSQL's grants keep the `spoor_app` pool out of the
 * `special` schema. Other features use the narrow exported services: SpecialFileService (the file as a
 * reader may see it), HealthDocumentsService (upload/download), HealthDataService (erasure, key shredding,
 * blob references, the health probe), AssessmentCoverageService (which cases have an FML) and
 * SicknessEventsService and WaitingPeriodExtensionsService (a person's sickness periods and the extensions of
 * their waiting period: dates only, for the Poortwachter timeline).
 */
@Module({})
export class SpecialFileModule {
  /**
   * Registered once, by the composition root, as a global module: every feature may use the exported narrow
   * services without importing it, and no feature can be handed anything else of it (Nest exports only what
   * `exports` lists; the pool's options, the connection, the ring and the fields stay private).
   */
  static forRoot(options: DataSourceOptions): DynamicModule {
    return {
      module: SpecialFileModule,
      global: true,
      imports: [CasesModule],
      controllers: [
        SpecialFileController,
        BreakGlassController,
        SpecialFileWritesController,
        SpecialFileFormsController,
        SicknessEventsController,
        WaitingPeriodExtensionsController,
      ],
      providers: [
        { provide: SPECIAL_DATABASE_OPTIONS, useValue: options },
        {
          provide: SPECIAL_DATA_SOURCE,
          inject: [SPECIAL_DATABASE_OPTIONS],
          useFactory: (poolOptions: DataSourceOptions) => SpecialConnection.open(poolOptions),
        },
        SpecialConnection,
        {
          provide: SPECIAL_KEY_RING,
          inject: [APP_CONFIG, SPECIAL_DATA_SOURCE],
          useFactory: (config: AppConfig, dataSource: DataSource) =>
            createSpecialKeyRing(config, sqlRunner(dataSource)),
        },
        {
          provide: SPECIAL_FIELDS,
          inject: [PROCESS_KEY_RING, SPECIAL_KEY_RING],
          useFactory: (process: KeyRing, special: KeyRing) => new EncryptedFields({ process, special }),
        },
        SpecialFileService,
        BreakGlassService,
        SpecialFileWriter,
        SpecialFileFormsService,
        AssessmentCoverageService,
        HealthDocumentsService,
        HealthDataService,
        SicknessEventsService,
        WaitingPeriodExtensionsService,
        SicknessChanges,
      ],
      exports: [
        SpecialFileService,
        AssessmentCoverageService,
        HealthDocumentsService,
        HealthDataService,
        SicknessEventsService,
        WaitingPeriodExtensionsService,
        SicknessChanges,
      ],
    };
  }
}
