import type { MilestoneKind } from '@spoor/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Case } from '../cases/case.entity';
import { EncryptedColumn } from '../platform/crypto/encrypted-column';

/**
 * A Poortwachter milestone marked done: its date, what proves it, who and when. Completions belong to the
 * person's sickness period (`periodSequence`), so the track-1 and track-2 cases of one person share them; a
 * closed period keeps its own. Never updated but to undo: an undone (or replaced) completion stays, with who,
 * when and why, and a new completion is a new row.
 */
@Entity({ name: 'milestone_completions', schema: 'public' })
@Index('milestone_completions_current', ['personId', 'periodSequence', 'kind', 'sequence'], {
  unique: true,
  where: '"undone_at" IS NULL',
})
@Index('milestone_completions_case', ['caseId', 'completedAt'])
@Check(
  'milestone_completions_one_evidence',
  'num_nonnulls("evidence_report_id", "evidence_document_id", "evidence_activity_id") <= 1',
)
@Check('milestone_completions_undone', '("undone_at" IS NULL) = ("undone_by" IS NULL)')
export class MilestoneCompletion {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'person_id' })
  personId!: string;

  @Column('int', { name: 'period_sequence' })
  periodSequence!: number;

  @Column('varchar', { length: 32 })
  kind!: MilestoneKind;

  /** 1-based for the evaluations; 0 otherwise. */
  @Column('int', { default: 0 })
  sequence!: number;

  @Column('date', { name: 'completed_on' })
  completedOn!: string;

  /** The case it was marked done in; the evidence belongs to this case. */
  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Column('uuid', { name: 'evidence_report_id', nullable: true })
  evidenceReportId!: string | null;

  @Column('uuid', { name: 'evidence_document_id', nullable: true })
  evidenceDocumentId!: string | null;

  @Column('uuid', { name: 'evidence_activity_id', nullable: true })
  evidenceActivityId!: string | null;

  /** Null only for a completion carried over from before completions were recorded (migration). */
  @Column('uuid', { name: 'completed_by', nullable: true })
  completedBy!: string | null;

  @CreateDateColumn({ name: 'completed_at', type: 'timestamptz' })
  completedAt!: Date;

  @Column('timestamptz', { name: 'undone_at', nullable: true })
  undoneAt!: Date | null;

  @Column('uuid', { name: 'undone_by', nullable: true })
  undoneBy!: string | null;

  /** Why it was undone (free text: encrypted under the person's process key). */
  @EncryptedColumn({ ring: 'p', subject: 'personId', nullable: true })
  undoReason!: string | null;
}
