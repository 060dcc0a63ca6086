import type { SecondFactorReplayExempt } from '../auth/second-factor-replay';

/**
 * The second-factor secret of the demo accounts, published in CONTRACT.md. The seed enrols the demo staff
 * with it.
 */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';

/**
 * The demo configuration of auth's replay exemption: a published secret protects nothing, and replay
 * protection would only break scripted logins that reuse the current code. Only for an explicit
 * NODE_ENV=development (the demo, the browser e2e): production and tests get an empty set, so every real
 * account keeps its replay protection (a spec that must reuse a code runs its app as development).
 */
export function demoSecondFactorReplayExemption(nodeEnv: string): SecondFactorReplayExempt {
  return nodeEnv === 'development' ? new Set([DEMO_TOTP_SECRET]) : new Set();
}
