import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  CryptoIntegrityError,
  KeyDestroyedError,
  parseDocumentHeader,
  type FileBlobStore,
  type KeyRing,
  type RotationResult,
} from '@spoor/crypto';
import type { DataSource } from 'typeorm';
import { ProcessDocument } from '../process-file/process-document.entity';
import { HealthDocument } from '../special-file/health-document.entity';
import {
  allEncryptedColumns,
  tableOf,
  type EncryptedColumnDefinition,
  type EntityClass,
} from '../platform/crypto/encrypted-column';
import type { KeyRings } from '../platform/crypto/key-rings';
import { shredSubjectInRing } from '../platform/crypto/shred';
import { documentContext } from '../platform/crypto/document-context';

export interface VerifyCounts {
  ok: number;
  /** Under a destroyed key: erased on purpose (crypto-shredding), not a fault. */
  erased: number;
  failed: number;
}

export interface VerifyReport {
  fields: Record<string, VerifyCounts>;
  documents: VerifyCounts;
  /**
   * Document rows whose stored file is gone (a lost or half-restored document folder): their content is lost,
   * so they fail the check. Stored files no row references are orphans (a crash between file and commit):
   * unreadable without a row, harmless, removed by the daily sweep; counted, not failed.
   */
  documentFiles: { missing: number; unreferenced: number };
  keys: Record<'process' | 'special', Array<{ kekId: string | null; count: number; destroyed: boolean }>>;
  ok: boolean;
}

const BATCH = 1000;

function classify(counts: VerifyCounts, error: unknown): void {
  if (error instanceof KeyDestroyedError) counts.erased++;
  else counts.failed++;
}

/**
 * `keys verify`: every encrypted value of every registered column and every stored document decrypts
 * (or is knowingly erased). Reads in keyset-paginated batches; never prints a value.
 */
export async function verifyEncryption(options: {
  rings: KeyRings;
  app: DataSource;
  special: DataSource;
  documents: FileBlobStore;
}): Promise<VerifyReport> {
  const byEntity = new Map<EntityClass, EncryptedColumnDefinition[]>();
  for (const definition of allEncryptedColumns()) {
    byEntity.set(definition.target, [...(byEntity.get(definition.target) ?? []), definition]);
  }
  const fields: Record<string, VerifyCounts> = {};
  for (const [entity, definitions] of byEntity) {
    const table = tableOf(entity);
    const special = definitions[0].ring === 's';
    const dataSource = special ? options.special : options.app;
    if (!dataSource.hasMetadata(entity as never)) continue; // not part of this deployment's entities
    const quoted = table
      .split('.')
      .map((part) => `"${part}"`)
      .join('.');
    for (const definition of definitions) {
      const counts: VerifyCounts = { ok: 0, erased: 0, failed: 0 };
      const ring = definition.ring === 'p' ? options.rings.process : options.rings.special;
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const rows: Array<{ id: string; value: string | null }> = await dataSource.query(
          `SELECT id::text AS id, "${definition.column}" AS value FROM ${quoted} WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
          [after],
        );
        if (rows.length === 0) break;
        for (const row of rows) {
          if (row.value === null) continue;
          try {
            await ring.decrypt(row.value, { table, column: definition.column, rowId: row.id });
            counts.ok++;
          } catch (error) {
            classify(counts, error);
          }
        }
        after = rows[rows.length - 1].id;
      }
      fields[`${table}.${definition.column}`] = counts;
    }
  }

  // Which row references which blob: a blob must open under the context of its own row (documentContext).
  const expectedContext = new Map<string, string>();
  const rowBlobs: string[] = [];
  for (const [dataSource, entity, table, ring] of [
    [options.app, ProcessDocument, 'public.process_documents', 'p'],
    [options.special, HealthDocument, 'special.health_documents', 's'],
  ] as const) {
    if (!dataSource.hasMetadata(entity)) continue;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: Array<{ id: string; blobId: string }> = await dataSource.query(
        `SELECT id::text AS id, blob_id::text AS "blobId" FROM ${table} WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        expectedContext.set(row.blobId, documentContext(ring, row.id));
        rowBlobs.push(row.blobId);
      }
      after = rows[rows.length - 1].id;
    }
  }

  const documents: VerifyCounts = { ok: 0, erased: 0, failed: 0 };
  const stored = new Set<string>();
  for await (const blobId of options.documents.list()) {
    stored.add(blobId);
    try {
      // An unreferenced blob (an orphan of a crash) can only be checked against its own header.
      const context = expectedContext.get(blobId) ?? (await readContext(options.documents, blobId));
      const resolveKey = async (ring: string, keyId: string) => {
        const source: KeyRing = ring === 's' ? options.rings.special : options.rings.process;
        return source.keyById(keyId);
      };
      await pipeline(options.documents.openDecrypted(blobId, { resolveKey, expectedContext: context }), discard());
      documents.ok++;
    } catch (error) {
      classify(documents, error);
    }
  }

  const documentFiles = { missing: rowBlobs.filter((blobId) => !stored.has(blobId)).length, unreferenced: 0 };
  for (const blobId of stored) if (!expectedContext.has(blobId)) documentFiles.unreferenced++;

  const keys = {
    process: await options.rings.process.keyCounts(),
    special: await options.rings.special.keyCounts(),
  };
  const ok =
    [...Object.values(fields), documents].every((counts) => counts.failed === 0) && documentFiles.missing === 0;
  return { fields, documents, documentFiles, keys, ok };
}

async function readContext(store: FileBlobStore, blobId: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of store.openRaw(blobId)) {
    chunks.push(chunk as Buffer);
    const header = parseDocumentHeader(Buffer.concat(chunks));
    if (header) return header.context;
    if (Buffer.concat(chunks).length > 70_000) break;
  }
  throw new CryptoIntegrityError('document has no readable header');
}

function discard(): Writable {
  return new Writable({ write: (_chunk, _encoding, callback) => callback() });
}

/** `keys rotate-master`: re-wrap every data key of the ring under its current master key. */
export async function rotateMasterKey(ring: KeyRing): Promise<RotationResult & { masterKeyId: string }> {
  const result = await ring.rotateMaster();
  return { ...result, masterKeyId: ring.currentMasterKeyId() };
}

/**
 * Crypto-shredding of one person: destroys their data keys in both rings, so every ciphertext under them,
 * in this database and in every backup, stops decrypting once the master keys of those backups are retired.
 * Blind indexes are derived from ring-wide keys; the rows holding them are erased by the erasure itself.
 */
/** Both rings (offline tools and tests that hold both connections). */
export async function shredSubject(
  options: { rings: KeyRings; app: DataSource; special: DataSource },
  subjectId: string,
): Promise<{ process: number; special: number; blindIndexes: number }> {
  const process = await shredSubjectInRing('p', options.rings.process, options.app, subjectId);
  const special = await shredSubjectInRing('s', options.rings.special, options.special, subjectId);
  return { process: process.keys, special: special.keys, blindIndexes: process.blindIndexes + special.blindIndexes };
}
