import { defineAbilityFor, type Role } from '@spoor/domain';
import type { Request } from 'express';
import type { AuthenticatedUser } from './authenticated-user';

/** The id the access log records for work Spoor does by itself (the daily job, the command line). */
export const SYSTEM_ACTOR_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Spoor acting without a person behind it, with the abilities of `role`; `label` names the job in the access
 * log's request id (e.g. `daily-job`, `cli-retention`).
 */
export function systemActor(role: Role, label: string): { user: AuthenticatedUser; request: Request } {
  const user: AuthenticatedUser = {
    id: SYSTEM_ACTOR_ID,
    role,
    organisationId: null,
    personId: null,
    sessionId: label,
    breakGlassCaseIds: [],
    ability: defineAbilityFor({ id: SYSTEM_ACTOR_ID, role, organisationId: null, personId: null }),
  };
  // What AccessLogService.record reads of a request: its id, source address and user agent.
  const request = { id: label, ip: undefined, header: () => undefined } as unknown as Request;
  return { user, request };
}
