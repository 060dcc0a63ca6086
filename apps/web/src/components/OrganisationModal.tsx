import { Alert, Button, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  useCreateOrganisationMutation,
  useUpdateOrganisationMutation,
  type Organisation,
  type OrganisationInput,
} from '../api/useAdminUsers';
import { apiErrorText } from './apiMessages';
import { useValidatedForm } from './forms/useValidatedForm';
import { fieldMessage, hasLength, isEmail, isKvkNumber, isPhoneNumber, optional, rule } from './validation';

interface OrganisationModalProps {
  /** The organisation to edit, or null to create one. */
  organisation: Organisation | null;
  opened: boolean;
  onClose: () => void;
  onSaved: (organisation: Organisation, created: boolean) => void;
}

/** Creates or edits a client organisation: name, KvK number and, optionally, a contact person. */
export function OrganisationModal({ organisation, opened, onClose, onSaved }: OrganisationModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={organisation ? t('organisations.form.editTitle') : t('organisations.form.createTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {/* Mounted only while open, so the form always starts from the organisation as it is now. */}
      {opened && <OrganisationForm organisation={organisation} onCancel={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

type OrganisationValues = { [Key in keyof OrganisationInput]: string };

const initial = (organisation: Organisation | null): OrganisationValues => ({
  name: organisation?.name ?? '',
  kvkNumber: organisation?.kvkNumber ?? '',
  contactName: organisation?.contactName ?? '',
  contactEmail: organisation?.contactEmail ?? '',
  contactPhone: organisation?.contactPhone ?? '',
});

/** The form's values as the API wants them: trimmed, an empty contact field as null. */
export function organisationInput(values: OrganisationInput): OrganisationInput {
  const optional = (value: string | null) => (value?.trim() ? value.trim() : null);
  return {
    name: values.name.trim(),
    kvkNumber: values.kvkNumber.trim(),
    contactName: optional(values.contactName),
    contactEmail: optional(values.contactEmail),
    contactPhone: optional(values.contactPhone),
  };
}

/** Only what changed, so an edit never overwrites fields it did not touch. */
export function changedFields(before: Organisation, after: OrganisationInput): Partial<OrganisationInput> {
  const original = organisationInput(initial(before));
  return Object.fromEntries(
    (Object.keys(after) as Array<keyof OrganisationInput>)
      .filter((key) => after[key] !== original[key])
      .map((key) => [key, after[key]]),
  );
}

function OrganisationForm({
  organisation,
  onCancel,
  onSaved,
}: {
  organisation: Organisation | null;
  onCancel: () => void;
  onSaved: (organisation: Organisation, created: boolean) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateOrganisationMutation();
  const update = useUpdateOrganisationMutation();
  const mutation = organisation ? update : create;
  const form = useValidatedForm<OrganisationValues>(
    {
      initialValues: initial(organisation),
      validate: {
        name: rule(hasLength(2, 200), 'organisations.form.nameInvalid'),
        kvkNumber: rule(isKvkNumber, fieldMessage('NOT_A_KVK_NUMBER')),
        contactName: rule(optional(hasLength(2, 120)), 'organisations.form.contactNameInvalid'),
        contactEmail: rule(
          optional((value: string) => isEmail(value.trim()) && hasLength(0, 254)(value)),
          'organisations.form.contactEmailInvalid',
        ),
        contactPhone: rule(optional(isPhoneNumber), 'organisations.form.contactPhoneInvalid'),
      },
    },
    { apiError: mutation.error },
  );
  const field = (key: keyof OrganisationValues) => form.getInputProps(key);

  const submit = (values: OrganisationValues) => {
    const input = organisationInput(values);
    if (!organisation) {
      create.mutate(input, { onSuccess: (saved) => onSaved(saved, true) });
      return;
    }
    const changes = changedFields(organisation, input);
    if (Object.keys(changes).length === 0) {
      onCancel();
      return;
    }
    update.mutate({ id: organisation.id, ...changes }, { onSuccess: (saved) => onSaved(saved, false) });
  };

  return (
    <form
      onSubmit={form.onSubmit(submit)}
      noValidate
      aria-label={organisation ? t('organisations.form.editTitle') : t('organisations.form.createTitle')}
    >
      <Stack gap="sm">
        {mutation.isError && (
          <Alert color="red" role="alert">
            {apiErrorText(form.alertError, t, {
              KVK_NUMBER_TAKEN: 'organisations.duplicateKvk',
              NOT_FOUND: 'organisations.notFound',
            })}
          </Alert>
        )}
        <TextInput label={t('organisations.form.name')} autoComplete="off" required data-autofocus {...field('name')} />
        <TextInput
          label={t('organisations.form.kvkNumber')}
          description={t('organisations.form.kvkHelp')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
          required
          {...field('kvkNumber')}
        />
        <Title order={3} size="h5" mt="sm">
          {t('organisations.form.contactTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('organisations.form.contactHelp')}
        </Text>
        <TextInput label={t('organisations.form.contactName')} autoComplete="off" {...field('contactName')} />
        <TextInput
          label={t('organisations.form.contactEmail')}
          type="email"
          autoComplete="off"
          {...field('contactEmail')}
        />
        <TextInput
          label={t('organisations.form.contactPhone')}
          type="tel"
          autoComplete="off"
          {...field('contactPhone')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('organisations.form.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {organisation ? t('organisations.form.submitEdit') : t('organisations.form.submitCreate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
