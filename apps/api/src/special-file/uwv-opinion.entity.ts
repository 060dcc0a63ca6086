import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { EncryptedColumn } from '../platform/crypto/encrypted-column';

/** A UWV deskundigenoordeel (expert opinion) or WIA decision summary. */
@Entity({ name: 'uwv_opinions', schema: 'special' })
@Check('uwv_opinions_kind', `"kind" IN ('expert_opinion', 'wia_decision', 'reintegration_assessment')`)
@Index('uwv_opinions_case', ['caseId', 'opinionDate'])
export class UwvOpinion {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'person_id' })
  personId!: string;

  @Column('varchar', { length: 32 })
  kind!: 'expert_opinion' | 'wia_decision' | 'reintegration_assessment';

  @Column('date', { name: 'opinion_date' })
  opinionDate!: string;

  @EncryptedColumn({ ring: 's', subject: 'personId' })
  outcome!: string;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
