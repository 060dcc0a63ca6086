import { join } from 'node:path';
import { Global, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { FileBlobStore, type KeyRing } from '@spoor/crypto';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { EncryptedFields } from './encrypted-fields';
import { createProcessKeyRing, sqlRunner } from './key-rings';

export const PROCESS_KEY_RING = Symbol('PROCESS_KEY_RING');
/** EncryptedFields over the process ring only: what every process-file feature gets. */
export const PROCESS_FIELDS = Symbol('PROCESS_FIELDS');
export const DOCUMENT_STORE = Symbol('DOCUMENT_STORE');

/**
 * Wires libs/crypto into Nest for the process file: the process key ring (keys in `public.data_keys`, read
 * through the `spoor_app` connection), the field helper over it, and the encrypted document store. The
 * special key ring is not here: it belongs to the special-file module alone (special-file.module.ts).
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
      provide: PROCESS_FIELDS,
      inject: [PROCESS_KEY_RING],
      useFactory: (process: KeyRing) => new EncryptedFields({ process }),
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
  exports: [PROCESS_KEY_RING, PROCESS_FIELDS, DOCUMENT_STORE],
})
export class CryptoModule {}
