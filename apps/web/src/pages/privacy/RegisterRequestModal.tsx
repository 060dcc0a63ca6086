import { Alert, Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { PRIVACY_REQUEST_TYPES, type PrivacyRequestType } from '@spoor/domain';
import { useTranslation } from 'react-i18next';
import { usePrivacyRequestCreateMutation, type NewPrivacyRequest } from '../../api/usePrivacyRequests';
import { apiErrorText } from '../../components/apiMessages';
import { useValidatedForm } from '../../components/forms/useValidatedForm';
import { fieldMessage, isFilled, isUuid, rule } from '../../components/validation';

function isRequestType(value: string): value is PrivacyRequestType {
  return (PRIVACY_REQUEST_TYPES as readonly string[]).includes(value);
}

/** The officer files a request a person made by letter, phone or at the desk. */
export function RegisterRequestModal({
  opened,
  onClose,
  onDone,
}: {
  opened: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('privacy.requests.registerTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && <RegisterRequestForm onCancel={onClose} onDone={onDone} />}
    </Modal>
  );
}

interface RegisterRequestValues {
  type: PrivacyRequestType | '';
  personId: string;
  details: string;
}

function RegisterRequestForm({ onCancel, onDone }: { onCancel: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const create = usePrivacyRequestCreateMutation();
  const form = useValidatedForm<RegisterRequestValues>(
    {
      initialValues: { type: '', personId: '', details: '' },
      validate: {
        type: rule(isFilled, 'privacy.requests.registerTypeRequired'),
        personId: rule(isUuid, fieldMessage('NOT_A_UUID')),
      },
    },
    { apiError: create.error },
  );

  const submit = ({ type, personId, details }: RegisterRequestValues) => {
    if (!type) return;
    const input: NewPrivacyRequest = { type, personId: personId.trim() };
    if (details.trim()) input.details = details.trim();
    create.mutate(input, { onSuccess: () => onDone(t('privacy.requests.registered')) });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t('privacy.requests.registerTitle')}>
      <Stack gap="sm">
        {create.isError && (
          <Alert color="red" role="alert">
            {apiErrorText(form.alertError, t)}
          </Alert>
        )}
        <NativeSelect
          label={t('privacy.requests.registerType')}
          {...form.getInputProps('type')}
          onChange={(event) => {
            const value = event.currentTarget.value;
            form.setFieldValue('type', isRequestType(value) ? value : '');
          }}
          data={[
            { value: '', label: '' },
            ...PRIVACY_REQUEST_TYPES.map((value) => ({ value, label: t(`privacy.requests.types.${value}`) })),
          ]}
          required
        />
        <TextInput
          label={t('privacy.requests.registerPersonId')}
          description={t('privacy.requests.registerPersonIdHelp')}
          autoComplete="off"
          spellCheck={false}
          {...form.getInputProps('personId')}
          required
        />
        <Textarea
          label={t('privacy.requests.registerDetails')}
          {...form.getInputProps('details')}
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
