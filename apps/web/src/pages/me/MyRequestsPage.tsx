import { Alert, Badge, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { PRIVACY_REQUEST_TYPES, type PrivacyRequestType } from '@spoor/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  usePrivacyRequestCreateMutation,
  usePrivacyRequestsQuery,
  type PrivacyRequest,
} from '../../api/usePrivacyRequests';
import { apiErrorText } from '../../components/apiMessages';
import { formatDate } from '../../components/format';
import { useValidatedForm } from '../../components/forms/useValidatedForm';
import { isFilled, rule } from '../../components/validation';
import { Loading } from '../../components/Loading';

const STATUS_COLOURS: Record<string, string> = { received: 'blue', extended: 'violet', completed: 'gray' };

/** The participant's requests about their own data, and a form to file a new one. */
export function MyRequestsPage() {
  const { t, i18n } = useTranslation();
  const requests = usePrivacyRequestsQuery();
  const create = usePrivacyRequestCreateMutation();
  const [filing, setFiling] = useState(false);
  const form = useValidatedForm<{ type: PrivacyRequestType | ''; details: string }>(
    {
      initialValues: { type: '', details: '' },
      validate: { type: rule(isFilled, 'privacy.me.requestTypeRequired') },
    },
    { apiError: create.error },
  );
  const [filed, setFiled] = useState<string | null>(null);

  const submit = ({ type, details }: { type: PrivacyRequestType | ''; details: string }) => {
    if (!type) return;
    create.mutate(
      { type, ...(details.trim() ? { details: details.trim() } : {}) },
      {
        onSuccess: (request) => {
          setFiled(t('privacy.me.filed', { date: formatDate(request.dueAt, i18n.language) }));
          setFiling(false);
          form.reset();
        },
      },
    );
  };

  return (
    <Stack gap="md" maw={900}>
      <Group justify="space-between">
        <Title order={2}>{t('privacy.me.requestsTitle')}</Title>
        {!filing && (
          <Button
            onClick={() => {
              setFiled(null);
              setFiling(true);
            }}
          >
            {t('privacy.me.newRequest')}
          </Button>
        )}
      </Group>
      <Text>{t('privacy.me.requestsIntro')}</Text>
      {filed && (
        <Alert
          color="teal"
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setFiled(null)}
        >
          {filed}
        </Alert>
      )}
      {filing && (
        <Paper
          withBorder
          p="md"
          radius="md"
          component="form"
          onSubmit={form.onSubmit(submit)}
          noValidate
          aria-label={t('privacy.me.newRequest')}
        >
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('privacy.me.newRequest')}
            </Title>
            {create.isError && (
              <Alert color="red" role="alert">
                {apiErrorText(form.alertError, t)}
              </Alert>
            )}
            <Radio.Group label={t('privacy.me.requestType')} required {...form.getInputProps('type')}>
              <Stack gap="xs" mt="xs">
                {PRIVACY_REQUEST_TYPES.map((value) => (
                  <Radio
                    key={value}
                    value={value}
                    label={t(`privacy.requests.types.${value}`)}
                    description={t(`privacy.me.rights.${value}`)}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Textarea
              label={t('privacy.me.details')}
              autosize
              minRows={3}
              maxLength={4000}
              {...form.getInputProps('details')}
            />
            <Group justify="flex-end">
              <Button
                variant="default"
                onClick={() => {
                  setFiling(false);
                  create.reset();
                  form.discardErrors();
                }}
              >
                {t('privacy.common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('privacy.me.submit')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {requests.isPending && <Loading />}
      {requests.isError && (
        <Alert color="red" role="alert">
          {t('privacy.common.loadError')}
        </Alert>
      )}
      {requests.data && requests.data.items.length === 0 && <Text c="dimmed">{t('privacy.me.requestsEmpty')}</Text>}
      {requests.data && requests.data.items.length > 0 && (
        <Stack
          gap="xs"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('privacy.me.requestsTitle')}
        >
          {requests.data.items.map((request) => (
            <Paper key={request.id} component="li" withBorder p="sm" radius="md">
              <Group justify="space-between">
                <Text fw={500}>
                  {t(`privacy.requests.types.${request.type}`)}
                  {request.purpose && ` ${t(`privacy.requests.objectionPurposes.${request.purpose}`)}`}
                </Text>
                <Badge color={STATUS_COLOURS[request.status] ?? 'gray'} variant="light" tt="none">
                  {t(`privacy.requests.statuses.${request.status}`)}
                </Badge>
              </Group>
              <Text size="sm">
                {t('privacy.me.receivedOn', { date: formatDate(request.receivedAt, i18n.language) })}
              </Text>
              {request.status === 'completed' ? (
                <>
                  {request.outcome && <Text size="sm">{t(`privacy.requests.outcomes.${request.outcome}`)}</Text>}
                  <RectificationOutcome request={request} />
                </>
              ) : (
                <Text size="sm" fw={500}>
                  {t('privacy.me.dueBy', { date: formatDate(request.dueAt, i18n.language) })}
                </Text>
              )}
              {request.details && (
                <Text size="sm" c="dimmed">
                  {request.details}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** A completed rectification request in words: which data was corrected, or why nothing was. */
function RectificationOutcome({ request }: { request: PrivacyRequest }) {
  const { t } = useTranslation();
  if (request.type !== 'rectification') return null;
  const corrected = request.correctedFields ?? [];
  if (corrected.length > 0)
    return (
      <Text size="sm">
        {t('rectification.outcomeForPerson.corrected', {
          fields: corrected.map((field) => t(`rectification.fields.${field}`).toLowerCase()).join(', '),
        })}
      </Text>
    );
  return request.outcomeReason ? (
    <Text size="sm">{t(`rectification.outcomeForPerson.${request.outcomeReason}`)}</Text>
  ) : null;
}
