import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { defineAbilityFor, isRole } from '@spoor/domain';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../platform/config/config';
import { InjectConfig } from '../platform/config/config.module';
import { preparedQuery } from '../platform/database/prepared-query';
import type { AuthenticatedUser } from './authenticated-user';
import { tokenHash } from './session-tokens';

interface SessionRow {
  session_id: string;
  last_seen_at: Date;
  id: string;
  role: string;
  organisation_id: string | null;
  person_id: string | null;
  break_glass: string[];
}

/** Touch last_seen_at at most this often: not a write per request. */
const TOUCH_AFTER_MS = 60_000;

/** Who is behind a session cookie: the guard's one question to the database. Sessions are created by auth/. */
@Injectable()
export class SessionResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /**
   * The caller behind a session token, or null: expired (idle or absolute), unknown, or a disabled user.
   * One query: session, user and active break-the-glass grants; the abilities are built from them here.
   */
  async resolve(token: string): Promise<AuthenticatedUser | null> {
    const [row] = await preparedQuery<SessionRow>(
      this.dataSource,
      `SELECT s.id AS session_id, s.last_seen_at, u.id, u.role, u.organisation_id, u.person_id,
              coalesce((SELECT array_agg(g.case_id::text) FROM public.break_glass_grants g
                         WHERE g.user_id = u.id AND g.expires_at > now()), '{}') AS break_glass
         FROM public.sessions s JOIN public.users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now() AND s.last_seen_at > now() - $2::interval AND u.disabled_at IS NULL`,
      [tokenHash(token), `${this.config.sessionIdleMinutes} minutes`],
    );
    if (!row || !isRole(row.role)) return null;
    if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_AFTER_MS) {
      await this.dataSource.query('UPDATE public.sessions SET last_seen_at = now() WHERE id = $1', [row.session_id]);
    }
    const base = {
      id: row.id,
      role: row.role,
      organisationId: row.organisation_id,
      personId: row.person_id,
      breakGlassCaseIds: row.break_glass as string[],
    };
    return { ...base, sessionId: row.session_id, ability: defineAbilityFor(base) };
  }
}
