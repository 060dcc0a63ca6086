import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client';
import { useBreakGlassLookupMutation } from '../api/useBreakGlass';
import { useBreakGlassMutation } from '../api/useSpecialFile';
import { apiErrorText } from '../components/apiMessages';
import { SpecialFileTab } from '../components/case-work/SpecialFileTab';
import { useValidatedForm } from '../components/forms/useValidatedForm';
import { formatDateTime } from '../components/format';
import { hasLength, isFilled, rule } from '../components/validation';

/** How the reference is typed on letters and lists; the API checks the same and matches exactly. */
const REFERENCE_PATTERN = /^[A-Za-z]{2,4}-\d{4}-\d{1,8}$/;

type Step =
  | { kind: 'lookup' }
  | { kind: 'found'; caseId: string; reference: string }
  | { kind: 'granted'; caseId: string; reference: string; expiresAt: string };

/**
 * Noodtoegang: an unassigned coach or labour expert finds a case by its exact reference, gives the reason and
 * then sees the special file for the grant's time, with the time left. Before the reason the API tells nothing
 * about the case but that it is there (and this page shows nothing else either).
 */
export function BreakGlassPage() {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'lookup' });

  return (
    <Stack gap="md" maw={900}>
      <Title order={2}>{t('breakGlass.title')}</Title>
      <Text>{t('breakGlass.intro')}</Text>
      <Alert color="grape" variant="light" role="note">
        {t('breakGlass.logged')}
      </Alert>
      {step.kind === 'lookup' && (
        <LookupForm onFound={(caseId, reference) => setStep({ kind: 'found', caseId, reference })} />
      )}
      {step.kind === 'found' && (
        <ReasonForm
          caseId={step.caseId}
          reference={step.reference}
          onGranted={(expiresAt) => setStep({ ...step, kind: 'granted', expiresAt })}
          onCancel={() => setStep({ kind: 'lookup' })}
        />
      )}
      {step.kind === 'granted' && (
        <Granted
          caseId={step.caseId}
          reference={step.reference}
          expiresAt={step.expiresAt}
          onDone={() => setStep({ kind: 'lookup' })}
        />
      )}
    </Stack>
  );
}

function LookupForm({ onFound }: { onFound: (caseId: string, reference: string) => void }) {
  const { t } = useTranslation();
  const lookup = useBreakGlassLookupMutation();
  const form = useValidatedForm<{ reference: string }>(
    {
      initialValues: { reference: '' },
      validate: {
        reference: (value: string) =>
          !isFilled(value)
            ? 'breakGlass.referenceRequired'
            : REFERENCE_PATTERN.test(value.trim())
              ? null
              : 'breakGlass.referenceFormat',
      },
    },
    { apiError: lookup.error },
  );
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={form.onSubmit(({ reference }) => {
          const exact = reference.trim().toUpperCase();
          lookup.mutate(exact, { onSuccess: ({ caseId }) => onFound(caseId, exact) });
        })}
        noValidate
      >
        <Stack>
          <TextInput
            label={t('breakGlass.reference')}
            description={t('breakGlass.referenceHint')}
            autoComplete="off"
            maxLength={32}
            required
            {...form.getInputProps('reference')}
          />
          {lookup.isError && (
            <Alert color={isStatus(lookup.error, 404) ? 'yellow' : 'red'} role="alert">
              {apiErrorText(form.alertError, t, {
                NOT_FOUND: 'breakGlass.notFound',
                TOO_MANY_ATTEMPTS: 'breakGlass.throttled',
              })}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={lookup.isPending}>
              {t('breakGlass.find')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function ReasonForm({
  caseId,
  reference,
  onGranted,
  onCancel,
}: {
  caseId: string;
  reference: string;
  onGranted: (expiresAt: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const open = useBreakGlassMutation(caseId);
  const form = useValidatedForm<{ reason: string }>(
    {
      initialValues: { reason: '' },
      validate: { reason: rule(hasLength(10, 1000), 'breakGlass.reasonTooShort') },
    },
    { apiError: open.error },
  );
  const assigned = open.error instanceof ApiError && open.error.code === 'BREAK_GLASS_NOT_NEEDED';
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={form.onSubmit(({ reason }) =>
          open.mutate(reason.trim(), { onSuccess: (g) => onGranted(g.expiresAt) }),
        )}
        noValidate
      >
        <Stack>
          <Text fw={500}>{t('breakGlass.found', { reference })}</Text>
          <Text size="sm">{t('breakGlass.foundExplain')}</Text>
          <Textarea
            label={t('breakGlass.reason')}
            description={t('breakGlass.reasonHint')}
            minRows={3}
            autosize
            maxLength={1000}
            required
            data-autofocus
            {...form.getInputProps('reason')}
          />
          {assigned ? (
            <Alert color="yellow" role="alert">
              {t('breakGlass.assigned')}{' '}
              <Anchor component={Link} to={`/cases/${encodeURIComponent(caseId)}`}>
                {t('breakGlass.toCase')}
              </Anchor>
            </Alert>
          ) : (
            open.isError && (
              <Alert color="red" role="alert">
                {apiErrorText(form.alertError, t, { NOT_FOUND: 'breakGlass.notFound' })}
              </Alert>
            )
          )}
          <Group justify="flex-end">
            <Button variant="subtle" color="gray" onClick={onCancel}>
              {t('breakGlass.cancel')}
            </Button>
            <Button type="submit" color="red" loading={open.isPending}>
              {t('breakGlass.open')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The current time, refreshed every `everyMs`: enough for a countdown in minutes. */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

function Granted({
  caseId,
  reference,
  expiresAt,
  onDone,
}: {
  caseId: string;
  reference: string;
  expiresAt: string;
  onDone: () => void;
}) {
  return (
    <GrantTimeLeft reference={reference} expiresAt={expiresAt} onDone={onDone}>
      {/* The special file as the grant opens it, read only, while the grant lasts. */}
      <SpecialFileTab caseId={caseId} canWrite={false} canBreakGlass={false} />
    </GrantTimeLeft>
  );
}

/**
 * The grant's banner with the minutes left, refreshed every 15 seconds; `children` (the file) only while the
 * grant lasts. The API enforces the expiry; this only keeps the screen honest about it.
 */
export function GrantTimeLeft({
  reference,
  expiresAt,
  onDone,
  children,
}: {
  reference: string;
  expiresAt: string;
  onDone: () => void;
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const now = useNow(15_000);
  const left = new Date(expiresAt).getTime() - now;
  const time = formatDateTime(expiresAt, i18n.language);
  const minutes = Math.floor(left / 60_000);
  return (
    <Stack>
      {left <= 0 ? (
        <Alert color="gray" role="status">
          {t('breakGlass.expired', { reference })}
        </Alert>
      ) : (
        <>
          <Alert color="orange" role="status" aria-live="polite">
            {minutes < 1
              ? t('breakGlass.activeLessThanMinute', { reference, time })
              : t('breakGlass.active', { reference, time, count: minutes })}
          </Alert>
          {children}
        </>
      )}
      <Group>
        <Button variant="light" onClick={onDone}>
          {t('breakGlass.done')}
        </Button>
      </Group>
    </Stack>
  );
}

const isStatus = (error: unknown, status: number) => error instanceof ApiError && error.statusCode === status;
