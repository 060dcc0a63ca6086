import type { PrivacyRequestOutcome } from '@spoor/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EncryptedColumn } from '../platform/crypto/encrypted-column';

/**
 * The stages of an erasure, in the order they run. Each runs in its own transaction (one schema at a time) and is
 * safe to run twice: a crash after any of them resumes at the next.
 *  - `special`: the special-file rows, with their access event (as `spoor_special`);
 *  - `process`: the process-file rows, the account and sessions, `people.erased_at`, with their access event;
 *  - `documents`: the stored files of both files' documents (blob ids taken when the plan was made);
 *  - `keys`: crypto-shredding of the person's and their accounts' data keys in both rings;
 *  - `export_deliveries`: deliveries of earlier access requests (their manifests counted the health records).
 */
export const ERASURE_STEPS = ['special', 'process', 'documents', 'keys', 'export_deliveries'] as const;
export type ErasureStep = (typeof ERASURE_STEPS)[number];

/** One stage's state: done once its work is committed; `counts` are what it removed (numbers only). */
export interface ErasureStepState {
  step: ErasureStep;
  doneAt: string | null;
  counts: Record<string, number>;
}

/**
 * A durable erasure plan (AVG art. 17): written in the transaction that accepts the erasure (with its access
 * event), carried out stage by stage, completed (and its privacy request with it) only when every stage is done.
 * Holds ids and counts only — never content — so that it survives the erasure it describes.
 */
@Entity({ name: 'erasure_plans', schema: 'public' })
@Index('erasure_plans_request', ['requestId'], { unique: true, where: '"request_id" IS NOT NULL' })
@Index('erasure_plans_open', ['createdAt'], { where: '"completed_at" IS NULL' })
@Index('erasure_plans_person', ['personId'])
export class ErasurePlan {
  @PrimaryColumn('uuid') id!: string;
  /** The erasure request this plan carries out; null for the retention run. */
  @Column('uuid', { name: 'request_id', nullable: true }) requestId!: string | null;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  /** Why (NEN 7513), for the stages' access events: `data_subject_request` or `retention`. */
  @Column('varchar', { length: 40 }) purpose!: string;
  /** Who accepted the erasure (the privacy officer, or Spoor itself for retention). */
  @Column('uuid', { name: 'accepted_by' }) acceptedBy!: string;
  /** The request's outcome, written to it when the plan completes. */
  @Column('varchar', { length: 20, nullable: true }) outcome!: PrivacyRequestOutcome | null;
  /**
   * The officer's completion note, under the officer's own key (the person's is shredded by then); moved to the
   * request when the plan completes, and cleared here.
   */
  @EncryptedColumn({ ring: 'p', subject: 'acceptedBy', nullable: true }) completionNote!: string | null;
  /** The documents' stored files (both files), taken before any row is deleted: random ids, no content. */
  @Column('uuid', { name: 'blob_ids', array: true, default: () => "'{}'" }) blobIds!: string[];
  @Column('jsonb') steps!: ErasureStepState[];
  /** Attempts that stopped before completion, and the last one's stage and error name (never a message). */
  @Column('integer', { default: 0 }) failures!: number;
  @Column('varchar', { name: 'last_failure', length: 120, nullable: true }) lastFailure!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt!: Date | null;
}
