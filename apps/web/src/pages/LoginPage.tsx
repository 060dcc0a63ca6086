import { Alert, Anchor, Button, PasswordInput, PinInput, Stack, Text, TextInput, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client';
import { useLoginMutation, useMfaMutation } from '../api/useAuth';
import { apiErrorText, type ErrorTexts } from '../components/apiMessages';
import { useValidatedForm } from '../components/forms/useValidatedForm';
import { PublicFrame } from '../components/PublicFrame';
import { fieldMessage, isEmail, isSixDigitCode, rule } from '../components/validation';

/**
 * The login's own wording for the codes it expects; any other code (a second factor not set up yet, an expired
 * login) says what it is. "Wrong e-mail or password" never says which of the two was wrong.
 */
const LOGIN_TEXTS: ErrorTexts = {
  LOGIN_INVALID: 'login.failed',
  SECOND_FACTOR_CODE_INVALID: 'login.mfaFailed',
  TOO_MANY_ATTEMPTS: 'login.throttled',
  // The login route itself missing: Spoor is not (properly) there.
  NOT_FOUND: 'login.unavailable',
};

/** An answer without a code this app knows (a proxy's page, no network) is told apart by its status only. */
function loginErrorText(error: unknown, t: TFunction, wrongKey: string): string {
  if (error instanceof ApiError && error.code !== undefined) return apiErrorText(error, t, LOGIN_TEXTS);
  if (!(error instanceof ApiError) || error.statusCode >= 500 || error.statusCode === 404)
    return t('login.unavailable');
  return t(error.statusCode === 429 ? 'login.throttled' : wrongKey);
}

export function LoginPage() {
  const { t } = useTranslation();
  const login = useLoginMutation();
  const mfa = useMfaMutation();
  const credentials = useValidatedForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: rule(isEmail, fieldMessage('NOT_AN_EMAIL')),
      password: rule((password: string) => password.length > 0, 'login.passwordRequired'),
    },
  });
  // The code step has no message: its button waits for six digits.
  const codeForm = useValidatedForm({ initialValues: { code: '' } });
  const code = codeForm.values.code;
  const needsCode = login.data !== undefined && 'mfaRequired' in login.data;

  const submitCredentials = credentials.onSubmit(({ email, password }) =>
    login.mutate({ email: email.trim(), password }),
  );
  const submitCode = codeForm.onSubmit(({ code }) => {
    if (isSixDigitCode(code)) mfa.mutate(code);
  });

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
                {loginErrorText(login.error, t, 'login.failed')}
              </Alert>
            )}
            <TextInput
              label={t('login.email')}
              type="email"
              autoComplete="username"
              {...credentials.getInputProps('email')}
              required
            />
            <PasswordInput
              label={t('login.password')}
              autoComplete="current-password"
              {...credentials.getInputProps('password')}
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
                {loginErrorText(mfa.error, t, 'login.mfaFailed')}
              </Alert>
            )}
            <PinInput
              length={6}
              type="number"
              oneTimeCode
              autoFocus
              value={code}
              onChange={(value) => codeForm.setFieldValue('code', value)}
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
