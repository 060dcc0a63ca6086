import { Inject, Injectable } from '@nestjs/common';
import type { KeyRing } from '@spoor/crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { shredSubjectInRing } from '../platform/crypto/shred';
import { probe } from '../platform/database/probe';
import { SPECIAL_DATA_SOURCE, SPECIAL_KEY_RING } from './special-file.tokens';

/** Special-file tables holding a person's health data, children before parents. */
const PERSON_TABLES = [
  'waiting_period_extensions',
  'sickness_events',
  'health_documents',
  'fml_assessments',
  'fml_form_assessments',
  'ad_reports',
  'uwv_decisions',
  'occupational_assessments',
  'uwv_opinions',
  'health_records',
] as const;

/**
 * The special file's narrow door for other features: by person or blob id only, never content. Erasure,
 * key shredding, the stored-document sweep and the health probe go through here instead of holding the
 * `spoor_special` connection or the special key ring themselves.
 */
@Injectable()
export class HealthDataService {
  constructor(
    @Inject(SPECIAL_DATA_SOURCE) private readonly special: DataSource,
    @Inject(SPECIAL_KEY_RING) private readonly ring: KeyRing,
  ) {}

  /** Blob ids of the person's health documents: an erasure plan records them before any row is deleted. */
  async documentBlobIds(personId: string): Promise<string[]> {
    const rows: Array<{ blob_id: string }> = await this.special.query(
      'SELECT blob_id FROM special.health_documents WHERE person_id = $1',
      [personId],
    );
    return rows.map((row) => row.blob_id);
  }

  /**
   * Erasure (AVG art. 17), the `special` stage of an erasure plan: deletes every special-file row of the person in
   * one transaction; returns how many. `record` writes the access event first, inside that transaction (as
   * `spoor_special`): when it throws, nothing is deleted. Safe to run again (a plan resumed after a crash between
   * this commit and the plan's): it then deletes nothing.
   */
  async erasePerson(personId: string, record?: (manager: EntityManager) => Promise<void>): Promise<number> {
    let removed = 0;
    await this.special.transaction(async (manager) => {
      if (record) await record(manager);
      for (const table of PERSON_TABLES) {
        const [, count] = await manager.query(`DELETE FROM special.${table} WHERE person_id = $1`, [personId]);
        removed += Number(count ?? 0);
      }
    });
    return removed;
  }

  /** Crypto-shredding in the special ring: the subject's special data key destroyed, blind indexes cleared. */
  async shredSubject(subjectId: string): Promise<number> {
    return (await shredSubjectInRing('s', this.ring, this.special, subjectId)).keys;
  }

  /** Whether a stored blob belongs to a health document (the orphan sweep keeps it then). */
  async referencesBlob(blobId: string): Promise<boolean> {
    const [row] = await this.special.query('SELECT 1 FROM special.health_documents WHERE blob_id = $1', [blobId]);
    return Boolean(row);
  }

  /** The health probe: does the `spoor_special` pool answer? */
  reachable(): Promise<boolean> {
    return probe(this.special);
  }
}
