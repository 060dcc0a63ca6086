import {
  canonicalAt,
  canonicalEvent,
  normaliseText,
  normaliseUuid,
  type CanonicalEvent,
} from './access-event-canonical';

const event = (overrides: Partial<CanonicalEvent>): CanonicalEvent => ({
  eventKey: '5f0c8a4e-3b1d-4c2a-9e7f-0a1b2c3d4e5f',
  at: '2026-01-01T00:00:00.000000Z',
  actorId: null,
  actorRole: 'coach',
  actorOrganisationId: null,
  action: 'read',
  outcome: 'allowed',
  personIds: [],
  caseId: null,
  resource: 'case',
  resourceId: null,
  fields: [],
  purpose: 'reintegration_guidance',
  breakGlass: false,
  breakGlassGrantId: null,
  requestId: null,
  sourceAddress: null,
  userAgent: null,
  ...overrides,
});

/** The first format as PostgreSQL computed it: `concat_ws('|', …)` skips NULLs; arrays joined with ','. */
function legacyLine(e: CanonicalEvent): string {
  return [
    e.at,
    e.actorId,
    e.actorRole,
    e.actorOrganisationId,
    e.action,
    e.outcome,
    e.personIds.join(','),
    e.caseId,
    e.resource,
    e.resourceId,
    e.fields.join(','),
    e.purpose,
    e.breakGlass,
    e.breakGlassGrantId,
    e.requestId,
    e.sourceAddress,
    e.userAgent,
  ]
    .filter((value) => value !== null)
    .join('|');
}

describe('canonical form of an access event', () => {
  it.each([
    [
      'a value moved into a NULL neighbour',
      event({ requestId: null, sourceAddress: 'r1' }),
      event({ requestId: 'r1', sourceAddress: null }),
    ],
    [
      'a | moved across a field boundary',
      event({ sourceAddress: '10.0.0.1|x', userAgent: 'curl' }),
      event({ sourceAddress: '10.0.0.1', userAgent: 'x|curl' }),
    ],
    ['two fields against one with a comma', event({ fields: ['a', 'b'] }), event({ fields: ['a,b'] })],
  ])('tells apart two events the old line hashed alike: %s', (_case, first, second) => {
    expect(legacyLine(first)).toBe(legacyLine(second));
    expect(canonicalEvent(first)).not.toBe(canonicalEvent(second));
  });

  it('is fixed: the same event always gives the same text, with explicit nulls', () => {
    const text = canonicalEvent(event({}));
    expect(text).toBe(canonicalEvent(event({})));
    expect(JSON.parse(text)).toHaveLength(19);
    expect(text).toContain('null,null');
  });

  it('writes what PostgreSQL prints back: microseconds, lower-case uuids, well-formed text', () => {
    expect(canonicalAt(new Date('2026-05-04T10:15:00.123Z'))).toBe('2026-05-04T10:15:00.123000Z');
    expect(normaliseUuid('5F0C8A4E-3B1D-4C2A-9E7F-0A1B2C3D4E5F')).toBe('5f0c8a4e-3b1d-4c2a-9e7f-0a1b2c3d4e5f');
    // A slice through an emoji leaves a lone surrogate, which PostgreSQL stores as U+FFFD.
    expect(normaliseText('ab\u{1F600}', 3)).toBe('ab\uFFFD');
  });
});
