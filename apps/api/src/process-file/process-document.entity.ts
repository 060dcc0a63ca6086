import type { ProcessDocumentKind } from '@spoor/domain';
import { Case } from '../cases/case.entity';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EncryptedColumn } from '../platform/crypto/encrypted-column';

/** A document of the process file (plan van aanpak, CV…); content encrypted on disk, see FileBlobStore. */
@Entity({ name: 'process_documents', schema: 'public' })
@Check(
  'process_documents_kind',
  `"kind" IN ('plan_of_approach', 'problem_analysis', 'cv', 'agreement', 'report', 'other')`,
)
@Check('process_documents_content_type', `"content_type" IN ('application/pdf', 'image/png', 'image/jpeg')`)
@Index('process_documents_case', ['caseId', 'createdAt'])
export class ProcessDocument {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Column('uuid', { name: 'person_id' })
  personId!: string;

  @Column('varchar', { length: 32 })
  kind!: ProcessDocumentKind;

  /** The uploader's file name may itself be personal ("CV Jan de Vries.pdf"). */
  @EncryptedColumn({ ring: 'p', subject: 'personId' })
  filename!: string;

  @Column('varchar', { name: 'content_type', length: 64 })
  contentType!: string;

  @Column('bigint', { name: 'size_bytes', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  sizeBytes!: number;

  @Column('uuid', { name: 'blob_id', unique: true })
  blobId!: string;

  /** Shown to the participant in their portal (a plan van aanpak to sign, their CV); off by default. */
  @Column('boolean', { name: 'shared_with_participant', default: false })
  sharedWithParticipant!: boolean;

  @Column('uuid', { name: 'uploaded_by' })
  uploadedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
