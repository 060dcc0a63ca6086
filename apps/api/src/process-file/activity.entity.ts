import type { ActivityKind } from '@spoor/domain';
import { Case } from '../cases/case.entity';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EncryptedColumn } from '../platform/crypto/encrypted-column';

/** Something that happened in the programme: a coaching session, a test, an application… */
@Entity({ name: 'activities', schema: 'public' })
@Check(
  'activities_kind',
  `"kind" IN ('coaching_session', 'assessment', 'test', 'training', 'application', 'workplace_visit', 'network_meeting', 'other')`,
)
@Check('activities_duration', `"duration_minutes" IS NULL OR "duration_minutes" BETWEEN 0 AND 1440`)
@Index('activities_case', ['caseId', 'occurredOn'])
export class Activity {
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
  kind!: ActivityKind;

  @Column('date', { name: 'occurred_on' })
  occurredOn!: string;

  @Column('int', { name: 'duration_minutes', nullable: true })
  durationMinutes!: number | null;

  @EncryptedColumn({ ring: 'p', subject: 'personId', nullable: true })
  notes!: string | null;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
