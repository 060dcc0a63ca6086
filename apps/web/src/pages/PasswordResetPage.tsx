import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client';
import { useCsrfQuery, usePasswordResetMutation } from '../api/usePublicAuth';
import { apiErrorText } from '../components/apiMessages';
import { useValidatedForm } from '../components/forms/useValidatedForm';
import { PublicFrame } from '../components/PublicFrame';
import { fieldMessage, isEmail, rule } from '../components/validation';

/**
 * What the alert says about a failed request. Bad input is shown at the address (the form's `apiError`): the
 * alert says what is left, `alertError`.
 */
function failureText(error: unknown, alertError: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.statusCode === 429) return t('login.throttled');
  if (error instanceof ApiError && error.statusCode === 400) return apiErrorText(alertError, t);
  return t('login.unavailable');
}

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export function PasswordResetPage() {
  const { t } = useTranslation();
  useCsrfQuery();
  const reset = usePasswordResetMutation();
  const form = useValidatedForm(
    {
      initialValues: { email: '' },
      validate: { email: rule((email: string) => isEmail(email.trim()), fieldMessage('NOT_AN_EMAIL')) },
    },
    { apiError: reset.error },
  );
  const submit = form.onSubmit(({ email }) => reset.mutate(email.trim()));

  return (
    <PublicFrame>
      <Title order={2} size="h4">
        {t('passwordReset.title')}
      </Title>
      {reset.isSuccess ? (
        <Alert color="teal" role="status">
          {t('passwordReset.sent')}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate aria-label={t('passwordReset.title')}>
          <Stack gap="sm">
            <Text size="sm">{t('passwordReset.help')}</Text>
            {reset.isError && (
              <Alert color="red" role="alert">
                {failureText(reset.error, form.alertError, t)}
              </Alert>
            )}
            <TextInput
              label={t('passwordReset.email')}
              type="email"
              autoComplete="username"
              {...form.getInputProps('email')}
              required
            />
            <Button type="submit" loading={reset.isPending} fullWidth>
              {t('passwordReset.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/" size="sm">
        {t('passwordReset.backToLogin')}
      </Anchor>
    </PublicFrame>
  );
}
