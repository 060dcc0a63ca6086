import type { ConsentEndReason } from '@spoor/domain';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Consent per purpose; withdrawal is recorded, never deleted, and not retroactive. Only a purpose Spoor acts on
 * can be active (PostgreSQL refuses an active consent for a retired purpose), and a person has at most one
 * active consent per purpose.
 */
@Entity({ name: 'consents', schema: 'public' })
@Index('consents_person', ['personId', 'purpose'])
@Index('consents_one_active', ['personId', 'purpose'], { unique: true, where: '"withdrawn_at" IS NULL' })
@Check('consents_purpose_current', `"purpose" IN ('newsletter') OR "withdrawn_at" IS NOT NULL`)
@Check('consents_end_reason', `("withdrawn_at" IS NULL) = ("end_reason" IS NULL)`)
@Check('consents_end_reason_known', `"end_reason" IN ('withdrawn', 'purpose_retired', 'duplicate')`)
export class Consent {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @Column('varchar', { length: 64 }) purpose!: string;
  @Column('timestamptz', { name: 'given_at' }) givenAt!: Date;
  @Column('uuid', { name: 'given_by' }) givenBy!: string;
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true }) withdrawnAt!: Date | null;
  /** Null when Spoor ended the consent itself (a retired purpose), not a person. */
  @Column('uuid', { name: 'withdrawn_by', nullable: true }) withdrawnBy!: string | null;
  @Column('varchar', { name: 'end_reason', length: 16, nullable: true }) endReason!: ConsentEndReason | null;
}
