import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import type { PrivacyRequest } from '../../api/usePrivacyRequests';

const DAY = 24 * 3600_000;

export type DueState = 'overdue' | 'dueSoon' | 'normal' | 'done';

/** Overdue (red): past its due moment and open; due soon (orange): open and due within 7 days. */
export function dueState(request: Pick<PrivacyRequest, 'status' | 'dueAt' | 'overdue'>, now = new Date()): DueState {
  if (request.status === 'completed') return 'done';
  const due = new Date(request.dueAt).getTime();
  if (request.overdue || due < now.getTime()) return 'overdue';
  if (due - now.getTime() <= 7 * DAY) return 'dueSoon';
  return 'normal';
}

export type BreachClock =
  | { kind: 'notified'; at: string }
  | { kind: 'late' }
  | { kind: 'left'; hours: number; minutes: number };

/** The 72-hour clock of art. 33 AVG: time left until the authority must be told, or late. */
export function breachClock(
  breach: { notifyAuthorityBy: string; authorityNotifiedAt: string | null; overdue: boolean },
  now = new Date(),
): BreachClock {
  if (breach.authorityNotifiedAt) return { kind: 'notified', at: breach.authorityNotifiedAt };
  const left = new Date(breach.notifyAuthorityBy).getTime() - now.getTime();
  if (breach.overdue || left <= 0) return { kind: 'late' };
  const minutesLeft = Math.floor(left / 60_000);
  return { kind: 'left', hours: Math.floor(minutesLeft / 60), minutes: minutesLeft % 60 };
}

/** Why an erasure was refused (ERASURE_REFUSED): every case in the way, in the user's language. */
export function erasureRefusalText(error: unknown, t: TFunction): string | null {
  if (!(error instanceof ApiError) || error.code !== 'ERASURE_REFUSED') return null;
  const reasons = (error.details.reasons ?? []).map((reason) =>
    t(`apiErrors.${reason.code}`, { caseReference: reason.caseReference }),
  );
  return reasons.length > 0
    ? t('privacy.requests.erasureRefused', { reasons: reasons.join('; ') })
    : t('apiErrors.ERASURE_REFUSED');
}

/** A translation of a known code, or the code itself. */
export function labelOf(t: TFunction, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  const text = t(key);
  return text === key ? code : text;
}
