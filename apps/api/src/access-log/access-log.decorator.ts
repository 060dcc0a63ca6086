import { SetMetadata } from '@nestjs/common';
import type { AccessAction } from './access-event.entity';

export const ACCESS_LOGGED = 'spoor:access-logged';
export const NO_PERSONAL_DATA = 'spoor:no-personal-data';

export interface AccessLogDeclaration {
  action: AccessAction;
  resource: string;
  /** Why this access happens; defaults to the purpose of the caller's role. */
  purpose?: string;
  /**
   * A write whose service records the allowed event inside its own transaction (event and change commit
   * together); the interceptor then records only refusals.
   */
  inTransaction?: boolean;
}

/**
 * Declares that a route touches personal data: every call writes an access event, allowed or denied, and
 * the response leaves only after the event is committed.
 */
export const AccessLogged = (declaration: AccessLogDeclaration) => SetMetadata(ACCESS_LOGGED, declaration);

/** Declares, with a reason, that a route returns or changes no personal data. */
export const NoPersonalData = (reason: string) => SetMetadata(NO_PERSONAL_DATA, reason);
