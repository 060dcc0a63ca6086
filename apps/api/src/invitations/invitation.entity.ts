import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * A one-time link to set a password (and enrol the second factor): for a new account, or to reset a
 * forgotten password or factor. Only the token's SHA-256 is stored.
 */
@Entity({ name: 'invitations', schema: 'public' })
@Check('invitations_purpose', `"purpose" IN ('invite', 'reset_password', 'reset_mfa')`)
export class Invitation {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Index('invitations_token_hash', { unique: true })
  @Column('varchar', { name: 'token_hash', length: 64 })
  tokenHash!: string;

  @Column('varchar', { length: 16 })
  purpose!: 'invite' | 'reset_password' | 'reset_mfa';

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
