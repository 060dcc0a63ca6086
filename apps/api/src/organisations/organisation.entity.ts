import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A client (opdrachtgever): the employer that commissions programmes. Company data, not personal data. */
@Entity({ name: 'organisations', schema: 'public' })
export class Organisation {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('varchar', { length: 200 })
  name!: string;

  /** KvK-nummer: Chamber of Commerce registration, 8 digits. */
  @Column('varchar', { name: 'kvk_number', length: 8, unique: true })
  kvkNumber!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
