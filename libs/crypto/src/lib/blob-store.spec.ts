import { randomBytes, randomUUID } from 'node:crypto';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { BlobTooLargeError, FileBlobStore } from './blob-store';
import { CryptoIntegrityError } from './errors';
import type { RingName } from './field-cipher';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const keyId = randomUUID();
const dataKey = randomBytes(32);
const contextOf = (blobId: string): string => `documents/${blobId}`;

/** 300,000 bytes of recognisable text. */
const plaintext = Buffer.alloc(
  300_000,
  'Verslag bedrijfsarts over Jan de Vries, BSN 123456782: rugklachten, werkhervatting 50%.\n',
);

function* chunksOf(data: Buffer, size: number): Generator<Buffer> {
  for (let offset = 0; offset < data.length; offset += size) yield data.subarray(offset, offset + size);
}

function sourceOf(data: Buffer): Readable {
  return Readable.from(chunksOf(data, 16 * 1024));
}

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function listed(store: FileBlobStore): Promise<string[]> {
  const ids: string[] = [];
  for await (const id of store.list()) ids.push(id);
  return ids;
}

describe('FileBlobStore', () => {
  let root: string;
  let store: FileBlobStore;

  const write = (source: Readable, maxBytes?: number) =>
    store.write(source, { ring: 'p', keyId, dataKey, context: contextOf, maxBytes });

  const decryptOptions = (expectedContext: string, asked: Array<[RingName, string]> = []) => ({
    resolveKey: async (ring: RingName, id: string) => {
      asked.push([ring, id]);
      return dataKey;
    },
    expectedContext,
  });

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'spoor-blob-store-'));
    store = new FileBlobStore(root);
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('stores a document under a new uuid and reports its plaintext size', async () => {
    const contexts: string[] = [];
    const stored = await store.write(sourceOf(plaintext), {
      ring: 'p',
      keyId,
      dataKey,
      context: (blobId) => {
        contexts.push(blobId);
        return contextOf(blobId);
      },
    });
    expect(stored.blobId).toMatch(UUID);
    expect(stored.size).toBe(300_000);
    expect(contexts).toEqual([stored.blobId]);
    expect(await store.exists(stored.blobId)).toBe(true);
  });

  it('keeps only ciphertext on disk', async () => {
    const { blobId } = await write(sourceOf(plaintext));
    const raw = await readAll(store.openRaw(blobId));
    expect(raw.length).toBeGreaterThan(plaintext.length);
    expect(raw.includes(plaintext.subarray(0, 32))).toBe(false);
    expect(raw.includes(plaintext.subarray(150_000, 150_032))).toBe(false);
    expect(raw.includes(Buffer.from('Jan de Vries'))).toBe(false);
    expect(raw.includes(Buffer.from('123456782'))).toBe(false);
    for (const file of await filesUnder(root)) {
      expect(file).not.toContain('Jan');
    }
  });

  it('gives the document back with the right context', async () => {
    const { blobId } = await write(sourceOf(plaintext));
    const asked: Array<[RingName, string]> = [];
    const decrypted = await readAll(store.openDecrypted(blobId, decryptOptions(contextOf(blobId), asked)));
    expect(decrypted.equals(plaintext)).toBe(true);
    expect(asked).toEqual([['p', keyId]]);
  });

  it('refuses to give the document back under another context', async () => {
    const { blobId } = await write(sourceOf(plaintext));
    const reading = readAll(store.openDecrypted(blobId, decryptOptions(contextOf(randomUUID()))));
    await expect(reading).rejects.toBeInstanceOf(CryptoIntegrityError);
  });

  it('refuses a blob file copied over another blob', async () => {
    const first = await write(sourceOf(plaintext));
    const second = await write(sourceOf(Buffer.from('a different document')));
    const files = await filesUnder(root);
    const fileOf = (blobId: string): string => {
      const file = files.find((candidate) => candidate.includes(blobId));
      if (!file) throw new Error(`no file for blob ${blobId}`);
      return file;
    };
    await copyFile(fileOf(first.blobId), fileOf(second.blobId));
    const reading = readAll(store.openDecrypted(second.blobId, decryptOptions(contextOf(second.blobId))));
    await expect(reading).rejects.toBeInstanceOf(CryptoIntegrityError);
  });

  it('refuses a document over maxBytes and leaves nothing behind', async () => {
    await expect(write(sourceOf(plaintext), 100_000)).rejects.toBeInstanceOf(BlobTooLargeError);
    expect(await listed(store)).toEqual([]);
    expect(await readdir(join(root, 'tmp'))).toEqual([]);
    expect(await filesUnder(root)).toEqual([]);
  });

  it('accepts a document of exactly maxBytes', async () => {
    const stored = await write(sourceOf(plaintext), 300_000);
    expect(stored.size).toBe(300_000);
  });

  it('leaves nothing behind when the source fails before the file is even open (a refused upload)', async () => {
    // An upload refused by its first bytes (wrong type) fails at once: the temporary file's open is still in
    // flight when the write rejects, so removing it must wait for the file to close.
    for (let i = 0; i < 20; i++) {
      const source = new Readable({
        read() {
          // nothing to give: the source fails before it is read
        },
      });
      source.on('error', () => undefined); // as the upload's type gate does: it may fail before the store attaches
      source.destroy(new Error('unsupported type'));
      await expect(write(source)).rejects.toThrow('unsupported type');
      expect(await readdir(join(root, 'tmp'))).toEqual([]);
    }
    expect(await filesUnder(root)).toEqual([]);
  });

  it('leaves nothing behind when the upload breaks off half-way', async () => {
    let sent = 0;
    const source = new Readable({
      read() {
        if (sent >= 150_000) {
          this.destroy(new Error('connection reset by peer'));
          return;
        }
        this.push(plaintext.subarray(sent, sent + 16 * 1024));
        sent += 16 * 1024;
      },
    });
    await expect(write(source)).rejects.toThrow('connection reset by peer');
    expect(sent).toBeGreaterThanOrEqual(150_000);
    expect(await listed(store)).toEqual([]);
    expect(await readdir(join(root, 'tmp'))).toEqual([]);
    expect(await filesUnder(root)).toEqual([]);
  });

  it('lists the blobs it holds', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await write(sourceOf(Buffer.from(`document ${i}`)))).blobId);
    expect((await listed(store)).sort()).toEqual(ids.sort());
  });

  it('lists nothing for a store that was never written to', async () => {
    expect(await listed(new FileBlobStore(join(root, 'does-not-exist')))).toEqual([]);
  });

  it('sweeps away a blob no row references', async () => {
    const { blobId } = await write(sourceOf(plaintext));
    await new Promise((resolve) => setTimeout(resolve, 5)); // the file must be older than "now"
    const asked: string[] = [];
    const removed = await store.sweepOrphans(async (id) => {
      asked.push(id);
      return false;
    }, 0);
    expect(removed).toBe(1);
    expect(asked).toEqual([blobId]);
    expect(await store.exists(blobId)).toBe(false);
    expect(await listed(store)).toEqual([]);
  });

  it('keeps blobs that a row references', async () => {
    const { blobId } = await write(sourceOf(plaintext));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await store.sweepOrphans(async () => true, 0)).toBe(0);
    const decrypted = await readAll(store.openDecrypted(blobId, decryptOptions(contextOf(blobId))));
    expect(decrypted.equals(plaintext)).toBe(true);
  });

  it('keeps unreferenced blobs younger than the grace period', async () => {
    const { blobId } = await write(sourceOf(plaintext));
    expect(await store.sweepOrphans(async () => false)).toBe(0);
    expect(await store.exists(blobId)).toBe(true);
  });

  it('removes a blob on request', async () => {
    const { blobId } = await write(sourceOf(plaintext));
    await store.remove(blobId);
    expect(await store.exists(blobId)).toBe(false);
    expect(await listed(store)).toEqual([]);
  });

  describe('blob ids that are not server-made uuids', () => {
    it.each([
      '../../etc/passwd',
      '..',
      '',
      'tmp',
      '3b241101-e2bb-4255-8caf-4136c566a962/../../x',
      '../3b241101-e2bb-4255-8caf-4136c566a962',
      '3B241101-E2BB-4255-8CAF-4136C566A962',
      '3b241101-e2bb-4255-8caf-4136c566a962.spd',
      '3b241101-e2bb-4255-8caf-4136c566a962\n',
    ])('refuses %j', async (blobId) => {
      expect(() => store.openRaw(blobId)).toThrow(TypeError);
      expect(() => store.openDecrypted(blobId, decryptOptions('documents/x'))).toThrow(TypeError);
      await expect(store.remove(blobId)).rejects.toBeInstanceOf(TypeError);
      expect(await store.exists(blobId)).toBe(false);
    });
  });
});

describe('FileBlobStore file handles', () => {
  it('closes the file when a read fails or is abandoned', async () => {
    const root = await mkdtemp(join(tmpdir(), 'spoor-blob-fd-'));
    const store = new FileBlobStore(root);
    const { blobId } = await store.write(sourceOf(plaintext), { ring: 'p', keyId, dataKey, context: contextOf });
    const openFiles = async () => (await readdir('/proc/self/fd')).length;
    const before = await openFiles();
    for (let i = 0; i < 30; i++) {
      await expect(
        readAll(store.openDecrypted(blobId, { resolveKey: async () => dataKey, expectedContext: 'elsewhere' })),
      ).rejects.toBeInstanceOf(CryptoIntegrityError);
      const abandoned = store.openDecrypted(blobId, {
        resolveKey: async () => dataKey,
        expectedContext: contextOf(blobId),
      });
      abandoned.destroy();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await openFiles()) - before).toBeLessThan(5);
    await rm(root, { recursive: true, force: true });
  });
});
