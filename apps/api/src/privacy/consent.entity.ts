import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Consent per purpose; withdrawal is recorded, never deleted, and not retroactive. */
@Entity({ name: 'consents', schema: 'public' })
@Index('consents_person', ['personId', 'purpose'])
export class Consent {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @Column('varchar', { length: 64 }) purpose!: string;
  @Column('timestamptz', { name: 'given_at' }) givenAt!: Date;
  @Column('uuid', { name: 'given_by' }) givenBy!: string;
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true }) withdrawnAt!: Date | null;
  @Column('uuid', { name: 'withdrawn_by', nullable: true }) withdrawnBy!: string | null;
}
