import { join } from 'node:path';
import { Global, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { FileBlobStore, type KeyRing } from '@spoor/crypto';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { SPECIAL_CONNECTION } from '../database/connections';
import { EncryptedFields } from './encrypted-fields';
import { createProcessKeyRing, createSpecialKeyRing, sqlRunner } from './key-rings';

export const PROCESS_KEY_RING = Symbol('PROCESS_KEY_RING');
export const SPECIAL_KEY_RING = Symbol('SPECIAL_KEY_RING');
/** EncryptedFields over the process ring only: what process-file modules get. */
export const PROCESS_FIELDS = Symbol('PROCESS_FIELDS');
/** EncryptedFields over both rings: for the special-file module only. */
export const SPECIAL_FIELDS = Symbol('SPECIAL_FIELDS');
export const DOCUMENT_STORE = Symbol('DOCUMENT_STORE');

/**
 * Wires libs/crypto into Nest. The special key ring reads its keys through the `spoor_special` connection,
 * so a module that only holds the app connection could not unwrap a special-file key even if handed the ring.
 */
@Global()
@Module({
  providers: [
    {
      provide: PROCESS_KEY_RING,
      inject: [APP_CONFIG, getDataSourceToken()],
      useFactory: (config: AppConfig, dataSource: DataSource) => createProcessKeyRing(config, sqlRunner(dataSource)),
    },
    {
      provide: SPECIAL_KEY_RING,
      inject: [APP_CONFIG, getDataSourceToken(SPECIAL_CONNECTION)],
      useFactory: (config: AppConfig, dataSource: DataSource) => createSpecialKeyRing(config, sqlRunner(dataSource)),
    },
    {
      provide: PROCESS_FIELDS,
      inject: [PROCESS_KEY_RING],
      useFactory: (process: KeyRing) => new EncryptedFields({ process }),
    },
    {
      provide: SPECIAL_FIELDS,
      inject: [PROCESS_KEY_RING, SPECIAL_KEY_RING],
      useFactory: (process: KeyRing, special: KeyRing) => new EncryptedFields({ process, special }),
    },
    {
      provide: DOCUMENT_STORE,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => {
        const store = new FileBlobStore(join(config.dataDir, 'documents'));
        await store.init();
        return store;
      },
    },
  ],
  exports: [PROCESS_KEY_RING, SPECIAL_KEY_RING, PROCESS_FIELDS, SPECIAL_FIELDS, DOCUMENT_STORE],
})
export class CryptoModule {}
