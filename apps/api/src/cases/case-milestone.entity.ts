import type { MilestoneKind } from '@spoor/domain';
import { Case } from './case.entity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * What a stored milestone is, apart from today: `open` is the user's work (due, overdue or upcoming by its
 * date against today); `done`; `info` (UWV's own steps, never overdue work); `suspended` (the person recovered
 * less than four weeks ago); `lapsed` (the period closed).
 */
export const STORED_MILESTONE_STATES = ['open', 'done', 'info', 'suspended', 'lapsed'] as const;
export type StoredMilestoneState = (typeof STORED_MILESTONE_STATES)[number];

/**
 * The Poortwachter timeline of a reintegration case as of its last change, materialised for the lists (case
 * list next milestone and overdue filter, Mijn werk, the reminder e-mail). Computed from the person's sickness
 * events (special file) and the completions (MilestonesService.refreshPerson) on every change of either; only
 * these dates leave the special file. The case's own timeline (GET /cases/:id/milestones) is computed live.
 */
@Entity({ name: 'case_milestones', schema: 'public' })
@Index('case_milestones_case', ['caseId', 'kind', 'sequence'], { unique: true })
@Index('case_milestones_due', ['dueDate'])
// The next open milestone of a case (case lists and detail): read from the index, no sort.
@Index('case_milestones_open', ['caseId', 'dueDate', 'sequence'], { where: `"state" = 'open'` })
@Check('case_milestones_state', `"state" IN ('open', 'done', 'info', 'suspended', 'lapsed')`)
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

  @Column('varchar', { length: 16, default: 'open' })
  state!: StoredMilestoneState;
}
