import type { MilestoneKind } from '@spoor/domain';
import { Case } from './case.entity';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * Poortwachter milestone dates of a reintegration case. Computed inside the special-file module from the
 * first day of illness; only these dates leave it (the first day of illness itself stays in `special`).
 */
@Entity({ name: 'case_milestones', schema: 'public' })
@Index('case_milestones_case', ['caseId', 'kind', 'sequence'], { unique: true })
@Index('case_milestones_due', ['dueDate'])
// The next open milestone of a case (case lists and detail): read from the index, no sort.
@Index('case_milestones_open', ['caseId', 'dueDate', 'sequence'], { where: '"completed_on" IS NULL' })
export class CaseMilestone {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Column('varchar', { length: 32 })
  kind!: MilestoneKind;

  @Column('int', { default: 0 })
  sequence!: number;

  @Column('date', { name: 'due_date' })
  dueDate!: string;

  @Column('date', { name: 'completed_on', nullable: true })
  completedOn!: string | null;
}
