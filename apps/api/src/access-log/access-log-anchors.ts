import { createReadStream } from 'node:fs';
import { mkdir, open, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

/** One seal as it was when it was made, kept where the database owner cannot reach it. */
export interface Anchor {
  seal: string;
  hash: string;
  to: string;
  at: string;
}

export type AnchorLine = { line: number; anchor: Anchor } | { line: number; invalid: true };

const HASH = /^[0-9a-f]{64}$/;
const ID = /^[0-9]{1,19}$/;

/**
 * External anchors of the access log: at each seal, one JSON line (seal id, seal hash, last event id, time) is
 * appended to `SPOOR_DATA_DIR/anchors/access-log.jsonl`, opened with O_APPEND and fsync'd before the sealer
 * moves on. The database owner can rewrite the database, not this file (keep it on storage that role cannot
 * write; `chattr +a` makes it append-only for root too). `audit verify --anchors` checks every anchored seal
 * still exists with the same hash and that the log was not rolled back behind the newest anchor.
 *
 * With several API instances each anchors the seals it makes to its own data directory; every file is a valid
 * (partial) witness. An object store with object lock, or an e-mail to the privacy officer, would be further
 * witnesses of the same lines (not built).
 */
export class AnchorFile {
  readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, 'anchors', 'access-log.jsonl');
  }

  async append(anchors: Anchor[]): Promise<void> {
    if (anchors.length === 0) return;
    const directory = dirname(this.path);
    const created = !(await exists(directory));
    await mkdir(directory, { recursive: true, mode: 0o700 });
    const file = await open(this.path, 'a', 0o600);
    try {
      await file.write(anchors.map((anchor) => `${JSON.stringify(anchor)}\n`).join(''));
      await file.sync();
    } finally {
      await file.close();
    }
    if (created) {
      // The new directory entry must survive a crash as well as the line in it.
      const handle = await open(directory, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  }

  async exists(): Promise<boolean> {
    return exists(this.path);
  }

  /** The newest anchor (the file's last valid line), read from the end; undefined without a file. */
  async last(): Promise<Anchor | undefined> {
    if (!(await exists(this.path))) return undefined;
    const file = await open(this.path, 'r');
    try {
      const { size } = await file.stat();
      const length = Math.min(size, 4096);
      const buffer = Buffer.alloc(length);
      await file.read(buffer, 0, length, size - length);
      const lines = buffer
        .toString('utf8')
        .split('\n')
        .filter((line) => line.trim() !== '');
      for (let index = lines.length - 1; index >= 0; index--) {
        const anchor = parseAnchor(lines[index]);
        if (anchor) return anchor;
      }
      return undefined;
    } finally {
      await file.close();
    }
  }

  /** Every line in order, without holding the file in memory. */
  async *lines(): AsyncGenerator<AnchorLine> {
    const reader = createInterface({ input: createReadStream(this.path, 'utf8'), crlfDelay: Infinity });
    let line = 0;
    for await (const text of reader) {
      line += 1;
      if (text.trim() === '') continue;
      const anchor = parseAnchor(text);
      yield anchor ? { line, anchor } : { line, invalid: true };
    }
  }
}

function parseAnchor(text: string): Anchor | undefined {
  try {
    const value = JSON.parse(text) as Partial<Anchor> | null;
    if (
      value &&
      typeof value.seal === 'string' &&
      ID.test(value.seal) &&
      typeof value.hash === 'string' &&
      HASH.test(value.hash) &&
      typeof value.to === 'string' &&
      ID.test(value.to) &&
      typeof value.at === 'string'
    ) {
      return { seal: value.seal, hash: value.hash, to: value.to, at: value.at };
    }
  } catch {
    // Not JSON: reported as an invalid line.
  }
  return undefined;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
