import type { Request } from 'express';

/** What a handler touched, for the access event the interceptor writes after it. */
export interface AccessTrail {
  personIds: Set<string>;
  caseId?: string;
  resourceId?: string;
  fields: Set<string>;
  breakGlass?: boolean;
  breakGlassGrantId?: string;
  /**
   * The handler recorded this request's event itself, inside its own transaction, refusal included (a lookup
   * that must count every attempt under a lock): the interceptor records nothing more.
   */
  recorded?: boolean;
}

type WithTrail = Request & { accessTrail?: AccessTrail };

export function trailOf(request: Request): AccessTrail {
  const r = request as WithTrail;
  r.accessTrail ??= { personIds: new Set(), fields: new Set() };
  return r.accessTrail;
}

/** Called by handlers: the persons, case and fields this request touched. */
export function touched(
  request: Request,
  what: {
    personIds?: Iterable<string>;
    caseId?: string;
    resourceId?: string;
    fields?: Iterable<string>;
    breakGlass?: boolean;
    breakGlassGrantId?: string;
  },
): void {
  const trail = trailOf(request);
  for (const id of what.personIds ?? []) trail.personIds.add(id);
  for (const field of what.fields ?? []) trail.fields.add(field);
  if (what.caseId) trail.caseId = what.caseId;
  if (what.resourceId) trail.resourceId = what.resourceId;
  if (what.breakGlass) trail.breakGlass = true;
  if (what.breakGlassGrantId) trail.breakGlassGrantId = what.breakGlassGrantId;
}
