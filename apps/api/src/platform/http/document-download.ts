import type { Readable } from 'node:stream';

/** A decrypted document on its way to the client: streamed, never held in memory whole. */
export interface DocumentDownload {
  stream: Readable;
  contentType: string;
  filename: string;
  size: number;
}

/** Keeps a display name only: no paths, no control characters, bounded length. */
export function sanitiseFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'document';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (clean || 'document').slice(0, 200);
}
