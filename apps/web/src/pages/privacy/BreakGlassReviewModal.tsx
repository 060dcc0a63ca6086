import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { BREAK_GLASS_REVIEW_OUTCOMES } from '@spoor/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useAccessLogReviewMutation,
  useBreakGlassBreachMutation,
  type BreakGlassAwaitingReview,
  type BreakGlassReviewed,
  type BreakGlassReviewOutcome,
} from '../../api/useAccessLog';
import { apiErrorText } from '../../components/apiMessages';
import { useValidatedForm } from '../../components/forms/useValidatedForm';
import { formatDateTime } from '../../components/format';
import { hasLength, rule } from '../../components/validation';
import { labelOf } from './privacyFormat';

/**
 * The privacy officer reviews a break-the-glass access: an outcome (required) and a note. An outcome that asks
 * for follow-up puts an item on the worklist; where health data was read under the grant the modal then offers
 * a breach record, drafted here, that the officer confirms.
 */
export function BreakGlassReviewModal({
  grant,
  onClose,
  onDone,
}: {
  grant: BreakGlassAwaitingReview | null;
  onClose: () => void;
  /** The review (and possibly a breach) is recorded: what to tell the officer on the page. */
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={grant !== null} onClose={onClose} title={t('breakGlass.review.title')} size="lg">
      {grant && <ReviewSteps key={grant.id} grant={grant} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

function ReviewSteps({
  grant,
  onClose,
  onDone,
}: {
  grant: BreakGlassAwaitingReview;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const review = useAccessLogReviewMutation();
  const [reviewed, setReviewed] = useState<BreakGlassReviewed | null>(null);
  const form = useValidatedForm<{ outcome: BreakGlassReviewOutcome | ''; note: string }>(
    {
      initialValues: { outcome: '', note: '' },
      validate: {
        outcome: rule((value: string) => value !== '', 'breakGlass.review.outcomeRequired'),
        note: rule((value: string) => value.length <= 2000, 'breakGlass.review.noteTooLong'),
      },
    },
    { apiError: review.error },
  );

  if (reviewed) {
    const lines = [
      t('breakGlass.review.done'),
      ...(reviewed.followUpId ? [t('breakGlass.review.followUpOpened')] : []),
    ].join(' ');
    if (reviewed.followUpId && reviewed.healthDataRead)
      return (
        <Stack>
          <Alert color="teal" role="status">
            {lines}
          </Alert>
          <BreakGlassBreachForm
            grantId={grant.id}
            caseReference={grant.caseReference}
            onStarted={() => onDone(`${lines} ${t('breakGlass.review.breachStarted')}`)}
            onSkip={() => onDone(lines)}
          />
        </Stack>
      );
    return (
      <Stack>
        <Alert color="teal" role="status">
          {lines}
        </Alert>
        {reviewed.followUpId && <Text size="sm">{t('breakGlass.review.noHealthDataRead')}</Text>}
        <Group justify="flex-end">
          <Button onClick={() => onDone(lines)}>{t('breakGlass.review.close')}</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(({ outcome, note }) => {
        if (outcome === '') return;
        review.mutate({ id: grant.id, outcome, note: note.trim() || undefined }, { onSuccess: setReviewed });
      })}
    >
      <Stack>
        <Text size="sm">
          {t('breakGlass.review.summary', {
            user: `${grant.userName ?? t('privacy.accessLog.unknownActor')} (${labelOf(t, 'roles', grant.userRole)})`,
            reference: grant.caseReference,
            at: formatDateTime(grant.openedAt, i18n.language),
          })}
        </Text>
        <div>
          <Text size="xs" c="dimmed">
            {t('breakGlass.review.reason')}
          </Text>
          <Text size="sm">{grant.reason ?? '—'}</Text>
        </div>
        <Radio.Group label={t('breakGlass.review.outcome')} required {...form.getInputProps('outcome')}>
          <Stack gap="xs" mt="xs">
            {BREAK_GLASS_REVIEW_OUTCOMES.map((outcome) => (
              <Radio key={outcome} value={outcome} label={t(`breakGlass.outcomes.${outcome}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('breakGlass.review.note')}
          description={t('breakGlass.review.noteHint')}
          minRows={3}
          autosize
          maxLength={2000}
          {...form.getInputProps('note')}
        />
        {review.isError && (
          <Alert color="red" role="alert">
            {apiErrorText(form.alertError, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="subtle" color="gray" onClick={onClose}>
            {t('breakGlass.review.cancel')}
          </Button>
          <Button type="submit" loading={review.isPending}>
            {t('breakGlass.review.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The breach record drafted from a follow-up where health data was read: the officer checks the nature and
 * confirms; the API registers it through the breach register (the 72-hour clock starts) and links it.
 */
export function BreakGlassBreachForm({
  grantId,
  caseReference,
  onStarted,
  onSkip,
}: {
  grantId: string;
  caseReference: string;
  onStarted: () => void;
  onSkip: () => void;
}) {
  const { t } = useTranslation();
  const breach = useBreakGlassBreachMutation();
  const form = useValidatedForm<{ nature: string }>(
    {
      initialValues: { nature: t('breakGlass.review.breachNatureDraft', { reference: caseReference }) },
      validate: { nature: rule(hasLength(5, 4000), 'breakGlass.review.breachNatureTooShort') },
    },
    { apiError: breach.error },
  );
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(({ nature }) =>
        breach.mutate(
          {
            grantId,
            nature: nature.trim(),
            categoriesOfPeople: [t('breakGlass.review.breachPeople')],
            categoriesOfRecords: [t('breakGlass.review.breachRecords')],
          },
          { onSuccess: onStarted },
        ),
      )}
    >
      <Stack>
        <Alert color="orange" role="status">
          {t('breakGlass.review.healthDataRead')}
        </Alert>
        <Textarea
          label={t('breakGlass.review.breachNature')}
          minRows={3}
          autosize
          maxLength={4000}
          required
          {...form.getInputProps('nature')}
        />
        {breach.isError && (
          <Alert color="red" role="alert">
            {apiErrorText(form.alertError, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="subtle" color="gray" onClick={onSkip}>
            {t('breakGlass.review.breachSkip')}
          </Button>
          <Button type="submit" color="red" loading={breach.isPending}>
            {t('breakGlass.review.breachConfirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
