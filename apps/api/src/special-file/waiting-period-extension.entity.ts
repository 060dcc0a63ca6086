import type { WaitingPeriodExtensionKind } from '@spoor/domain';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { EncryptedColumn } from '../platform/crypto/encrypted-column';

/**
 * One extension of a person's waiting period (wachttijd): a loonsanctie imposed by UWV, a voluntary extension
 * (vrijwillige verlenging) or an early IVA application (vervroegde IVA-aanvraag). Dates and numbers only, never
 * a reason of UWV's decision; that decision can be referenced as a health document. Schema `special`, special
 * key ring. It belongs to the person's sickness (period `periodSequence`), like the sickness events; withdrawn
 * rather than deleted, so its history stays.
 */
@Entity({ name: 'waiting_period_extensions', schema: 'special' })
@Check('waiting_period_extensions_kind', `"kind" IN ('loonsanctie', 'voluntary_extension', 'early_iva')`)
@Check('waiting_period_extensions_withdrawn', `("withdrawn_at" IS NULL) = ("withdrawn_by" IS NULL)`)
// At most one extension of each kind counts for a period; a second must wait until the first is withdrawn.
@Index('waiting_period_extensions_active', ['personId', 'periodSequence', 'kind'], {
  unique: true,
  where: '"withdrawn_at" IS NULL',
})
export class WaitingPeriodExtension {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'person_id' })
  personId!: string;

  /** The case it was recorded through (for the access log); the extension itself is the person's. */
  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  /** The sickness period it extends (SicknessPeriod.sequence when it was recorded). */
  @Column('int', { name: 'period_sequence' })
  periodSequence!: number;

  @Column('varchar', { length: 24 })
  kind!: WaitingPeriodExtensionKind;

  /** JSON of the kind's dates and weeks (WaitingPeriodExtensionTerms), encrypted: the dates reveal the sickness. */
  @EncryptedColumn({ ring: 's', subject: 'personId' })
  terms!: string;

  /** UWV's decision or the agreement, when uploaded: a health document of the person. */
  @Column('uuid', { name: 'decision_document_id', nullable: true })
  decisionDocumentId!: string | null;

  @Column('uuid', { name: 'recorded_by' })
  recordedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;

  @Column('uuid', { name: 'withdrawn_by', nullable: true })
  withdrawnBy!: string | null;

  @EncryptedColumn({ ring: 's', subject: 'personId', nullable: true })
  withdrawReason!: string | null;
}
