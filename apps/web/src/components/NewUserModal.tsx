import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { isRole, ROLES, type Role } from '@spoor/domain';
import { useTranslation } from 'react-i18next';
import { useCreateUserMutation, useOrganisationsQuery, type AdminUser, type NewUser } from '../api/useAdminUsers';
import { apiErrorText } from './apiMessages';
import { useValidatedForm } from './forms/useValidatedForm';
import { fieldMessage, hasLength, isEmail, isFilled, isUuid, rule } from './validation';

interface NewUserModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (user: AdminUser) => void;
}

/** Invites a user: the API creates the account and e-mails the invitation link. */
export function NewUserModal({ opened, onClose, onCreated }: NewUserModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('users.form.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {/* Mounted only while open, so every invitation starts from an empty form. */}
      {opened && <NewUserForm onCancel={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

interface NewUserValues {
  email: string;
  displayName: string;
  role: Role | null;
  organisationId: string | null;
  personId: string;
}

function NewUserForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (user: AdminUser) => void }) {
  const { t } = useTranslation();
  const create = useCreateUserMutation();
  const form = useValidatedForm<NewUserValues>(
    {
      initialValues: { email: '', displayName: '', role: null, organisationId: null, personId: '' },
      validate: {
        email: rule((value: string) => isEmail(value.trim()), fieldMessage('NOT_AN_EMAIL')),
        displayName: rule(hasLength(2, 120), 'users.form.displayNameInvalid'),
        role: rule(isFilled, 'users.form.roleRequired'),
        // A client user belongs to an organisation; a participant account to a person in a case.
        organisationId: rule(
          (value: string | null, values: NewUserValues) => values.role !== 'client' || isFilled(value),
          'users.form.organisationRequired',
        ),
        personId: rule(
          (value: string, values: NewUserValues) => values.role !== 'participant' || isUuid(value),
          fieldMessage('NOT_A_UUID'),
        ),
      },
    },
    { apiError: create.error },
  );
  const { role } = form.values;
  const organisations = useOrganisationsQuery(role === 'client');

  const submit = (values: NewUserValues) => {
    if (!values.role) return;
    const input: NewUser = { email: values.email.trim(), displayName: values.displayName.trim(), role: values.role };
    if (values.role === 'client' && values.organisationId) input.organisationId = values.organisationId;
    if (values.role === 'participant') input.personId = values.personId.trim();
    create.mutate(input, { onSuccess: onCreated });
  };

  const organisationProps = form.getInputProps('organisationId');
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t('users.form.title')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('users.form.help')}
        </Text>
        {create.isError && (
          <Alert color="red" role="alert">
            {apiErrorText(form.alertError, t, { EMAIL_TAKEN: 'users.duplicate' })}
          </Alert>
        )}
        <TextInput
          label={t('users.form.email')}
          type="email"
          autoComplete="off"
          {...form.getInputProps('email')}
          required
          data-autofocus
        />
        <TextInput
          label={t('users.form.displayName')}
          autoComplete="off"
          {...form.getInputProps('displayName')}
          required
        />
        <Select
          label={t('users.form.role')}
          data={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
          {...form.getInputProps('role')}
          onChange={(value) => form.setFieldValue('role', isRole(value) ? value : null)}
          allowDeselect={false}
          required
        />
        {role === 'client' && (
          <Select
            label={t('users.form.organisation')}
            placeholder={t('users.form.organisationPlaceholder')}
            data={(organisations.data?.items ?? []).map((organisation) => ({
              value: organisation.id,
              label: organisation.name,
            }))}
            {...organisationProps}
            error={organisationProps.error ?? (organisations.isError ? t('errors.generic') : undefined)}
            disabled={organisations.isPending}
            searchable
            nothingFoundMessage={t('common.none')}
            required
          />
        )}
        {role === 'participant' && (
          <TextInput
            label={t('users.form.personId')}
            description={t('users.form.personIdHelp')}
            autoComplete="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            {...form.getInputProps('personId')}
            required
          />
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('users.form.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('users.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
