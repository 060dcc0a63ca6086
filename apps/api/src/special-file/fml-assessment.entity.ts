import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { EncryptedColumn } from '../platform/crypto/encrypted-column';

/** An FML (Functionele Mogelijkhedenlijst), drawn up by the company doctor: six rubrieken of capacities. */
@Entity({ name: 'fml_assessments', schema: 'special' })
@Index('fml_assessments_case', ['caseId', 'assessedOn'])
export class FmlAssessment {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'person_id' })
  personId!: string;

  @Column('date', { name: 'assessed_on' })
  assessedOn!: string;

  /** Name of the company doctor or insurance physician. */
  @EncryptedColumn({ ring: 's', subject: 'personId' })
  assessor!: string;

  /** JSON of FmlRubriek[] (libs/domain), encrypted as one value. */
  @EncryptedColumn({ ring: 's', subject: 'personId' })
  rubrieken!: string;

  @EncryptedColumn({ ring: 's', subject: 'personId', nullable: true })
  notes!: string | null;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
