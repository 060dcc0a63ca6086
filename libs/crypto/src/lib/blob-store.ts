import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, constants as fsConstants } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { pipeline as streamPipeline, Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createDecryptStream, createEncryptStream, type DecryptDocumentOptions } from './document-stream';
import type { RingName } from './field-cipher';

export class BlobTooLargeError extends Error {
  override name = 'BlobTooLargeError';
}

const BLOB_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface StoredBlob {
  blobId: string;
  /** Bytes of the document before encryption. */
  size: number;
}

/**
 * Encrypted documents on the local disk. Names are server-made UUIDs (never a path a user chose). A write goes
 * to `tmp/` first, is fsync'ed and then renamed into place, so a crash never leaves half a document under a
 * real name. The caller references the blob in a database row only after the write returned, and removes it
 * again if that transaction fails; `sweepOrphans` removes blobs no row references (a crash between rename
 * and commit) and stale temporary files.
 */
export class FileBlobStore {
  constructor(private readonly root: string) {}

  private pathOf(blobId: string): string {
    if (!BLOB_ID.test(blobId)) throw new TypeError('invalid blob id');
    return join(this.root, blobId.slice(0, 2), `${blobId}.spd`);
  }

  async init(): Promise<void> {
    await mkdir(join(this.root, 'tmp'), { recursive: true, mode: 0o700 });
  }

  async write(
    source: Readable,
    options: { ring: RingName; keyId: string; dataKey: Buffer; context: (blobId: string) => string; maxBytes?: number },
  ): Promise<StoredBlob> {
    await this.init();
    const blobId = randomUUID();
    const temporary = join(this.root, 'tmp', `${blobId}.part`);
    let size = 0;
    const limit = options.maxBytes ?? Number.POSITIVE_INFINITY;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        if (size > limit) return callback(new BlobTooLargeError(`document exceeds ${limit} bytes`));
        callback(null, chunk);
      },
    });
    const file = createWriteStream(temporary, { flags: 'wx', mode: 0o600 });
    try {
      await pipeline(
        source,
        counter,
        createEncryptStream({
          ring: options.ring,
          keyId: options.keyId,
          dataKey: options.dataKey,
          context: options.context(blobId),
        }),
        file,
      );
      await fsyncPath(temporary);
      const target = this.pathOf(blobId);
      await mkdir(join(this.root, blobId.slice(0, 2)), { recursive: true, mode: 0o700 });
      await rename(temporary, target);
      await fsyncPath(join(this.root, blobId.slice(0, 2)));
      return { blobId, size };
    } catch (error) {
      // The file is opened asynchronously: when the source fails at once, the open may finish after the
      // pipeline has rejected. Wait until the stream has closed, or the removal could run before the file exists.
      if (!file.closed) await once(file, 'close').catch(() => undefined);
      await rm(temporary, { force: true });
      throw error;
    }
  }

  /** The decrypted document as a stream; authentication errors surface as stream errors. */
  openDecrypted(blobId: string, options: DecryptDocumentOptions): Readable {
    const decrypt = createDecryptStream(options);
    // pipeline() destroys both ends when either fails or the reader gives up: no file descriptor leaks.
    return streamPipeline(createReadStream(this.pathOf(blobId)), decrypt, () => undefined) as Transform;
  }

  /** The stored (encrypted) bytes, for verification and backups. */
  openRaw(blobId: string): Readable {
    return createReadStream(this.pathOf(blobId));
  }

  async exists(blobId: string): Promise<boolean> {
    try {
      await stat(this.pathOf(blobId));
      return true;
    } catch {
      return false;
    }
  }

  async remove(blobId: string): Promise<void> {
    await rm(this.pathOf(blobId), { force: true });
  }

  async *list(): AsyncGenerator<string> {
    let shards: string[];
    try {
      shards = await readdir(this.root);
    } catch {
      return;
    }
    for (const shard of shards.filter((name) => /^[0-9a-f]{2}$/.test(name)).sort()) {
      for (const file of (await readdir(join(this.root, shard))).sort()) {
        const id = file.replace(/\.spd$/, '');
        if (BLOB_ID.test(id)) yield id;
      }
    }
  }

  /** Removes blobs no row references and temporary files older than `olderThanMs`. */
  async sweepOrphans(
    isReferenced: (blobId: string) => Promise<boolean>,
    olderThanMs = 60 * 60 * 1000,
  ): Promise<number> {
    let removed = 0;
    const cutoff = Date.now() - olderThanMs;
    for await (const blobId of this.list()) {
      const info = await stat(this.pathOf(blobId));
      if (info.mtimeMs < cutoff && !(await isReferenced(blobId))) {
        await this.remove(blobId);
        removed++;
      }
    }
    try {
      for (const file of await readdir(join(this.root, 'tmp'))) {
        const path = join(this.root, 'tmp', file);
        if ((await stat(path)).mtimeMs < cutoff) {
          await rm(path, { force: true });
          removed++;
        }
      }
    } catch {
      // no tmp folder yet
    }
    return removed;
  }
}

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, fsConstants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
