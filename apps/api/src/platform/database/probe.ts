import type { DataSource } from 'typeorm';

const PROBE_TIMEOUT_MS = 2000;

/** Whether a pool answers `SELECT 1` within two seconds (the health probe; never throws). */
export async function probe(dataSource: DataSource): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS);
    });
    await Promise.race([dataSource.query('SELECT 1'), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
