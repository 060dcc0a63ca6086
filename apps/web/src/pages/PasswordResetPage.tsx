import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client';
import { useCsrfQuery, usePasswordResetMutation } from '../api/usePublicAuth';
import { useValidatedForm } from '../components/forms/useValidatedForm';
import { PublicFrame } from '../components/PublicFrame';
import { fieldMessage, isEmail, rule } from '../components/validation';

function failureKey(error: unknown): string {
  if (error instanceof ApiError && error.statusCode === 429) return 'login.throttled';
  if (error instanceof ApiError && error.statusCode === 400) return fieldMessage('NOT_AN_EMAIL');
  return 'login.unavailable';
}

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export function PasswordResetPage() {
  const { t } = useTranslation();
  useCsrfQuery();
  const reset = usePasswordResetMutation();
  const form = useValidatedForm({
    initialValues: { email: '' },
    validate: { email: rule((email: string) => isEmail(email.trim()), fieldMessage('NOT_AN_EMAIL')) },
  });
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
                {t(failureKey(reset.error))}
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
