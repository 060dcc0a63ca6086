import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useBreachesCreateMutation,
  useBreachesQuery,
  useBreachesUpdateMutation,
  type Breach,
  type NewBreach,
} from '../../api/useBreaches';
import { apiErrorText } from '../../components/apiMessages';
import { formatDateTime } from '../../components/format';
import { DateTimeInput } from '../../components/forms/DayInput';
import { useValidatedForm } from '../../components/forms/useValidatedForm';
import { hasLength, isLocalDateTime, rule } from '../../components/validation';
import { BreachClockText } from './BreachClockText';
import { Loading } from '../../components/Loading';

/** Now on the local clock, to the minute, as the date-time picker holds it. */
const localNow = (): string => dayjs().format('YYYY-MM-DD HH:mm:00');

const list = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

interface Draft {
  discoveredAt: string | null;
  nature: string;
  categoriesOfPeople: string;
  approximatePeople: number | string;
  categoriesOfRecords: string;
  approximateRecords: number | string;
  likelyConsequences: string;
  measures: string;
  contact: string;
}

function emptyDraft(): Draft {
  return {
    discoveredAt: localNow(),
    nature: '',
    categoriesOfPeople: '',
    approximatePeople: '',
    categoriesOfRecords: '',
    approximateRecords: '',
    likelyConsequences: '',
    measures: '',
    contact: '',
  };
}

