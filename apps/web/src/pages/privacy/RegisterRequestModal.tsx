import { Alert, Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { PRIVACY_REQUEST_TYPES, type PrivacyRequestType } from '@spoor/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrivacyRequestCreateMutation, type NewPrivacyRequest } from '../../api/usePrivacyRequests';
import { apiErrorText } from '../../components/apiMessages';
import { UUID_PATTERN } from '../../components/validation';

function isRequestType(value: string): value is PrivacyRequestType {
  return (PRIVACY_REQUEST_TYPES as readonly string[]).includes(value);
}

/** The officer files a request a person made by letter, phone or at the desk. */
export function RegisterRequestModal({ opened, onClose, onDone }: { opened: boolean; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('privacy.requests.registerTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && <RegisterRequestForm onCancel={onClose} onDone={onDone} />}
    </Modal>
  );
}

function RegisterRequestForm({ onCancel, onDone }: { onCancel: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const create = usePrivacyRequestCreateMutation();
  const [type, setType] = useState<PrivacyRequestType | ''>('');
  const [personId, setPersonId] = useState('');
  const [details, setDetails] = useState('');
  const [touched, setTouched] = useState(false);
  const errors = {
    type: type ? undefined : t('privacy.requests.registerTypeRequired'),
    personId: UUID_PATTERN.test(personId.trim()) ? undefined : t('privacy.requests.registerPersonIdInvalid'),
  };
  const shown = (message: string | undefined) => (touched ? message : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!type || errors.personId) return;
    const input: NewPrivacyRequest = { type, personId: personId.trim() };
    if (details.trim()) input.details = details.trim();
    create.mutate(input, { onSuccess: () => onDone(t('privacy.requests.registered')) });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('privacy.requests.registerTitle')}>
      <Stack gap="sm">
        {create.isError && (
          <Alert color="red" role="alert">
            {apiErrorText(create.error, t)}
          </Alert>
        )}
        <NativeSelect
          label={t('privacy.requests.registerType')}
          value={type}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setType(isRequestType(value) ? value : '');
          }}
          data={[
            { value: '', label: '' },
            ...PRIVACY_REQUEST_TYPES.map((value) => ({ value, label: t(`privacy.requests.types.${value}`) })),
          ]}
          error={shown(errors.type)}
          required
        />
        <TextInput
          label={t('privacy.requests.registerPersonId')}
          description={t('privacy.requests.registerPersonIdHelp')}
          autoComplete="off"
          spellCheck={false}
          value={personId}
          onChange={(event) => setPersonId(event.currentTarget.value)}
          error={shown(errors.personId)}
          required
        />
        <Textarea
          label={t('privacy.requests.registerDetails')}
          value={details}
          onChange={(event) => setDetails(event.currentTarget.value)}
          autosize
          minRows={3}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('privacy.common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('privacy.requests.registerSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
