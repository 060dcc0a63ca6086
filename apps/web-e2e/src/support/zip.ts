import { fromBuffer, type Entry } from 'yauzl';

/**
 * Every entry of a ZIP by path, read with a maintained reader (yauzl) as a person's unzip tool would: strict
 * file names and entry sizes, so a package that only looks complete fails here.
 */
export async function zipEntries(zip: Buffer): Promise<Map<string, Buffer>> {
  const entries = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    fromBuffer(zip, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (error, file) => {
      if (error || !file) return reject(error ?? new Error('not a zip'));
      file.on('error', reject);
      file.on('end', () => resolve());
      file.on('entry', (entry: Entry) => {
        file.openReadStream(entry, (openError, stream) => {
          if (openError || !stream) return reject(openError ?? new Error('entry does not open'));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            file.readEntry();
          });
        });
      });
      file.readEntry();
    });
  });
  return entries;
}
