import type { HealthDocumentKind } from '@spoor/domain';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { EncryptedColumn } from '../platform/crypto/encrypted-column';

/** A document of the special file (FML, AD report, UWV opinion…); content encrypted under the special ring. */
@Entity({ name: 'health_documents', schema: 'special' })
@Check('health_documents_kind', `"kind" IN ('fml', 'occupational_assessment', 'uwv_opinion', 'other_health')`)
@Check('health_documents_content_type', `"content_type" IN ('application/pdf', 'image/png', 'image/jpeg')`)
@Index('health_documents_case', ['caseId', 'createdAt'])
export class HealthDocument {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'person_id' })
  personId!: string;

  @Column('varchar', { length: 32 })
  kind!: HealthDocumentKind;

  @EncryptedColumn({ ring: 's', subject: 'personId' })
  filename!: string;

  @Column('varchar', { name: 'content_type', length: 64 })
  contentType!: string;

  @Column('bigint', { name: 'size_bytes', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  sizeBytes!: number;

  @Column('uuid', { name: 'blob_id', unique: true })
  blobId!: string;

  @Column('uuid', { name: 'uploaded_by' })
  uploadedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
