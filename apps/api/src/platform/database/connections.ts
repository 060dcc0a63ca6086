/** The named TypeORM connection of the `spoor_special` role; only the special-file module registers it. */
export const SPECIAL_CONNECTION = 'special';

/**
 * Request pools plan prepared statements once (generic plans): their statements are OLTP lookups whose best
 * plan does not depend on the values, and PostgreSQL would otherwise re-plan the case list's seven-way join on
 * every request (it cannot see that LIMIT is small; ~1.7 ms of planning against ~0.4 ms of work at 20,000
 * cases). test/reliability/query-plans.integration-spec.ts checks those generic plans.
 */
export const REQUEST_POOL_OPTIONS = '-c plan_cache_mode=force_generic_plan';
