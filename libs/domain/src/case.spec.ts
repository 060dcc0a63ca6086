import {
  canTransition,
  CASE_STATUSES,
  formatCaseReference,
  CASE_REFERENCE_PATTERN,
  CLIENT_REFERENCE_PATTERN,
} from './case';

describe('case status transitions', () => {
  it.each([
    ['intake', 'active'],
    ['intake', 'cancelled'],
    ['active', 'on_hold'],
    ['active', 'completed'],
    ['on_hold', 'active'],
    ['on_hold', 'cancelled'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each([
    ['intake', 'completed'],
    ['intake', 'on_hold'],
    ['completed', 'active'],
    ['cancelled', 'active'],
    ['active', 'intake'],
  ] as const)('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('never allows staying in the same status as a "transition"', () => {
    for (const status of CASE_STATUSES) expect(canTransition(status, status)).toBe(false);
  });
});

describe('case references', () => {
  it('formats per type with a zero-padded sequence', () => {
    expect(formatCaseReference('reintegration_track2', 2026, 7)).toBe('RI-2026-0007');
    expect(formatCaseReference('career_coaching', 2026, 12345)).toBe('LB-2026-12345');
    expect(CASE_REFERENCE_PATTERN.test(formatCaseReference('outplacement', 2026, 1))).toBe(true);
  });
});

describe("the employer's own reference for a case", () => {
  it.each(['P-10234', '10234', 'KP 4100/7', 'kostenplaats_4100.2', 'Zoë-12', '7'])('accepts %s', (value) => {
    expect(CLIENT_REFERENCE_PATTERN.test(value)).toBe(true);
  });

  it.each(['', ' P-1', 'P-1 ', '-12', 'P<1>', 'a;b', 'a\nb', 'P@1', "P'1"])('refuses %j', (value) => {
    expect(CLIENT_REFERENCE_PATTERN.test(value)).toBe(false);
  });
});
