/**
 * A value whose JSON is a `T`: what a controller may return for a response type from libs/domain. The shared
 * types describe the wire (moments are ISO strings); the API still holds `Date`s, which Express serialises
 * with `toJSON()` into exactly those strings. Literal types (enums) stay strict.
 *
 * `async list(): Promise<JsonBody<Paged<CaseView>>>`
 */
export type JsonBody<T> = T extends string
  ? string extends T
    ? string | Date
    : T
  : T extends number | boolean | null | undefined
    ? T
    : T extends ReadonlyArray<infer Item>
      ? ReadonlyArray<JsonBody<Item>>
      : T extends object
        ? { [K in keyof T]: JsonBody<T[K]> }
        : T;
