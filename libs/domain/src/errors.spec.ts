import { ERASURE_REFUSAL_CODES, ERROR_CODES, FIELD_ERROR_CODES, isErrorCode, isFieldErrorCode } from './errors';

describe('error codes', () => {
  it.each([
    ['ERROR_CODES', ERROR_CODES],
    ['FIELD_ERROR_CODES', FIELD_ERROR_CODES],
  ])('%s are unique, stable identifiers', (_name, codes: readonly string[]) => {
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z][A-Z0-9_]*[A-Z0-9]$/);
  });

  it('tells codes from other text', () => {
    expect(isErrorCode('REPORT_VERSION_STALE')).toBe(true);
    expect(isErrorCode('version is stale')).toBe(false);
    expect(isErrorCode(undefined)).toBe(false);
    expect(isFieldErrorCode('TOO_SHORT')).toBe(true);
    expect(isFieldErrorCode('REPORT_VERSION_STALE')).toBe(false);
  });

  it('makes every erasure refusal reason an error code the web translates', () => {
    for (const code of ERASURE_REFUSAL_CODES) expect(isErrorCode(code)).toBe(true);
  });
});
