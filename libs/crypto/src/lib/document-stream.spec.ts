import { createHash, randomBytes, type Hash } from 'node:crypto';
import { Readable, Writable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  createDecryptStream,
  createEncryptStream,
  DEFAULT_SEGMENT_SIZE,
  parseDocumentHeader,
  type DocumentHeader,
} from './document-stream';
import { CryptoIntegrityError } from './errors';
import type { RingName } from './field-cipher';

const dataKey = randomBytes(32);
const keyId = '0e4f6c1a-8b2d-4f3e-9a7c-5d1b2e3f4a5b';
const context = 'special/documents/6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const TAG = 16;

/** Cuts `data` into chunks of `size` bytes (the last one shorter). */
function* chunksOf(data: Buffer, size: number): Generator<Buffer> {
  for (let offset = 0; offset < data.length; offset += size) yield data.subarray(offset, offset + size);
}

/** Feeds `input` through `transform` in chunks of `chunkSize` bytes and collects the output. */
async function through(transform: Transform, input: Buffer, chunkSize: number): Promise<Buffer> {
  const output: Buffer[] = [];
  await pipeline(
    Readable.from(chunksOf(input, chunkSize)),
    transform,
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        output.push(chunk);
        callback();
      },
    }),
  );
  return Buffer.concat(output);
}

function encrypt(
  plaintext: Buffer,
  options: { segmentSize?: number; chunkSize?: number; key?: Buffer; context?: string } = {},
): Promise<Buffer> {
  const stream = createEncryptStream({
    ring: 'p',
    keyId,
    dataKey: options.key ?? dataKey,
    context: options.context ?? context,
    segmentSize: options.segmentSize,
  });
  return through(stream, plaintext, options.chunkSize ?? 64 * 1024);
}

function decrypt(
  ciphertext: Buffer,
  options: { chunkSize?: number; expectedContext?: string; key?: Buffer; asked?: Array<[RingName, string]> } = {},
): Promise<Buffer> {
  const stream = createDecryptStream({
    resolveKey: async (ring, id) => {
      options.asked?.push([ring, id]);
      return options.key ?? dataKey;
    },
    expectedContext: options.expectedContext ?? context,
  });
  return through(stream, ciphertext, options.chunkSize ?? 64 * 1024);
}

function headerOf(ciphertext: Buffer): DocumentHeader {
  const header = parseDocumentHeader(ciphertext);
  if (!header) throw new Error('no complete header');
  return header;
}

function flipped(data: Buffer, position: number): Buffer {
  const copy = Buffer.from(data);
  copy[position] ^= 0xff;
  return copy;
}

