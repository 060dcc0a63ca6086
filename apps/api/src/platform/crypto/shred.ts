import type { KeyRing } from '@spoor/crypto';
import type { DataSource } from 'typeorm';
import { allBlindIndexColumns, columnNameOf, tableOf } from './encrypted-column';

/**
 * Crypto-shredding of one data subject in one ring: its data key destroyed, its blind indexes in that ring's
 * schema cleared. Each ring through its own connection: the special ring only where `spoor_special` is held.
 */
export async function shredSubjectInRing(
  ringName: 'p' | 's',
  ring: KeyRing,
  dataSource: DataSource,
  subjectId: string,
): Promise<{ keys: number; blindIndexes: number }> {
  let blindIndexes = 0;
  for (const index of allBlindIndexColumns()) {
    if (index.ring !== ringName || !dataSource.hasMetadata(index.target as never)) continue;
    const table = tableOf(index.target)
      .split('.')
      .map((part) => `"${part}"`)
      .join('.');
    const result: [unknown[], number] = await dataSource.query(
      `UPDATE ${table} SET "${index.column}" = NULL WHERE "${columnNameOf(index.subject)}" = $1 AND "${index.column}" IS NOT NULL RETURNING 1`,
      [subjectId],
    );
    blindIndexes += result[1];
  }
  return { keys: await ring.shred(subjectId), blindIndexes };
}
