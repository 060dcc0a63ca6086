import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { EncryptedColumn } from '../platform/crypto/encrypted-column';

/** The special file's core: first day of illness and prognosis. Schema `special`, special key ring. */
@Entity({ name: 'health_records', schema: 'special' })
export class HealthRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Index('health_records_case', { unique: true })
  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'person_id' })
  personId!: string;

  /** Eerste ziektedag, ISO date, encrypted: even the date reveals the illness. */
  @EncryptedColumn({ ring: 's', subject: 'personId', nullable: true })
  firstSickDay!: string | null;

  @EncryptedColumn({ ring: 's', subject: 'personId', nullable: true })
  prognosis!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
