import { useForm, type UseFormInput, type UseFormReturnType } from '@mantine/form';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface ValidatedFormOptions {
  /**
   * `true` (the default): after the first submit, every change checks the whole form again, so an error goes as
   * soon as it is fixed and a field that another field makes required (a client's organisation) is flagged at
   * once. `false`: errors stay until the next submit (forms that answer with one "fill in the required fields"
   * alert rather than a message per field).
   */
  liveAfterSubmit?: boolean;
}

export type ValidatedForm<Values> = UseFormReturnType<Values> & {
  /** The error of `path`, translated (rules return i18n keys); undefined when there is none. */
  errorText: (path: string) => string | undefined;
  /** Whether the last check found any error: for forms that show one alert instead of per-field messages. */
  hasErrors: boolean;
  /** Forgets the errors and that a submit was tried, keeping what was entered (a form closed with "cancel"). */
  discardErrors: () => void;
};

/**
 * `useForm` as every Spoor form uses it. Nothing is flagged before the first submit. Rules (see validation.ts)
 * return i18n keys; `getInputProps` hands the inputs their message translated in the current language.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same bound as useForm's, which lets interfaces in
export function useValidatedForm<Values extends Record<string, any>>(
  input: UseFormInput<Values>,
  { liveAfterSubmit = true }: ValidatedFormOptions = {},
): ValidatedForm<Values> {
  const { t } = useTranslation();
  const submitted = useRef(false);
  const self = useRef<UseFormReturnType<Values> | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    clearInputErrorOnChange: liveAfterSubmit,
    ...input,
    onValuesChange: (values, previous) => {
      input.onValuesChange?.(values, previous);
      if (liveAfterSubmit && submitted.current) self.current?.validate();
    },
    enhanceGetInputProps: (payload) => ({
      ...input.enhanceGetInputProps?.(payload),
      error: typeof payload.inputProps['error'] === 'string' ? t(payload.inputProps['error']) : undefined,
    }),
  });
  self.current = form;

  const onSubmit: UseFormReturnType<Values>['onSubmit'] = (handleSubmit, handleValidationFailure) => (event) => {
    submitted.current = true;
    form.onSubmit(handleSubmit, handleValidationFailure)(event);
  };
  const reset = () => {
    submitted.current = false;
    form.reset();
  };
  const discardErrors = () => {
    submitted.current = false;
    form.clearErrors();
  };
  const errorText = (path: string) => {
    const message = form.errors[path];
    return typeof message === 'string' ? t(message) : undefined;
  };
  return { ...form, onSubmit, reset, discardErrors, errorText, hasErrors: Object.keys(form.errors).length > 0 };
}
