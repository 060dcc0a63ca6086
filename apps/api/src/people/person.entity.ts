import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { BlindIndexColumn, EncryptedColumn } from '../platform/crypto/encrypted-column';

/**
 * A betrokkene: the person a case is about. Every personal field is encrypted under the person's own data key,
 * so erasing them is destroying that key (crypto-shredding).
 */
@Entity({ name: 'people', schema: 'public' })
export class Person {
  @PrimaryColumn('uuid')
  id!: string;

  @EncryptedColumn({ ring: 'p', subject: 'id' })
  firstName!: string;

  @EncryptedColumn({ ring: 'p', subject: 'id' })
  lastName!: string;

  @Index('people_last_name_index')
  @BlindIndexColumn({ ring: 'p', source: 'lastName', subject: 'id' })
  lastNameIndex!: string | null;

  /** ISO date (YYYY-MM-DD), encrypted as text. */
  @EncryptedColumn({ ring: 'p', subject: 'id', nullable: true })
  birthDate!: string | null;

  @EncryptedColumn({ ring: 'p', subject: 'id', nullable: true })
  address!: string | null;

  @EncryptedColumn({ ring: 'p', subject: 'id', nullable: true })
  email!: string | null;

  @Index('people_email_index')
  @BlindIndexColumn({ ring: 'p', source: 'email', subject: 'id' })
  emailIndex!: string | null;

  @EncryptedColumn({ ring: 'p', subject: 'id', nullable: true })
  phone!: string | null;

  /** Set when the person's data was erased (keys destroyed); the row stays so cases keep their shape. */
  @Column('timestamptz', { name: 'erased_at', nullable: true })
  erasedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
