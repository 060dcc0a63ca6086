import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeQuery } from '../../api/useAuth';
import {
  useMeConsentsQuery,
  useMeGiveConsentMutation,
  useMeObjectionQuery,
  useMeObjectMutation,
  useMeWithdrawConsentMutation,
} from '../../api/useMePrivacy';
import { apiErrorText } from '../../components/apiMessages';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { CONSENT_PURPOSES } from '@spoor/domain';

const PURPOSES = CONSENT_PURPOSES;

/**
 * The satisfaction survey: what is passed on, to whom and on which basis (legitimate interest, not consent), and
 * the objection in one step. The objection is a privacy request the privacy officer sees; it is in effect at once.
 */
function SurveyObjection() {
  const { t, i18n } = useTranslation();
  const objection = useMeObjectionQuery('satisfaction_survey');
  const object = useMeObjectMutation('satisfaction_survey');
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="survey-title">
      <Stack gap="xs">
        <Title order={3} id="survey-title">
          {t('privacy.me.surveyTitle')}
        </Title>
        <Text size="sm">{t('privacy.me.surveyExplanation')}</Text>
        {objection.isPending && <Loading />}
        {objection.isError && (
          <Alert color="red" role="alert">
            {t('privacy.common.loadError')}
          </Alert>
        )}
        {objection.data && (
          <Alert color="teal" role="status">
            {object.isSuccess
              ? t('privacy.me.surveyObjectedNow')
              : t('privacy.me.surveyObjected', { date: formatDate(objection.data.receivedAt, i18n.language) })}
          </Alert>
        )}
        {objection.data === null && (
          <>
            <Text size="sm">{t('privacy.me.surveyObjectionHelp')}</Text>
            {object.isError && (
              <Alert color="red" role="alert">
                {apiErrorText(object.error, t)}
              </Alert>
            )}
            <Group>
              <Button variant="default" loading={object.isPending} onClick={() => object.mutate()}>
                {t('privacy.me.surveyObject')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function Consents({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const consents = useMeConsentsQuery(personId);
  const give = useMeGiveConsentMutation(personId);
  const withdraw = useMeWithdrawConsentMutation(personId);
  const [feedback, setFeedback] = useState<{ colour: 'teal' | 'red'; message: string } | null>(null);
  const failed = (error: Error) => setFeedback({ colour: 'red', message: apiErrorText(error, t) });
  const purposeLabel = (purpose: string) => {
    const key = `privacy.me.purposes.${purpose}`;
    const text = t(key);
    return text === key ? purpose : text;
  };

  if (consents.isPending) return <Loading />;
  if (consents.isError)
    return (
      <Alert color="red" role="alert">
        {t('privacy.common.loadError')}
      </Alert>
    );
  const items = consents.data.items;
  const activeFor = (purpose: string) => items.some((item) => item.purpose === purpose && !item.withdrawnAt);
  return (
    <Stack gap="md">
      {feedback && (
        <Alert
          color={feedback.colour}
          role={feedback.colour === 'red' ? 'alert' : 'status'}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setFeedback(null)}
        >
          {feedback.message}
        </Alert>
      )}
      {PURPOSES.filter((purpose) => !activeFor(purpose)).map((purpose) => (
        <Paper key={purpose} withBorder p="md" radius="md">
          <Stack gap="xs">
            <Text fw={500}>{purposeLabel(purpose)}</Text>
            <Text size="sm">{t(`privacy.me.purposeHelp.${purpose}`)}</Text>
            <Group>
              <Button
                loading={give.isPending}
                onClick={() => {
                  setFeedback(null);
                  give.mutate(purpose, {
                    onSuccess: () => setFeedback({ colour: 'teal', message: t('privacy.me.consentGiven') }),
                    onError: failed,
                  });
                }}
              >
                {t('privacy.me.give')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ))}
      {items.length === 0 && <Text c="dimmed">{t('privacy.me.consentsEmpty')}</Text>}
      {items.length > 0 && (
        <Stack
          gap="xs"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('privacy.me.consentsTitle')}
        >
          {items.map((consent) => (
            <Paper key={consent.id} component="li" withBorder p="sm" radius="md">
              <Group justify="space-between" align="flex-start">
                <Stack gap={2}>
                  <Text fw={500}>{purposeLabel(consent.purpose)}</Text>
                  <Text size="sm">{t('privacy.me.givenAt', { date: formatDate(consent.givenAt, i18n.language) })}</Text>
                  {consent.withdrawnAt && (
                    <Text size="sm">
                      {t(consent.endReason === 'purpose_retired' ? 'privacy.me.retiredAt' : 'privacy.me.withdrawnAt', {
                        date: formatDate(consent.withdrawnAt, i18n.language),
                      })}
                    </Text>
                  )}
                </Stack>
                <Group gap="xs">
                  <Badge color={consent.withdrawnAt ? 'gray' : 'teal'} variant="light" tt="none">
                    {t(
                      !consent.withdrawnAt
                        ? 'privacy.me.active'
                        : consent.endReason === 'purpose_retired'
                          ? 'privacy.me.retired'
                          : 'privacy.me.withdrawn',
                    )}
                  </Badge>
                  {!consent.withdrawnAt && (
                    <Button
                      size="xs"
                      variant="default"
                      loading={withdraw.isPending && withdraw.variables === consent.id}
                      onClick={() => {
                        setFeedback(null);
                        withdraw.mutate(consent.id, {
                          onSuccess: () => setFeedback({ colour: 'teal', message: t('privacy.me.consentWithdrawn') }),
                          onError: failed,
                        });
                      }}
                    >
                      {t('privacy.me.withdraw')}
                    </Button>
                  )}
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/**
 * The participant's privacy choices, each saying what it does: the satisfaction survey (legitimate interest, with
 * a one-step objection) and consents (the newsletter: give, withdraw at any time).
 */
export function MyConsentsPage() {
  const { t } = useTranslation();
  const me = useMeQuery();
  const personId = me.data?.personId;
  return (
    <Stack gap="md" maw={900}>
      <Title order={2}>{t('privacy.me.consentsPageTitle')}</Title>
      {me.isPending && <Loading />}
      {me.data && !personId && <Alert color="orange">{t('privacy.me.noPerson')}</Alert>}
      {personId && (
        <>
          <SurveyObjection />
          <Stack gap="xs" component="section" aria-labelledby="consents-title">
            <Title order={3} id="consents-title">
              {t('privacy.me.consentsTitle')}
            </Title>
            <Text>{t('privacy.me.consentsIntro')}</Text>
            <Consents personId={personId} />
          </Stack>
        </>
      )}
    </Stack>
  );
}
