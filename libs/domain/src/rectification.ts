/**
 * Rectification (art. 16 AVG): the personalia a person can have corrected. The privacy officer corrects them
 * under the person's request; only the names of the changed fields are recorded, never the old or new values.
 */
export const RECTIFIABLE_FIELDS = ['firstName', 'lastName', 'birthDate', 'address', 'email', 'phone'] as const;
export type RectifiableField = (typeof RECTIFIABLE_FIELDS)[number];

/**
 * Why a rectification request was completed without a correction (its outcome is then `refused`). The person
 * reads it in words in their own requests page.
 * - `no_change_needed`: the data was checked and is already correct.
 * - `inaccuracy_not_shown`: the person did not show the data to be inaccurate (art. 16; art. 18(1)(a) meanwhile).
 * - `identity_not_verified`: the person's identity could not be established (art. 12(6)).
 * - `manifestly_unfounded`: manifestly unfounded or excessive (art. 12(5)).
 */
export const RECTIFICATION_REASON_CODES = [
  'no_change_needed',
  'inaccuracy_not_shown',
  'identity_not_verified',
  'manifestly_unfounded',
] as const;
export type RectificationReasonCode = (typeof RECTIFICATION_REASON_CODES)[number];
