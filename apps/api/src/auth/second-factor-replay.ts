/**
 * TOTP secrets whose codes may be used more than once (RFC 6238, 5.2 replay protection waived). Auth knows no
 * such secret itself: the composition root provides this set — the demo seed's published secret outside
 * production, nothing in production — and auth treats a missing provider as the empty set.
 */
export const SECOND_FACTOR_REPLAY_EXEMPT = Symbol('SECOND_FACTOR_REPLAY_EXEMPT');

export type SecondFactorReplayExempt = ReadonlySet<string>;
