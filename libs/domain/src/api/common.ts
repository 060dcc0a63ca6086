/**
 * What the API answers, as the client receives it (JSON): the API's controllers declare these as their return
 * types and the web app reads them, so both sides agree at compile time. Moments travel as ISO 8601 strings.
 */

/** A moment as JSON carries it, e.g. `2026-03-02T09:15:00.000Z`. */
export type IsoDateTime = string;

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** One page of a list; `total` counts every match over all pages. */
export interface Paged<T> {
  items: T[];
  total: number;
}
