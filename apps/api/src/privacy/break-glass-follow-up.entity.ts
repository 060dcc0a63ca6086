import type { BreakGlassReviewOutcome } from '@spoor/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { BreakGlassGrant } from '../auth/break-glass-grant.entity';
import { Case } from '../cases/case.entity';
import { Breach } from './breach.entity';

/**
 * Work the privacy officer's review of a break-the-glass access left open: the access was not justified or
 * needs follow-up. On the officer's worklist (the anomaly report) until closed; a breach record started from
 * it is linked here. Holds no free text: the review's note stays on the grant, sealed.
 */
@Entity({ name: 'break_glass_follow_ups', schema: 'public' })
@Check('break_glass_follow_ups_outcome', `"outcome" IN ('not_justified', 'needs_follow_up')`)
@Check('break_glass_follow_ups_closed', `("closed_at" IS NULL) = ("closed_by" IS NULL)`)
@Index('break_glass_follow_ups_open', ['openedAt'], { where: '"closed_at" IS NULL' })
export class BreakGlassFollowUp {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'grant_id' })
  grantId!: string;

  @OneToOne(() => BreakGlassGrant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_id' })
  grant?: BreakGlassGrant;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Column('varchar', { length: 20 })
  outcome!: BreakGlassReviewOutcome;

  /** Whether health data was read under the grant when the review was made (from the access log). */
  @Column('boolean', { name: 'health_data_read' })
  healthDataRead!: boolean;

  @Column('timestamptz', { name: 'opened_at', default: () => 'now()' })
  openedAt!: Date;

  @Column('uuid', { name: 'opened_by' })
  openedBy!: string;

  @Column('uuid', { name: 'breach_id', nullable: true })
  breachId!: string | null;

  @ManyToOne(() => Breach, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'breach_id' })
  breach?: Breach;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @Column('uuid', { name: 'closed_by', nullable: true })
  closedBy!: string | null;
}
