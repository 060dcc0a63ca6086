import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * A logged-in session. The cookie carries a random token; only its SHA-256 is stored, so a database dump
 * yields no usable sessions. Sessions live in PostgreSQL so API instances stay stateless.
 */
@Entity({ name: 'sessions', schema: 'public' })
@Index('sessions_user', ['userId'])
@Index('sessions_expiry', ['expiresAt'])
export class Session {
  @PrimaryColumn('uuid')
  id!: string;

  @Index('sessions_token_hash', { unique: true })
  @Column('varchar', { name: 'token_hash', length: 64 })
  tokenHash!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'last_seen_at' })
  lastSeenAt!: Date;

  /** Absolute end, whatever the activity. */
  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;
}
