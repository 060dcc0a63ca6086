import { Alert, Button, Group, Modal, NumberInput, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useBreachesCreateMutation, useBreachesQuery, useBreachesUpdateMutation, type Breach, type NewBreach } from '../../api/useBreaches';
import { apiErrorText } from '../../components/apiMessages';
import { formatDateTime } from '../../components/format';
import { BreachClockText } from './BreachClockText';
import { Loading } from '../../components/Loading';

const LOCAL_MINUTE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/;

function localNow(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

const list = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

interface Draft {
  discoveredAt: string;
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

function RegisterBreachModal({ opened, onClose, onDone }: { opened: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useBreachesCreateMutation();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const close = () => {
    setDraft(emptyDraft());
    setTouched(false);
    setError(null);
    onClose();
  };
  const badDate = !LOCAL_MINUTE.test(draft.discoveredAt) || Number.isNaN(new Date(draft.discoveredAt.replace(' ', 'T')).getTime());
  const badNature = draft.nature.trim().length < 5;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (badDate || badNature) return;
    const input: NewBreach = { discoveredAt: new Date(draft.discoveredAt.replace(' ', 'T')).toISOString(), nature: draft.nature.trim() };
    if (list(draft.categoriesOfPeople).length) input.categoriesOfPeople = list(draft.categoriesOfPeople);
    if (typeof draft.approximatePeople === 'number') input.approximatePeople = draft.approximatePeople;
    if (list(draft.categoriesOfRecords).length) input.categoriesOfRecords = list(draft.categoriesOfRecords);
    if (typeof draft.approximateRecords === 'number') input.approximateRecords = draft.approximateRecords;
    if (draft.likelyConsequences.trim()) input.likelyConsequences = draft.likelyConsequences.trim();
    if (draft.measures.trim()) input.measures = draft.measures.trim();
    if (draft.contact.trim()) input.contact = draft.contact.trim();
    setError(null);
    create.mutate(input, {
      onSuccess: () => {
        close();
        onDone();
      },
      onError: (e) => setError(apiErrorText(e, t)),
    });
  };
  return (
    <Modal opened={opened} onClose={close} title={t('privacy.breaches.registerTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <TextInput
            type="datetime-local"
            label={t('privacy.breaches.discoveredAt')}
            description={t('privacy.breaches.discoveredAtHelp')}
            required
            value={draft.discoveredAt}
            onChange={(e) => set('discoveredAt', e.currentTarget.value)}
            error={touched && badDate ? t('privacy.breaches.discoveredAtInvalid') : undefined}
          />
          <Textarea
            label={t('privacy.breaches.nature')}
            required
            autosize
            minRows={2}
            value={draft.nature}
            onChange={(e) => set('nature', e.currentTarget.value)}
            error={touched && badNature ? t('privacy.breaches.natureShort') : undefined}
          />
          <Group grow align="flex-start">
            <TextInput label={t('privacy.breaches.categoriesOfPeople')} value={draft.categoriesOfPeople} onChange={(e) => set('categoriesOfPeople', e.currentTarget.value)} />
            <NumberInput label={t('privacy.breaches.approximatePeople')} min={0} allowDecimal={false} value={draft.approximatePeople} onChange={(value) => set('approximatePeople', value)} />
          </Group>
          <Group grow align="flex-start">
            <TextInput label={t('privacy.breaches.categoriesOfRecords')} value={draft.categoriesOfRecords} onChange={(e) => set('categoriesOfRecords', e.currentTarget.value)} />
            <NumberInput label={t('privacy.breaches.approximateRecords')} min={0} allowDecimal={false} value={draft.approximateRecords} onChange={(value) => set('approximateRecords', value)} />
          </Group>
          <Textarea label={t('privacy.breaches.likelyConsequences')} autosize minRows={2} value={draft.likelyConsequences} onChange={(e) => set('likelyConsequences', e.currentTarget.value)} />
          <Textarea label={t('privacy.breaches.measures')} autosize minRows={2} value={draft.measures} onChange={(e) => set('measures', e.currentTarget.value)} />
          <TextInput label={t('privacy.breaches.contact')} value={draft.contact} onChange={(e) => set('contact', e.currentTarget.value)} />
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
            message: error instanceof ApiError && error.statusCode === 409 ? t('privacy.breaches.stale') : apiErrorText(error, t),
          }),
      },
    );
  };
  const busy = (breach: Breach, field: string) => update.isPending && update.variables?.id === breach.id && field in update.variables;

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
        <Alert color={feedback.colour} role={feedback.colour === 'red' ? 'alert' : 'status'} withCloseButton closeButtonLabel={t('common.close')} onClose={() => setFeedback(null)}>
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
                      <Button size="xs" variant="light" loading={busy(breach, 'authorityNotifiedAt')} onClick={() => mark(breach, 'authorityNotifiedAt')}>
                        {t('privacy.breaches.markAuthority')}
                      </Button>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {breach.peopleNotifiedAt ? (
                      formatDateTime(breach.peopleNotifiedAt, i18n.language)
                    ) : (
                      <Button size="xs" variant="light" loading={busy(breach, 'peopleNotifiedAt')} onClick={() => mark(breach, 'peopleNotifiedAt')}>
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
