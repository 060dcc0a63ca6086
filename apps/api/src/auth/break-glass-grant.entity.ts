import type { BreakGlassReviewOutcome } from '@spoor/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Case } from '../cases/case.entity';
import { User } from '../users/user.entity';
import { EncryptedColumn } from '../platform/crypto/encrypted-column';

/**
 * Break-the-glass: a coach or labour expert who is not assigned opens a case's special file, for a limited
 * time, giving a reason. Listed for the privacy officer to review.
 */
@Entity({ name: 'break_glass_grants', schema: 'public' })
@Index('break_glass_grants_active', ['userId', 'expiresAt'])
@Check(
  'break_glass_grants_review_outcome',
  `"review_outcome" IS NULL OR ("reviewed_at" IS NOT NULL AND "review_outcome" IN ('justified', 'not_justified', 'needs_follow_up'))`,
)
export class BreakGlassGrant {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  /** The person of the case: whose key encrypts the reason (it may describe their situation). */
  @Column('uuid', { name: 'person_id' })
  personId!: string;

  @EncryptedColumn({ ring: 'p', subject: 'personId' })
  reason!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'reviewed_at', nullable: true })
  reviewedAt!: Date | null;

  @Column('uuid', { name: 'reviewed_by', nullable: true })
  reviewedBy!: string | null;

  /** The privacy officer's conclusion (null for reviews from before outcomes were recorded). */
  @Column('varchar', { name: 'review_outcome', length: 20, nullable: true })
  reviewOutcome!: BreakGlassReviewOutcome | null;

  /** The officer's note on the review: it may describe the person's situation, so it is sealed like the reason. */
  @EncryptedColumn({ ring: 'p', subject: 'personId', nullable: true })
  reviewNote!: string | null;
}
