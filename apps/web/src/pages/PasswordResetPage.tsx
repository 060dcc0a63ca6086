import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client';
import { useCsrfQuery, usePasswordResetMutation } from '../api/usePublicAuth';
import { PublicFrame } from '../components/PublicFrame';
import { EMAIL_PATTERN } from '../components/validation';

function failureKey(error: unknown): string {
  if (error instanceof ApiError && error.statusCode === 429) return 'login.throttled';
  if (error instanceof ApiError && error.statusCode === 400) return 'login.emailInvalid';
  return 'login.unavailable';
}

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export function PasswordResetPage() {
  const { t } = useTranslation();
  useCsrfQuery();
  const reset = usePasswordResetMutation();
  const [email, setEmail] = useState('');
  const [touched, setTouched] = useState(false);
  const emailError = touched && !EMAIL_PATTERN.test(email.trim()) ? t('login.emailInvalid') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (EMAIL_PATTERN.test(email.trim())) reset.mutate(email.trim());
  };

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
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={emailError}
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