function RegisterBreachModal({
  opened,
  onClose,
  onDone,
}: {
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const create = useBreachesCreateMutation();
  const form = useValidatedForm<Draft>(
    {
      initialValues: emptyDraft(),
      validate: {
        discoveredAt: rule(isLocalDateTime, 'privacy.breaches.discoveredAtInvalid'),
        nature: rule(hasLength(5), 'privacy.breaches.natureShort'),
      },
    },
    { apiError: create.error },
  );
  const close = () => {
    // The next registration starts at the moment it is opened again.
    form.setInitialValues(emptyDraft());
    form.reset();
    create.reset();
    onClose();
  };
  const submit = (draft: Draft) => {
    if (!isLocalDateTime(draft.discoveredAt)) return;
    const input: NewBreach = {
      discoveredAt: new Date(draft.discoveredAt.replace(' ', 'T')).toISOString(),
      nature: draft.nature.trim(),
    };
    if (list(draft.categoriesOfPeople).length) input.categoriesOfPeople = list(draft.categoriesOfPeople);
    if (typeof draft.approximatePeople === 'number') input.approximatePeople = draft.approximatePeople;
    if (list(draft.categoriesOfRecords).length) input.categoriesOfRecords = list(draft.categoriesOfRecords);
    if (typeof draft.approximateRecords === 'number') input.approximateRecords = draft.approximateRecords;
    if (draft.likelyConsequences.trim()) input.likelyConsequences = draft.likelyConsequences.trim();
    if (draft.measures.trim()) input.measures = draft.measures.trim();
    if (draft.contact.trim()) input.contact = draft.contact.trim();
    create.mutate(input, {
      onSuccess: () => {
        close();
        onDone();
      },
    });
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('privacy.breaches.registerTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          {create.isError && (
            <Alert color="red" role="alert">
              {apiErrorText(form.alertError, t)}
            </Alert>
          )}
          <DateTimeInput
            label={t('privacy.breaches.discoveredAt')}
            description={t('privacy.breaches.discoveredAtHelp')}
            required
            {...form.getInputProps('discoveredAt')}
          />
          <Textarea
            label={t('privacy.breaches.nature')}
            required
            autosize
            minRows={2}
            {...form.getInputProps('nature')}
          />
          <Group grow align="flex-start">
            <TextInput label={t('privacy.breaches.categoriesOfPeople')} {...form.getInputProps('categoriesOfPeople')} />
            <NumberInput
              label={t('privacy.breaches.approximatePeople')}
              min={0}
              allowDecimal={false}
              {...form.getInputProps('approximatePeople')}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label={t('privacy.breaches.categoriesOfRecords')}
              {...form.getInputProps('categoriesOfRecords')}
            />
            <NumberInput
              label={t('privacy.breaches.approximateRecords')}
              min={0}
              allowDecimal={false}
              {...form.getInputProps('approximateRecords')}
            />
          </Group>
          <Textarea
            label={t('privacy.breaches.likelyConsequences')}
            autosize
            minRows={2}
            {...form.getInputProps('likelyConsequences')}
          />
          <Textarea label={t('privacy.breaches.measures')} autosize minRows={2} {...form.getInputProps('measures')} />
          <TextInput label={t('privacy.breaches.contact')} {...form.getInputProps('contact')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('privacy.common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('privacy.breaches.register')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The breach register (art. 33 AVG): each breach with its 72-hour clock and who has been told. */
export function BreachesPage() {
  const { t, i18n } = useTranslation();
  const breaches = useBreachesQuery();
  const update = useBreachesUpdateMutation();
  const [registering, setRegistering] = useState(false);
  const [feedback, setFeedback] = useState<{ colour: 'teal' | 'red'; message: string } | null>(null);

  const mark = (breach: Breach, field: 'authorityNotifiedAt' | 'peopleNotifiedAt') => {
    setFeedback(null);
    update.mutate(
      { id: breach.id, version: breach.version, [field]: new Date().toISOString() },
      {
        onSuccess: () => setFeedback({ colour: 'teal', message: t('privacy.breaches.updated') }),
        onError: (error) =>
          setFeedback({
            colour: 'red',
            message: apiErrorText(error, t, { BREACH_VERSION_STALE: 'privacy.breaches.stale' }),
          }),
      },
    );
  };
  const busy = (breach: Breach, field: string) =>
    update.isPending && update.variables?.id === breach.id && field in update.variables;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('privacy.breaches.title')}</Title>
        <Button
          onClick={() => {
            setFeedback(null);
            setRegistering(true);
          }}
        >
          {t('privacy.breaches.register')}
        </Button>
      </Group>
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
      {breaches.isPending && <Loading />}
      {breaches.isError && (
        <Alert color="red" role="alert">
          {t('privacy.common.loadError')}
        </Alert>
      )}
      {breaches.data && breaches.data.items.length === 0 && <Text c="dimmed">{t('privacy.breaches.empty')}</Text>}
      {breaches.data && breaches.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" aria-label={t('privacy.breaches.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('privacy.breaches.discovered')}</Table.Th>
                <Table.Th>{t('privacy.breaches.nature')}</Table.Th>
                <Table.Th>{t('privacy.breaches.deadline')}</Table.Th>
                <Table.Th>{t('privacy.breaches.clock')}</Table.Th>
                <Table.Th>{t('privacy.breaches.authority')}</Table.Th>
                <Table.Th>{t('privacy.breaches.people')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {breaches.data.items.map((breach) => (
                <Table.Tr key={breach.id}>
                  <Table.Td>{formatDateTime(breach.discoveredAt, i18n.language)}</Table.Td>
                  <Table.Td style={{ maxWidth: 320 }}>
                    <Text size="sm">{breach.nature}</Text>
                    {breach.approximatePeople !== null && (
                      <Text size="xs" c="dimmed">
                        {t('privacy.breaches.approximatePeople')}: {breach.approximatePeople}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDateTime(breach.notifyAuthorityBy, i18n.language)}</Table.Td>
                  <Table.Td>
                    <BreachClockText breach={breach} />
                  </Table.Td>
                  <Table.Td>
                    {breach.authorityNotifiedAt ? (
                      formatDateTime(breach.authorityNotifiedAt, i18n.language)
                    ) : (
                      <Button
                        size="xs"
                        variant="light"
                        loading={busy(breach, 'authorityNotifiedAt')}
                        onClick={() => mark(breach, 'authorityNotifiedAt')}
                      >
                        {t('privacy.breaches.markAuthority')}
                      </Button>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {breach.peopleNotifiedAt ? (
                      formatDateTime(breach.peopleNotifiedAt, i18n.language)
                    ) : (
                      <Button
                        size="xs"
                        variant="light"
                        loading={busy(breach, 'peopleNotifiedAt')}
                        onClick={() => mark(breach, 'peopleNotifiedAt')}
                      >
                        {t('privacy.breaches.markPeople')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RegisterBreachModal
        opened={registering}
        onClose={() => setRegistering(false)}
        onDone={() => setFeedback({ colour: 'teal', message: t('privacy.breaches.registered') })}
      />
    </Stack>
  );
}
