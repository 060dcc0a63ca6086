import { join } from 'node:path';
import { FileBlobStore } from '@spoor/crypto';
import { DataSource } from 'typeorm';
import { AuditKeyRing } from '../access-log/audit-key';
import type { AppConfig } from '../platform/config/config';
import { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { createProcessKeyRing, createSpecialKeyRing, sqlRunner, type KeyRings } from '../platform/crypto/key-rings';
import { appDataSourceOptions, specialDataSourceOptions } from '../data-sources';
import type { DatabaseUrls } from '../platform/database/provision';

/** What seeding (and other offline jobs) need: both connections, both key rings, the document store. */
export interface JobContext {
  app: DataSource;
  special: DataSource;
  rings: KeyRings;
  fields: EncryptedFields;
  documents: FileBlobStore;
  /** Access events written offline carry their MAC like every other (verify refuses a MAC-less one). */
  auditKeys: AuditKeyRing;
  close(): Promise<void>;
}

export async function openJobContext(config: AppConfig, urls: DatabaseUrls): Promise<JobContext> {
  const app = new DataSource(appDataSourceOptions(urls.app));
  const special = new DataSource(specialDataSourceOptions(urls.special));
  await app.initialize();
  try {
    await special.initialize();
  } catch (error) {
    await app.destroy();
    throw error;
  }
  const rings = {
    process: createProcessKeyRing(config, sqlRunner(app)),
    special: createSpecialKeyRing(config, sqlRunner(special)),
  };
  const documents = new FileBlobStore(join(config.dataDir, 'documents'));
  await documents.init();
  return {
    app,
    special,
    rings,
    fields: new EncryptedFields(rings),
    auditKeys: AuditKeyRing.fromConfig(config),
    documents,
    async close() {
      await app.destroy();
      await special.destroy();
    },
  };
}
