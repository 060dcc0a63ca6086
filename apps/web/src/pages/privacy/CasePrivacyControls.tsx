import { Alert, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLegalHoldMutation, useLiftRestrictionMutation, type PrivacyCaseDetail } from '../../api/usePrivacyCases';
import { apiErrorText } from '../../components/apiMessages';
import { formatDateTime } from '../../components/format';
import { useValidatedForm } from '../../components/forms/useValidatedForm';
import { hasLength, rule } from '../../components/validation';

/** As the API checks it: a hold needs a reason of 5 to 500 characters. */
export const LEGAL_HOLD_REASON = { min: 5, max: 500 };

type Feedback = { colour: 'teal' | 'red'; message: string } | null;

function FeedbackAlert({ feedback }: { feedback: Feedback }) {
  if (!feedback) return null;
  return (
    <Alert color={feedback.colour} role={feedback.colour === 'red' ? 'alert' : 'status'}>
      {feedback.message}
    </Alert>
  );
}

/**
 * Places or lifts a legal hold (`PUT /cases/:id/legal-hold`, privacy officer only). Placing asks for the
 * reason; lifting asks for confirmation, because the case may then be erased.
 */
export function LegalHoldControl({ item }: { item: PrivacyCaseDetail }) {
  const { t, i18n } = useTranslation();
  const mutation = useLegalHoldMutation(item.id);
  const [dialog, setDialog] = useState<'place' | 'lift' | null>(null);
  const form = useValidatedForm<{ reason: string }>({
    initialValues: { reason: '' },
    validate: {
      reason: rule(hasLength(LEGAL_HOLD_REASON.min, LEGAL_HOLD_REASON.max), 'privacy.cases.hold.reasonInvalid'),
    },
  });
  const [feedback, setFeedback] = useState<Feedback>(null);

  const close = () => {
    setDialog(null);
    form.reset();
  };
  /** Places the hold with its reason, or lifts it (no reason). */
  const send = (reason?: string) => {
    const hold = reason !== undefined;
    setFeedback(null);
    mutation.mutate(hold ? { hold, reason } : { hold }, {
      onSuccess: () => {
        close();
        setFeedback({ colour: 'teal', message: t(hold ? 'privacy.cases.hold.placed' : 'privacy.cases.hold.lifted') });
      },
      onError: (error) => {
        close();
        setFeedback({ colour: 'red', message: apiErrorText(error, t) });
      },
    });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="legal-hold-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="legal-hold-title">
          {t('privacy.cases.hold.title')}
        </Title>
        <FeedbackAlert feedback={feedback} />
        {item.legalHold ? (
          <Stack gap={4}>
            <Text fw={500}>{t('privacy.cases.hold.active')}</Text>
            <Text size="sm">
              {t('privacy.cases.hold.reason')}: {item.legalHoldReason ?? t('common.none')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('privacy.cases.hold.since')}: {formatDateTime(item.legalHoldAt, i18n.language)} ·{' '}
              {t('privacy.cases.hold.by')}: {item.legalHoldByName ?? t('common.none')}
            </Text>
          </Stack>
        ) : (
          <Stack gap={4}>
            <Text>{t('privacy.cases.hold.none')}</Text>
            <Text size="sm" c="dimmed">
              {t('privacy.cases.hold.noneHelp')}
            </Text>
          </Stack>
        )}
        <Group>
          {item.legalHold ? (
            <Button variant="default" onClick={() => setDialog('lift')}>
              {t('privacy.cases.hold.lift')}
            </Button>
          ) : (
            <Button onClick={() => setDialog('place')}>{t('privacy.cases.hold.place')}</Button>
          )}
        </Group>
      </Stack>
      <Modal
        opened={dialog === 'place'}
        onClose={close}
        title={t('privacy.cases.hold.placeTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={form.onSubmit(({ reason }) => send(reason.trim()))} noValidate>
          <Stack>
            <Textarea
              label={t('privacy.cases.hold.reasonLabel')}
              description={t('privacy.cases.hold.reasonHelp')}
              {...form.getInputProps('reason')}
              maxLength={LEGAL_HOLD_REASON.max}
              autosize
              minRows={3}
              required
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('privacy.common.cancel')}
              </Button>
              <Button type="submit" loading={mutation.isPending}>
                {t('privacy.cases.hold.confirmPlace')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <Modal
        opened={dialog === 'lift'}
        onClose={close}
        title={t('privacy.cases.hold.liftTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text size="sm">{t('privacy.cases.hold.liftText', { reference: item.reference })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('privacy.common.cancel')}
            </Button>
            <Button color="red" onClick={() => send()} loading={mutation.isPending}>
              {t('privacy.cases.hold.confirmLift')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

/**
 * Shows whether processing is restricted (AVG art. 18) and lifts it (`POST /people/:id/restriction/lift`,
 * privacy officer only). A restriction is placed by completing a restriction request, not here.
 */
export function RestrictionControl({ item }: { item: PrivacyCaseDetail }) {
  const { t } = useTranslation();
  const mutation = useLiftRestrictionMutation(item.personId);
  const [confirming, setConfirming] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const lift = () => {
    setFeedback(null);
    mutation.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        setFeedback({ colour: 'teal', message: t('privacy.cases.restriction.lifted') });
      },
      onError: (error) => {
        setConfirming(false);
        setFeedback({ colour: 'red', message: apiErrorText(error, t) });
      },
    });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="restriction-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="restriction-title">
          {t('privacy.cases.restriction.title')}
        </Title>
        <FeedbackAlert feedback={feedback} />
        <Text fw={item.processingRestricted ? 500 : undefined}>
          {item.processingRestricted ? t('privacy.cases.restriction.active') : t('privacy.cases.restriction.none')}
        </Text>
        {item.processingRestricted && (
          <Group>
            <Button variant="default" onClick={() => setConfirming(true)}>
              {t('privacy.cases.restriction.lift')}
            </Button>
          </Group>
        )}
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('privacy.cases.restriction.liftTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text size="sm">{t('privacy.cases.restriction.liftText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('privacy.common.cancel')}
            </Button>
            <Button color="red" onClick={lift} loading={mutation.isPending}>
              {t('privacy.cases.restriction.confirmLift')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
