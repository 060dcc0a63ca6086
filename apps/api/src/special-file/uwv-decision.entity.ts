import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { EncryptedColumn } from '../platform/crypto/encrypted-column';

/**
 * A UWV decision as structure (libs/domain/src/fml/uwv-decisions.ts): WIA decision, loonsanctie or
 * deskundigenoordeel. Its kind and dates live inside the encrypted value: even the kind says something about
 * the person's health.
 */
@Entity({ name: 'uwv_decisions', schema: 'special' })
@Index('uwv_decisions_case', ['caseId', 'createdAt'])
export class UwvDecisionRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'person_id' })
  personId!: string;

  /** JSON of the UwvDecision, encrypted as one value. */
  @EncryptedColumn({ ring: 's', subject: 'personId' })
  decision!: string;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
