/**
 * Providers private to the special-file module: the `spoor_special` connection, the special key ring and the
 * field helper over both rings. SpecialFileModule provides them and exports none; the ESLint rule
 * `no-restricted-imports` (apps/api/eslint.config.mjs) refuses this file outside special-file/, and
 * special-file-segregation.integration-spec.ts proves no other module can be handed them.
 */
/** The TypeORM options of the `spoor_special` pool, handed to SpecialFileModule.forRoot by the composition root. */
export const SPECIAL_DATABASE_OPTIONS = Symbol('SPECIAL_DATABASE_OPTIONS');
export const SPECIAL_DATA_SOURCE = Symbol('SPECIAL_DATA_SOURCE');
export const SPECIAL_KEY_RING = Symbol('SPECIAL_KEY_RING');
/** EncryptedFields over both rings (special-file entities are sealed under the special ring). */
export const SPECIAL_FIELDS = Symbol('SPECIAL_FIELDS');
