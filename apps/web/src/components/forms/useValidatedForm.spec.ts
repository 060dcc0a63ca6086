import { act, renderHook } from '@testing-library/react';
import { apiErrorFrom } from '../../api/client';
import i18n from '../../i18n';
import { apiErrorText } from '../apiMessages';
import { isFilled, rule } from '../validation';
import { useValidatedForm, type ValidatedFormOptions } from './useValidatedForm';

interface Values {
  firstName: string;
  email: string;
  dueAt: string | null;
  notes: string;
}

const initialValues: Values = { firstName: 'Jan', email: 'jan@example.org', dueAt: null, notes: '' };

/** The form of a page whose request names the first name `person.firstName`; `notes` is left to one alert. */
function renderForm(apiError: unknown, options: ValidatedFormOptions = {}) {
  return renderHook(
    ({ error }: { error: unknown }) =>
      useValidatedForm<Values>(
        { initialValues, validate: { notes: rule(isFilled, 'caseWork.specialFile.required') } },
        { apiError: error, apiFields: { 'person.firstName': 'firstName' }, ...options },
      ),
    { initialProps: { error: apiError } },
  );
}

/** A 400 answer as the API sends it, read by the same code as every real answer. */
const badInput = apiErrorFrom(
  400,
  {
    statusCode: 400,
    code: 'VALIDATION_FAILED',
    message: [
      'person.firstName must be at most 100 characters',
      'email must be an e-mail address',
      'dueAt is too late',
      'token must be a UUID',
    ],
    error: 'Bad Request',
    fields: [
      { field: 'person.firstName', code: 'TOO_LONG', params: { min: 1, max: 100 } },
      { field: 'email', code: 'NOT_AN_EMAIL' },
      { field: 'email', code: 'DUPLICATE' },
      { field: 'dueAt', code: 'DATE_TOO_LATE', params: { max: '2026-12-23' } },
      { field: 'token', code: 'NOT_A_UUID' },
    ],
  },
  'Bad Request',
);

const nl = i18n.getFixedT('nl');

describe('useValidatedForm with the API’s field problems', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('puts each problem of a 400 answer on its input and leaves only the rest for the alert', () => {
    const { result } = renderForm(badInput);
    const form = result.current;
    expect(form.getInputProps('firstName').error).toBe('Vul maximaal 100 tekens in');
    expect(form.getInputProps('email').error).toBe('Vul een geldig e-mailadres in; Deze waarde komt dubbel voor');
    // A date in a message is a date as the user reads it, not the API's YYYY-MM-DD.
    expect(form.getInputProps('dueAt').error).toBe('Kies een datum tot en met 23 dec 2026');
    // No input for the token: its problem stays in the alert, and only there.
    expect(apiErrorText(form.alertError, nl)).toBe('Vul een geldig ID in (UUID)');
    // Not an error of the form's own checks: a one-alert form does not say "fill in the required fields".
    expect(form.hasErrors).toBe(false);
  });

  it('says only that something must be fixed when every problem is at its input', () => {
    const onlyEmail = apiErrorFrom(
      400,
      { statusCode: 400, code: 'VALIDATION_FAILED', fields: [{ field: 'email', code: 'NOT_AN_EMAIL' }] },
      '',
    );
    const { result } = renderForm(onlyEmail);
    expect(apiErrorText(result.current.alertError, nl)).toBe(
      'Niet alle velden zijn goed ingevuld. Controleer de invoer.',
    );
  });

  it('keeps a problem in the alert where the form maps the field to none', () => {
    const { result } = renderForm(badInput, { apiFields: { 'person.firstName': 'firstName', dueAt: null } });
    expect(result.current.getInputProps('dueAt').error).toBeUndefined();
    expect(apiErrorText(result.current.alertError, nl)).toBe(
      'Nieuwe termijn: kies een datum tot en met 23 dec 2026; Vul een geldig ID in (UUID)',
    );
  });

  it('shows the API’s message also at an input that leaves the form’s own messages to one alert', () => {
    const { result } = renderForm(badInput, { liveAfterSubmit: false });
    expect(result.current.getInputProps('email', { withError: false }).error).toBe(
      'Vul een geldig e-mailadres in; Deze waarde komt dubbel voor',
    );
  });

  it('takes a message away from the field the user changes, and from every field when the answer goes', () => {
    const { result, rerender } = renderForm(badInput);
    act(() => result.current.setFieldValue('email', 'jan@voorbeeld.nl'));
    expect(result.current.getInputProps('email').error).toBeUndefined();
    expect(result.current.getInputProps('firstName').error).toBe('Vul maximaal 100 tekens in');
    rerender({ error: null });
    expect(result.current.getInputProps('firstName').error).toBeUndefined();
    expect(result.current.alertError).toBeNull();
  });

  it('leaves any other failure to the alert as it is', () => {
    const stale = apiErrorFrom(409, { statusCode: 409, code: 'REPORT_VERSION_STALE', error: 'Conflict' }, '');
    const { result } = renderForm(stale);
    expect(result.current.alertError).toBe(stale);
    expect(result.current.errors).toEqual({});
  });
});
