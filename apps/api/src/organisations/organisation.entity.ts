import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { EncryptedColumn } from '../platform/crypto/encrypted-column';

/**
 * A client (opdrachtgever): the employer that commissions programmes. Name and KvK number are company data;
 * the contact person's name, e-mail and phone are personal data, encrypted under the organisation's own data
 * key (so they can be shredded with it).
 */
@Entity({ name: 'organisations', schema: 'public' })
@Check('organisations_kvk_number', `"kvk_number" ~ '^[0-9]{8}$'`)
export class Organisation {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('varchar', { length: 200 })
  name!: string;

  /** KvK-nummer: Chamber of Commerce registration, 8 digits. */
  @Column('varchar', { name: 'kvk_number', length: 8, unique: true })
  kvkNumber!: string;

  @EncryptedColumn({ ring: 'p', subject: 'id', nullable: true })
  contactName!: string | null;

  @EncryptedColumn({ ring: 'p', subject: 'id', nullable: true })
  contactEmail!: string | null;

  @EncryptedColumn({ ring: 'p', subject: 'id', nullable: true })
  contactPhone!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
