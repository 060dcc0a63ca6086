import type { Role } from '@spoor/domain';
import { Person } from '../people/person.entity';
import { Organisation } from '../organisations/organisation.entity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { BlindIndexColumn, EncryptedColumn } from '../platform/crypto/encrypted-column';

/**
 * Everyone who logs in: staff, client contacts and participants. E-mail and name are personal data, encrypted
 * under the user's own data key; the login looks the e-mail up by its blind index.
 */
@Entity({ name: 'users', schema: 'public' })
@Check('users_role', `"role" IN ('admin', 'privacy_officer', 'coach', 'labour_expert', 'client', 'participant')`)
@Check('users_client_has_organisation', `"role" <> 'client' OR "organisation_id" IS NOT NULL`)
@Check('users_participant_has_person', `"role" <> 'participant' OR "person_id" IS NOT NULL`)
export class User {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('varchar', { length: 32 })
  role!: Role;

  @EncryptedColumn({ ring: 'p', subject: 'id' })
  email!: string;

  @Index('users_email_index', { unique: true })
  @BlindIndexColumn({ ring: 'p', source: 'email', subject: 'id' })
  emailIndex!: string | null;

  @EncryptedColumn({ ring: 'p', subject: 'id' })
  displayName!: string;

  /** argon2id (PHC string). Null until the invitation is accepted. */
  @Column('text', { name: 'password_hash', nullable: true })
  passwordHash!: string | null;

  /** TOTP secret (RFC 6238), encrypted: a database dump must not yield second factors. */
  @EncryptedColumn({ ring: 'p', subject: 'id', nullable: true })
  totpSecret!: string | null;

  /** Last accepted TOTP time step: a code is accepted once (RFC 6238, 5.2). */
  @Column('bigint', {
    name: 'totp_last_step',
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  totpLastStep!: number | null;

  @Column('timestamptz', { name: 'mfa_enrolled_at', nullable: true })
  mfaEnrolledAt!: Date | null;

  @Index('users_organisation')
  @Column('uuid', { name: 'organisation_id', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  /** For participants: the person (betrokkene) this account belongs to. */
  @Index('users_person', { unique: true, where: '"person_id" IS NOT NULL' })
  @Column('uuid', { name: 'person_id', nullable: true })
  personId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column('timestamptz', { name: 'disabled_at', nullable: true })
  disabledAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
