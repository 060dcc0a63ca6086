import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ACCESS_ACTIONS = [
  'read',
  'search',
  'list',
  'create',
  'update',
  'delete',
  'download',
  'export',
  'print',
  'break_glass',
] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];
export type AccessOutcome = 'allowed' | 'denied';

/**
 * One access to personal data (NEN 7513): who, what, whose, when, why, and the outcome. Append-only: the
 * runtime roles may only INSERT and SELECT, and a trigger refuses UPDATE, DELETE and TRUNCATE. Field names,
 * never values. Each event carries a MAC under a key the database never sees, and settled events are sealed in
 * hash-chained batches (AccessSeal), so changes after the fact are detectable.
 */
@Entity({ name: 'access_events', schema: 'audit' })
@Check('access_events_outcome', `"outcome" IN ('allowed', 'denied')`)
@Index('access_events_at', ['at'])
@Index('access_events_case', ['caseId', 'at'])
@Index('access_events_actor', ['actorId', 'at'])
@Index('access_events_person', { synchronize: false })
@Index('access_events_event_key', ['eventKey'], { unique: true })
export class AccessEvent {
  /** Position in the log; the seals cover ranges of it. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column('timestamptz', { default: () => 'clock_timestamp()' })
  at!: Date;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('varchar', { name: 'actor_role', length: 32 })
  actorRole!: string;

  @Column('uuid', { name: 'actor_organisation_id', nullable: true })
  actorOrganisationId!: string | null;

  @Column('varchar', { length: 16 })
  action!: string;

  @Column('varchar', { length: 8 })
  outcome!: AccessOutcome;

  /** Every person whose data was returned or touched (a list names each of them). */
  @Column('uuid', { name: 'person_ids', array: true, default: () => "'{}'" })
  personIds!: string[];

  @Column('uuid', { name: 'case_id', nullable: true })
  caseId!: string | null;

  /** What was touched, e.g. `case`, `special_file`, `progress_report`, `document`. */
  @Column('varchar', { length: 48 })
  resource!: string;

  @Column('varchar', { name: 'resource_id', length: 64, nullable: true })
  resourceId!: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  fields!: string[];

  @Column('varchar', { length: 64 })
  purpose!: string;

  @Column('boolean', { name: 'break_glass', default: false })
  breakGlass!: boolean;

  /** The break-the-glass grant (its reason is kept there, encrypted). */
  @Column('uuid', { name: 'break_glass_grant_id', nullable: true })
  breakGlassGrantId!: string | null;

  @Column('varchar', { name: 'request_id', length: 100, nullable: true })
  requestId!: string | null;

  @Column('varchar', { name: 'source_address', length: 64, nullable: true })
  sourceAddress!: string | null;

  @Column('varchar', { name: 'user_agent', length: 256, nullable: true })
  userAgent!: string | null;

  /** Chosen by the app when it records the event: the identity the MAC binds (NULL before MACs existed). */
  @Column('uuid', { name: 'event_key', nullable: true })
  eventKey!: string | null;

  /** HMAC-SHA256 of the canonical form under the audit key (access-event-canonical.ts, audit-key.ts). */
  @Column('varchar', { length: 64, nullable: true })
  mac!: string | null;

  @Column('varchar', { name: 'mac_key_id', length: 16, nullable: true })
  macKeyId!: string | null;
}
