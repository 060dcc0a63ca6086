import {
  Alert,
  Anchor,
  Button,
  Center,
  Code,
  CopyButton,
  Group,
  Image,
  List,
  PasswordInput,
  PinInput,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { MIN_PASSWORD_LENGTH } from '@spoor/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client';
import {
  useAcceptInvitationMutation,
  useCsrfQuery,
  useInvitationQuery,
  type InvitationDetails,
} from '../api/usePublicAuth';
import { translateApiMessages } from '../components/apiMessages';
import { PublicFrame } from '../components/PublicFrame';
import { Loading } from '../components/Loading';

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
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [code, setCode] = useState('');
  const [touched, setTouched] = useState(false);
  const { needsPassword, secondFactor } = details;

  const passwordError =
    touched && needsPassword && password.length === 0 ? t('invitation.passwordRequired') : undefined;
  const confirmationError =
    touched && needsPassword && password.length > 0 && confirmation !== password
      ? t('invitation.passwordsDiffer')
      : undefined;
  const codeError = touched && secondFactor && !/^\d{6}$/.test(code) ? t('invitation.codeRequired') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (needsPassword && (password.length === 0 || confirmation !== password)) return;
    if (secondFactor && !/^\d{6}$/.test(code)) return;
    onSubmit({ ...(needsPassword ? { password } : {}), ...(secondFactor ? { code } : {}) });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t(`invitation.title.${details.purpose}`)}>
      <Stack gap="md">
        {error && (
          <Alert
            color="red"
            role="alert"
            title={error instanceof ApiError && error.statusCode === 400 ? t('invitation.failed') : undefined}
          >
            {error instanceof ApiError && error.statusCode === 400 && error.messages.length > 0 ? (
              <List size="sm">
                {translateApiMessages(error.messages, t).map((message) => (
                  <List.Item key={message}>{message}</List.Item>
                ))}
              </List>
            ) : (
              t(failureKey(error))
            )}
          </Alert>
        )}
        {needsPassword && (
          <Stack gap="sm">
            <PasswordInput
              label={t('invitation.newPassword')}
              description={t('invitation.passwordHint', { min: MIN_PASSWORD_LENGTH })}
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={passwordError}
              required
            />
            <PasswordInput
              label={t('invitation.confirmPassword')}
              autoComplete="new-password"
              value={confirmation}
              onChange={(event) => setConfirmation(event.currentTarget.value)}
              error={confirmationError}
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
              value={code}
              onChange={setCode}
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
