import { apiErrorFrom } from '../api/client';
import i18n from '../i18n';
import { apiErrorText, fieldErrorText } from './apiMessages';
import { fieldMessage, fieldMessages } from './validation';

const nl = i18n.getFixedT('nl');
const en = i18n.getFixedT('en');

const answer = (status: number, body: unknown) => apiErrorFrom(status, body, '');

describe('API errors in the user language', () => {
  it('shows the text of the code, never the English message', () => {
    const error = answer(409, {
      statusCode: 409,
      code: 'REPORT_FINAL',
      message: 'a final report cannot be edited',
      error: 'Conflict',
    });
    expect(apiErrorText(error, nl)).toBe('Dit verslag is al definitief en kan niet meer worden gewijzigd.');
    expect(apiErrorText(error, en)).toBe('This report is already final and can no longer be changed.');
  });

  it("uses the caller's wording for a code it expects there", () => {
    const error = answer(409, {
      statusCode: 409,
      code: 'CASE_VERSION_STALE',
      message: 'version is stale',
      error: 'Conflict',
    });
    expect(apiErrorText(error, nl, { CASE_VERSION_STALE: 'caseWork.status.stale' })).toBe(nl('caseWork.status.stale'));
  });

  it('names each field problem of bad input, with its bounds', () => {
    const error = answer(400, {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: ['displayName must be 2 to 120 characters', 'email must be an e-mail address'],
      error: 'Bad Request',
      fields: [
        { field: 'displayName', code: 'TOO_SHORT', params: { min: 2, max: 120 } },
        { field: 'email', code: 'NOT_AN_EMAIL' },
      ],
    });
    expect(apiErrorText(error, nl)).toBe('Naam: vul minimaal 2 tekens in; E-mailadres: vul een geldig e-mailadres in');
    expect(apiErrorText(error, en)).toBe(
      'Name: enter at least 2 characters; E-mail address: enter a valid e-mail address',
    );
    expect(fieldErrorText(error.fields[1], nl)).toBe('Vul een geldig e-mailadres in');
  });

  it('says something went wrong when the answer names no code it knows, and shows nothing it was sent', () => {
    const error = answer(502, {
      statusCode: 502,
      code: 'SOMETHING_NEW',
      message: '<html>Bad gateway</html>',
      fields: [{ field: 'x', code: 'EVIL' }],
    });
    expect(error.code).toBeUndefined();
    expect(error.fields).toEqual([]);
    expect(apiErrorText(error, nl)).toBe('Er ging iets mis. Probeer het opnieuw.');
    expect(apiErrorText(new TypeError('Failed to fetch'), en)).toBe('Something went wrong. Please try again.');
  });

  it('keeps the data an error carries: the current version, the erasure reasons', () => {
    expect(answer(409, { code: 'REPORT_VERSION_STALE', currentVersion: 4 }).details.currentVersion).toBe(4);
    const refused = answer(409, {
      code: 'ERASURE_REFUSED',
      reasons: [
        { code: 'ERASURE_LEGAL_HOLD', caseReference: 'RI-2026-0001' },
        { code: 'NOT_A_REASON', caseReference: 'x' },
      ],
    });
    expect(refused.details.reasons).toEqual([{ code: 'ERASURE_LEGAL_HOLD', caseReference: 'RI-2026-0001' }]);
  });
});

describe('field messages of the client-side rules', () => {
  it('come from the same texts as the API field codes, with their bounds, in the chosen language', () => {
    expect(nl(fieldMessage('NOT_AN_EMAIL'))).toBe('Vul een geldig e-mailadres in');
    expect(nl(fieldMessage('TOO_SHORT', { min: 10 }))).toBe('Vul minimaal 10 tekens in');
    expect(en(fieldMessage('TOO_SHORT', { min: 10 }))).toBe('Enter at least 10 characters');
    expect(nl(fieldMessages([{ code: 'TOO_SHORT', params: { min: 12 } }, { code: 'PASSWORD_TOO_COMMON' }]))).toBe(
      'Vul minimaal 12 tekens in; Dit wachtwoord wordt te vaak gebruikt; kies een ander',
    );
  });
});