describe('document stream', () => {
  describe('round trip', () => {
    const cases = [1024, DEFAULT_SEGMENT_SIZE].flatMap((segmentSize) =>
      [0, 1, segmentSize - 1, segmentSize, segmentSize + 1, 3 * segmentSize, 1024 * 1024].map(
        (size) => [size, segmentSize] as const,
      ),
    );

    it.each(cases)('gives back a %i-byte document encrypted in %i-byte segments', async (size, segmentSize) => {
      const plaintext = randomBytes(size);
      const ciphertext = await encrypt(plaintext, { segmentSize });
      expect(headerOf(ciphertext).segmentSize).toBe(segmentSize);
      expect((await decrypt(ciphertext)).equals(plaintext)).toBe(true);
    });

    it.each([1, 7, 1000, 1040, 1041, 4096])(
      'does not care about chunk boundaries: ciphertext fed in chunks of %i bytes',
      async (chunkSize) => {
        const plaintext = randomBytes(5000);
        const ciphertext = await encrypt(plaintext, { segmentSize: 1024 });
        expect((await decrypt(ciphertext, { chunkSize })).equals(plaintext)).toBe(true);
      },
    );

    it.each([1, 7, 1000, 1025])(
      'does not care about chunk boundaries: plaintext fed in chunks of %i bytes',
      async (chunkSize) => {
        const plaintext = randomBytes(5000);
        const ciphertext = await encrypt(plaintext, { segmentSize: 1024, chunkSize });
        expect((await decrypt(ciphertext, { chunkSize: 333 })).equals(plaintext)).toBe(true);
      },
    );

    it('names the ring and key id in the header so the reader can find the key', async () => {
      const asked: Array<[RingName, string]> = [];
      await decrypt(await encrypt(Buffer.from('hello')), { asked });
      expect(asked).toEqual([['p', keyId]]);
    });

    it('does not show the plaintext, and encrypts the same document twice to different bytes', async () => {
      const plaintext = Buffer.from('Medisch rapport Jan de Vries: rugklachten sinds 2021. '.repeat(200));
      const first = await encrypt(plaintext, { segmentSize: 1024 });
      const second = await encrypt(plaintext, { segmentSize: 1024 });
      expect(first.includes(plaintext.subarray(0, 32))).toBe(false);
      expect(first.includes(Buffer.from('Jan de Vries'))).toBe(false);
      expect(first.equals(second)).toBe(false);
      expect(first.subarray(headerOf(first).bytes.length).equals(second.subarray(headerOf(second).bytes.length))).toBe(
        false,
      );
    });
  });

  describe('attacks on a 5-segment document', () => {
    const segmentSize = 1024;
    const sealed = segmentSize + TAG;
    const plaintext = randomBytes(5000);
    let ciphertext: Buffer;
    let headerLength: number;
    const segment = (index: number): Buffer =>
      ciphertext.subarray(headerLength + index * sealed, headerLength + (index + 1) * sealed);

    beforeAll(async () => {
      ciphertext = await encrypt(plaintext, { segmentSize });
      headerLength = headerOf(ciphertext).bytes.length;
    });

    it('is laid out as a header and five sealed segments, and decrypts untouched', async () => {
      expect(ciphertext.length).toBe(headerLength + 4 * sealed + (5000 - 4 * segmentSize) + TAG);
      expect((await decrypt(ciphertext)).equals(plaintext)).toBe(true);
    });

    it('refuses a document whose last segment was dropped', async () => {
      await expect(decrypt(ciphertext.subarray(0, headerLength + 4 * sealed))).rejects.toBeInstanceOf(
        CryptoIntegrityError,
      );
    });

    it('refuses a document cut short after its second segment', async () => {
      await expect(decrypt(ciphertext.subarray(0, headerLength + 2 * sealed))).rejects.toBeInstanceOf(
        CryptoIntegrityError,
      );
    });

    it('refuses a document with nothing but its header', async () => {
      await expect(decrypt(ciphertext.subarray(0, headerLength))).rejects.toBeInstanceOf(CryptoIntegrityError);
    });

    it.each([1, 100, 500, 1039])('refuses a document cut %i bytes into its third segment', async (into) => {
      await expect(decrypt(ciphertext.subarray(0, headerLength + 2 * sealed + into))).rejects.toBeInstanceOf(
        CryptoIntegrityError,
      );
    });

    it('refuses a document cut short inside its last segment', async () => {
      await expect(decrypt(ciphertext.subarray(0, ciphertext.length - 1))).rejects.toBeInstanceOf(CryptoIntegrityError);
    });

    it('refuses a document whose segments 1 and 2 were swapped', async () => {
      const swapped = Buffer.concat([
        ciphertext.subarray(0, headerLength),
        segment(0),
        segment(2),
        segment(1),
        ciphertext.subarray(headerLength + 3 * sealed),
      ]);
      expect(swapped.length).toBe(ciphertext.length);
      await expect(decrypt(swapped)).rejects.toBeInstanceOf(CryptoIntegrityError);
    });

    it('refuses a document with a segment duplicated', async () => {
      const duplicated = Buffer.concat([
        ciphertext.subarray(0, headerLength + 2 * sealed),
        segment(1),
        ciphertext.subarray(headerLength + 2 * sealed),
      ]);
      await expect(decrypt(duplicated)).rejects.toBeInstanceOf(CryptoIntegrityError);
    });

    it('refuses a document with a segment of another document under the same key spliced in', async () => {
      const other = await encrypt(randomBytes(5000), { segmentSize });
      const otherHeader = headerOf(other).bytes.length;
      const spliced = Buffer.concat([
        ciphertext.subarray(0, headerLength + sealed),
        other.subarray(otherHeader + sealed, otherHeader + 2 * sealed),
        ciphertext.subarray(headerLength + 2 * sealed),
      ]);
      await expect(decrypt(spliced)).rejects.toBeInstanceOf(CryptoIntegrityError);
    });

    it('refuses a document with any one header byte flipped', async () => {
      const failures: unknown[] = [];
      for (let position = 0; position < headerLength; position++) {
        failures.push(
          await decrypt(flipped(ciphertext, position)).then(
            () => `position ${position} decrypted`,
            (error: unknown) => error,
          ),
        );
      }
      expect(failures).toHaveLength(headerLength);
      for (const failure of failures) expect(failure).toBeInstanceOf(CryptoIntegrityError);
    });

    it.each([
      ['the first byte of the first segment', () => headerLength],
      ['a byte in the middle of the third segment', () => headerLength + 2 * sealed + 512],
      ['the tag of the second segment', () => headerLength + 2 * sealed - 1],
      ['the first byte of the last segment', () => headerLength + 4 * sealed],
      ['the last byte of the document', () => ciphertext.length - 1],
    ])('refuses a document with %s flipped', async (_label, position) => {
      await expect(decrypt(flipped(ciphertext, position()))).rejects.toBeInstanceOf(CryptoIntegrityError);
    });

    it.each([
      ['one byte', () => Buffer.from([0])],
      ['a tag length of zeros', () => Buffer.alloc(TAG)],
      ['a whole segment of zeros', () => Buffer.alloc(sealed)],
      ['a copy of the last segment', () => ciphertext.subarray(headerLength + 4 * sealed)],
    ])('refuses a document with %s appended', async (_label, extra) => {
      await expect(decrypt(Buffer.concat([ciphertext, extra()]))).rejects.toBeInstanceOf(CryptoIntegrityError);
    });

    it('refuses a document encrypted for another place', async () => {
      const error = await decrypt(ciphertext, { expectedContext: 'special/documents/another-document' }).then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(CryptoIntegrityError);
      expect((error as Error).message).toContain('context mismatch');
    });

    it('refuses a document whose header was rewritten to claim the expected place', async () => {
      const moved = await encrypt(plaintext, { segmentSize, context: 'special/documents/moved-here' });
      const forged = Buffer.concat([
        ciphertext.subarray(0, headerLength),
        moved.subarray(headerOf(moved).bytes.length),
      ]);
      await expect(decrypt(forged)).rejects.toBeInstanceOf(CryptoIntegrityError);
    });

    it('refuses to decrypt under another data key', async () => {
      await expect(decrypt(ciphertext, { key: randomBytes(32) })).rejects.toBeInstanceOf(CryptoIntegrityError);
    });

    it('refuses an empty input', async () => {
      await expect(decrypt(Buffer.alloc(0))).rejects.toBeInstanceOf(CryptoIntegrityError);
    });

    it('refuses bytes that are not an encrypted document', async () => {
      await expect(decrypt(Buffer.from('%PDF-1.7 plain document, not encrypted'))).rejects.toBeInstanceOf(
        CryptoIntegrityError,
      );
    });
  });

  describe('memory', () => {
    const chunkSize = 64 * 1024;
    const chunkCount = (50 * 1024 * 1024) / chunkSize;
    const template = randomBytes(chunkSize);

    /** Chunk `index` of the generated input: the random template with the index in its first 4 bytes. */
    function chunkAt(index: number): Buffer {
      const chunk = Buffer.from(template);
      chunk.writeUInt32BE(index, 0);
      return chunk;
    }

    it('streams 50 MB through encryption and decryption in bounded memory', async () => {
      const expected = createHash('sha256');
      for (let index = 0; index < chunkCount; index++) expected.update(chunkAt(index));

      globalThis.gc?.();
      const baseline = process.memoryUsage().rss;
      let peak = baseline;
      let index = 0;
      const source = new Readable({
        read() {
          peak = Math.max(peak, process.memoryUsage().rss);
          this.push(index < chunkCount ? chunkAt(index++) : null);
        },
      });

      const actual: Hash = createHash('sha256');
      let bytes = 0;
      const sink = new Writable({
        write(chunk: Buffer, _encoding, callback) {
          actual.update(chunk);
          bytes += chunk.length;
          callback();
        },
      });

      await pipeline(
        source,
        createEncryptStream({ ring: 'p', keyId, dataKey, context }),
        createDecryptStream({ resolveKey: async () => dataKey, expectedContext: context }),
        sink,
      );

      const growth = peak - baseline;
      console.log(
        `document stream memory test: RSS grew by ${(growth / 1024 / 1024).toFixed(1)} MB while streaming 50 MB`,
      );
      expect(bytes).toBe(50 * 1024 * 1024);
      expect(actual.digest('hex')).toBe(expected.digest('hex'));
      expect(growth).toBeLessThan(30 * 1024 * 1024);
    }, 120_000);
  });
});

describe('segment size', () => {
  it.each([0, 512, 1023, 4 * 1024 * 1024 + 1, 1.5])(
    'refuses to write documents with segment size %p that could never be read',
    (segmentSize) => {
      expect(() => createEncryptStream({ ring: 's', keyId, dataKey, context, segmentSize })).toThrow(RangeError);
    },
  );
});
