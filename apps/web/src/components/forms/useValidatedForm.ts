import { useForm, type UseFormInput, type UseFormReturnType } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { splitFieldProblems } from '../apiMessages';

/**
 * The API's name of a request field → the form path whose input shows its problems, for fields the form holds
 * under another name (`person.firstName` → `firstName`); `null` keeps that field's problems in the alert.
 */
export type ApiFieldNames = Readonly<Record<string, string | null>>;

/**
 * The same as a function, for forms whose request has lists (`report.spoor1.suitableWork[2].isco08`): a path
 * for the field, or `null`/`undefined` to keep its problems in the alert.
 */
export type ApiFieldMapper = (field: string) => string | null | undefined;

export interface ValidatedFormOptions {
  /**
   * `true` (the default): after the first submit, every change checks the whole form again, so an error goes as
   * soon as it is fixed and a field that another field makes required (a client's organisation) is flagged at
   * once. `false`: errors stay until the next submit (forms that answer with one "fill in the required fields"
   * alert rather than a message per field).
   */
  liveAfterSubmit?: boolean;
  /**
   * The last failure of the request the form sends. The problems of a VALIDATION_FAILED answer are shown at
   * their inputs (also inputs that leave the form's own checks to one alert) until that field changes or the
   * form is submitted again; `alertError` is what is left for the alert.
   */
  apiError?: unknown;
  /** Where `apiError`'s problems go when the API names a field differently; a field the form holds as named needs no entry. */
  apiFields?: ApiFieldNames | ApiFieldMapper;
}

export type ValidatedForm<Values> = UseFormReturnType<Values> & {
  /** The error of `path`, translated (rules return i18n keys); undefined when there is none. */
  errorText: (path: string) => string | undefined;
  /** Whether the form's own check found any error: for forms that show one alert instead of per-field messages. */
  hasErrors: boolean;
  /** Forgets the errors and that a submit was tried, keeping what was entered (a form closed with "cancel"). */
  discardErrors: () => void;
  /** `apiError` as the form's alert tells it: without the field problems its inputs show (for apiErrorText). */
  alertError: unknown;
};

/** The value at a form path (`ownWork.gaps.0.item`), or undefined when the form holds no such path. */
export const valueAt = (path: string, values: unknown): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined,
      values,
    );

/**
 * `useForm` as every Spoor form uses it. Nothing is flagged before the first submit. Rules (see validation.ts)
 * return i18n keys; `getInputProps` hands the inputs their message translated in the current language.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same bound as useForm's, which lets interfaces in
export function useValidatedForm<Values extends Record<string, any>>(
  input: UseFormInput<Values>,
  { liveAfterSubmit = true, apiError, apiFields = {} }: ValidatedFormOptions = {},
): ValidatedForm<Values> {
  const { t } = useTranslation();
  const submitted = useRef(false);
  const self = useRef<UseFormReturnType<Values> | null>(null);
  /** The messages the API's answer put on inputs, by path: shown even where the form's own errors are not. */
  const fromApi = useRef<Record<string, string>>({});
  const isFromApi = (path: string, errors: Record<string, unknown>) =>
    fromApi.current[path] !== undefined && errors[path] === fromApi.current[path];

  const form = useForm<Values>({
    mode: 'controlled',
    clearInputErrorOnChange: liveAfterSubmit,
    ...input,
    onValuesChange: (values, previous) => {
      input.onValuesChange?.(values, previous);
      // A field the user changed loses the API's message; the others keep it, also through a new check.
      const placed = fromApi.current;
      const kept = Object.fromEntries(
        Object.entries(placed).filter(([path]) => valueAt(path, values) === valueAt(path, previous)),
      );
      fromApi.current = kept;
      if (liveAfterSubmit && submitted.current) self.current?.validate();
      if (Object.keys(placed).length > 0) {
        self.current?.setErrors((current) => {
          const errors = { ...current };
          for (const [path, message] of Object.entries(placed)) if (errors[path] === message) delete errors[path];
          return { ...kept, ...errors };
        });
      }
    },
    enhanceGetInputProps: (payload) => {
      const path = String(payload.field);
      const shown =
        payload.options.withError !== false
          ? payload.inputProps['error']
          : isFromApi(path, payload.form.errors)
            ? payload.form.errors[path]
            : undefined;
      return { ...input.enhanceGetInputProps?.(payload), error: typeof shown === 'string' ? t(shown) : undefined };
    },
  });
  self.current = form;

  const inputOf = (field: string): string | undefined => {
    const named =
      typeof apiFields === 'function'
        ? apiFields(field)
        : Object.prototype.hasOwnProperty.call(apiFields, field)
          ? apiFields[field]
          : field;
    return named !== null && named !== undefined && valueAt(named, form.getValues()) !== undefined ? named : undefined;
  };
  const { atInputs, rest } = splitFieldProblems(apiError, inputOf);

  // Once per answer: a new failure (or none) replaces what the previous one put on the inputs.
  useEffect(() => {
    const previous = fromApi.current;
    fromApi.current = atInputs;
    if (Object.keys(previous).length === 0 && Object.keys(atInputs).length === 0) return;
    form.setErrors((current) => {
      const errors = { ...current };
      for (const [path, message] of Object.entries(previous)) if (errors[path] === message) delete errors[path];
      return { ...errors, ...atInputs };
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- per answer, not per render of the form
  }, [apiError]);

  const onSubmit: UseFormReturnType<Values>['onSubmit'] = (handleSubmit, handleValidationFailure) => (event) => {
    submitted.current = true;
    fromApi.current = {};
    form.onSubmit(handleSubmit, handleValidationFailure)(event);
  };
  const reset = () => {
    submitted.current = false;
    fromApi.current = {};
    form.reset();
  };
  const discardErrors = () => {
    submitted.current = false;
    fromApi.current = {};
    form.clearErrors();
  };
  const errorText = (path: string) => {
    const message = form.errors[path];
    return typeof message === 'string' ? t(message) : undefined;
  };
  const hasErrors = Object.keys(form.errors).some((path) => !isFromApi(path, form.errors));
  return { ...form, onSubmit, reset, discardErrors, errorText, hasErrors, alertError: rest };
}
