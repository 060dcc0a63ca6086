import { User } from '../users/user.entity';
import { Case } from './case.entity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** Who was coach or labour expert of a case, from when until when, assigned by whom. */
@Entity({ name: 'case_assignments', schema: 'public' })
@Check('case_assignments_role', `"role" IN ('coach', 'labour_expert')`)
@Index('case_assignments_case', ['caseId', 'assignedAt'])
@Index('case_assignments_current', ['caseId', 'role'], { unique: true, where: '"unassigned_at" IS NULL' })
export class CaseAssignment {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('varchar', { length: 16 })
  role!: 'coach' | 'labour_expert';

  @Column('timestamptz', { name: 'assigned_at' })
  assignedAt!: Date;

  @Column('timestamptz', { name: 'unassigned_at', nullable: true })
  unassignedAt!: Date | null;

  @Column('uuid', { name: 'assigned_by', nullable: true })
  assignedBy!: string | null;
}
