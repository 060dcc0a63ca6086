import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * Between a staff member's correct password and their TOTP code: proves the first step happened, grants
 * nothing else (it is not a session). Short-lived, single use, token stored hashed.
 */
@Entity({ name: 'login_challenges', schema: 'public' })
export class LoginChallenge {
  @PrimaryColumn('uuid')
  id!: string;

  @Index('login_challenges_token_hash', { unique: true })
  @Column('varchar', { name: 'token_hash', length: 64 })
  tokenHash!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;
}
