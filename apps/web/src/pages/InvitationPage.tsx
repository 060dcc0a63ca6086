import {
  Alert,
  Anchor,
  Button,
  Center,
  Code,
  CopyButton,
  Group,
  Image,
  PasswordInput,
  PinInput,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { MIN_PASSWORD_LENGTH } from '@spoor/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client';
import {
  useAcceptInvitationMutation,
  useCsrfQuery,
  useInvitationQuery,
  type InvitationDetails,
} from '../api/usePublicAuth';
import { useValidatedForm } from '../components/forms/useValidatedForm';
import { PublicFrame } from '../components/PublicFrame';
import { Loading } from '../components/Loading';
import { isSixDigitCode, rule } from '../components/validation';

/** The token travels in the fragment (`/invitation#token=…`), which the browser never sends to a server. */
function tokenFromFragment(): string | null {
  const token = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token');
  return token ? token : null;
}

/** Easier to read and type over; authenticator apps ignore the spaces (the copy button copies without). */
function groupsOfFour(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/** A used, expired or malformed link: nothing the user can fix on this page. */
function isInvalidLink(error: unknown): boolean {
  return (
    error instanceof ApiError && (error.statusCode === 410 || error.statusCode === 400 || error.statusCode === 404)
  );
}

function failureKey(error: unknown): string {
  return error instanceof ApiError && error.statusCode === 429 ? 'login.throttled' : 'login.unavailable';
}

/** Where an invited user (or one who asked for a reset) sets a password and, for staff, enrols TOTP. */
export function InvitationPage() {
  const { t } = useTranslation();
  const [token] = useState(tokenFromFragment);
  useCsrfQuery();
  const invitation = useInvitationQuery(token);
  const accept = useAcceptInvitationMutation();
  const goneOnAccept = accept.error instanceof ApiError && accept.error.statusCode === 410;

  if (token === null || isInvalidLink(invitation.error) || goneOnAccept) {
    return (
      <PublicFrame>
        <InvalidLink />
      </PublicFrame>
    );
  }
  if (invitation.isPending) {
    return (
      <PublicFrame>
        <Center>
          <Loading label={t('invitation.loading')} />
        </Center>
      </PublicFrame>
    );
  }
  if (invitation.isError) {
    return (
      <PublicFrame>
        <Alert color="red" role="alert">
          {t(failureKey(invitation.error))}
        </Alert>
      </PublicFrame>
    );
  }
  const details = invitation.data;
  return (
    <PublicFrame width={details.secondFactor ? 480 : 400}>
      <Title order={2} size="h4">
        {t(`invitation.title.${details.purpose}`)}
      </Title>
      <Text size="sm">{t('invitation.for', { name: details.displayName, email: details.email })}</Text>
      {accept.isSuccess ? (
        <Stack gap="sm">
          <Alert color="teal" role="status">
            {t(`invitation.done.${details.purpose}`)}
          </Alert>
          <Button component={Link} to="/">
            {t('invitation.toLogin')}
          </Button>
        </Stack>
      ) : (
        <InvitationForm
          details={details}
          pending={accept.isPending}
          error={accept.error}
          onSubmit={(input) => accept.mutate({ token, ...input })}
        />
      )}
    </PublicFrame>
  );
}

function InvalidLink() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Alert color="yellow" role="alert" title={t('invitation.invalid')}>
        {t('invitation.invalidHelp')}
      </Alert>
      <Anchor component={Link} to="/password-reset" size="sm">
        {t('invitation.requestNew')}
      </Anchor>
      <Anchor component={Link} to="/" size="sm">
        {t('invitation.toLogin')}
      </Anchor>
    </Stack>
  );
}

interface InvitationFormProps {
  details: InvitationDetails;
  pending: boolean;
  error: Error | null;
  onSubmit: (input: { password?: string; code?: string }) => void;
}

function InvitationForm({ details, pending, error, onSubmit }: InvitationFormProps) {
  const { t } = useTranslation();
  const codeLabelId = useId();
  const codeErrorId = useId();
  const { needsPassword, secondFactor } = details;
  // Passwords are taken as typed (no trimming): the API's policy decides what it accepts, and what it found wrong
  // with the password or the code is shown at that input.
  const form = useValidatedForm<{ password: string; confirmation: string; code: string }>(
    {
      initialValues: { password: '', confirmation: '', code: '' },
      validate: {
        password: rule((password: string) => !needsPassword || password.length > 0, 'invitation.passwordRequired'),
        confirmation: rule(
          (confirmation: string, values: { password: string }) =>
            !needsPassword || values.password.length === 0 || confirmation === values.password,
          'invitation.passwordsDiffer',
        ),
        code: rule((code: string) => !secondFactor || isSixDigitCode(code), 'invitation.codeRequired'),
      },
    },
    { apiError: error },
  );
  const codeError = form.errorText('code');

  const submit = ({ password, code }: { password: string; code: string }) =>
    onSubmit({ ...(needsPassword ? { password } : {}), ...(secondFactor ? { code } : {}) });

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t(`invitation.title.${details.purpose}`)}>
      <Stack gap="md">
        {error && (
          <Alert color="red" role="alert">
            {error instanceof ApiError && error.code === 'VALIDATION_FAILED'
              ? t('apiErrors.VALIDATION_FAILED')
              : t(failureKey(error))}
          </Alert>
        )}
        {needsPassword && (
          <Stack gap="sm">
            <PasswordInput
              label={t('invitation.newPassword')}
              description={t('invitation.passwordHint', { min: MIN_PASSWORD_LENGTH })}
              autoComplete="new-password"
              {...form.getInputProps('password')}
              required
            />
            <PasswordInput
              label={t('invitation.confirmPassword')}
              autoComplete="new-password"
              {...form.getInputProps('confirmation')}
              required
            />
          </Stack>
        )}
        {secondFactor && (
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('invitation.mfaTitle')}
            </Title>
            <Text size="sm">{t('invitation.mfaHelp')}</Text>
            <Center>
              <Image src={secondFactor.qrCode} alt={t('invitation.qrAlt')} w={220} h={220} fit="contain" />
            </Center>
            <Text size="sm">{t('invitation.manualEntry')}</Text>
            <Group gap="xs" wrap="nowrap">
              <Code fz="sm" aria-label={t('invitation.secret')} style={{ userSelect: 'all', wordBreak: 'break-all' }}>
                {groupsOfFour(secondFactor.secret)}
              </Code>
              <CopyButton value={secondFactor.secret}>
                {({ copied, copy }) => (
                  <Button size="compact-xs" variant="light" onClick={copy}>
                    {copied ? t('invitation.copied') : t('invitation.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="sm" fw={500} id={codeLabelId} mt="xs">
              {t('invitation.code')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('invitation.codeHelp')}
            </Text>
            <PinInput
              length={6}
              type="number"
              oneTimeCode
              value={form.values.code}
              onChange={(code) => form.setFieldValue('code', code)}
              error={codeError !== undefined}
              role="group"
              aria-labelledby={codeLabelId}
              aria-describedby={codeError ? codeErrorId : undefined}
              getInputProps={(index) => ({ 'aria-label': t('invitation.codeDigit', { index: index + 1 }) })}
            />
            {codeError && (
              <Text size="xs" c="red" id={codeErrorId}>
                {codeError}
              </Text>
            )}
          </Stack>
        )}
        <Button type="submit" loading={pending} fullWidth>
          {t(`invitation.submit.${details.purpose}`)}
        </Button>
      </Stack>
    </form>
  );
}
