/** Who uses Spoor (see DESIGN.md, "Who uses it"). */
export const ROLES = ['admin', 'privacy_officer', 'coach', 'labour_expert', 'client', 'participant'] as const;
export type Role = (typeof ROLES)[number];

/** Staff roles log in with a second factor (TOTP). */
export const STAFF_ROLES: readonly Role[] = ['admin', 'privacy_officer', 'coach', 'labour_expert'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function requiresSecondFactor(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

/** What the API tells the web app about the logged-in user. */
export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  displayName: string;
  /** Client contacts: their organisation. */
  organisationId?: string | null;
  /** Participants: the person their cases are about. */
  personId?: string | null;
}
