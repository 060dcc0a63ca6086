import { Alert, Anchor, Button, PasswordInput, PinInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client';
import { useLoginMutation, useMfaMutation } from '../api/useAuth';
import { PublicFrame } from '../components/PublicFrame';
import { EMAIL_PATTERN } from '../components/validation';

function errorKey(error: unknown, wrongKey: string): string {
  if (error instanceof ApiError) {
    if (error.statusCode === 429) return 'login.throttled';
    if (error.statusCode >= 500 || error.statusCode === 404) return 'login.unavailable';
    return wrongKey;
  }
  return 'login.unavailable';
}

export function LoginPage() {
  const { t } = useTranslation();
  const login = useLoginMutation();
  const mfa = useMfaMutation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [touched, setTouched] = useState(false);
  const needsCode = login.data !== undefined && 'mfaRequired' in login.data;

  const emailError = touched && !EMAIL_PATTERN.test(email) ? t('login.emailInvalid') : undefined;
  const passwordError = touched && password.length === 0 ? t('login.passwordRequired') : undefined;

  const submitCredentials = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!EMAIL_PATTERN.test(email) || password.length === 0) return;
    login.mutate({ email: email.trim(), password });
  };

  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    if (/^\d{6}$/.test(code)) mfa.mutate(code);
  };

  return (
    <PublicFrame>
      {!needsCode ? (
        <form onSubmit={submitCredentials} noValidate aria-label={t('login.title')}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('login.title')}
            </Title>
            {login.isError && (
              <Alert color="red" role="alert">
                {t(errorKey(login.error, 'login.failed'))}
              </Alert>
            )}
            <TextInput
              label={t('login.email')}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={emailError}
              required
            />
            <PasswordInput
              label={t('login.password')}
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={passwordError}
              required
            />
            <Button type="submit" loading={login.isPending} fullWidth>
              {t('login.submit')}
            </Button>
            <Anchor component={Link} to="/password-reset" size="sm">
              {t('login.forgotPassword')}
            </Anchor>
          </Stack>
        </form>
      ) : (
        <form onSubmit={submitCode} aria-label={t('login.mfaTitle')}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('login.mfaTitle')}
            </Title>
            <Text size="sm">{t('login.mfaHelp')}</Text>
            {mfa.isError && (
              <Alert color="red" role="alert">
                {t(errorKey(mfa.error, 'login.mfaFailed'))}
              </Alert>
            )}
            <PinInput
              length={6}
              type="number"
              oneTimeCode
              autoFocus
              value={code}
              onChange={setCode}
              aria-label={t('login.code')}
              ariaLabel={t('login.code')}
            />
            <Button type="submit" loading={mfa.isPending} disabled={code.length !== 6} fullWidth>
              {t('login.verify')}
            </Button>
            <Anchor component="button" type="button" size="sm" onClick={() => login.reset()}>
              {t('login.back')}
            </Anchor>
          </Stack>
        </form>
      )}
      <Text size="xs" c="dimmed">
        {t('login.privacyNote')}
      </Text>
    </PublicFrame>
  );
}
