import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { isRole, ROLES, type Role } from '@spoor/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateUserMutation, useOrganisationsQuery, type AdminUser, type NewUser } from '../api/useAdminUsers';
import { apiErrorText } from './apiMessages';
import { EMAIL_PATTERN, UUID_PATTERN } from './validation';

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

function NewUserForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (user: AdminUser) => void }) {
  const { t } = useTranslation();
  const create = useCreateUserMutation();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [personId, setPersonId] = useState('');
  const [touched, setTouched] = useState(false);
  const organisations = useOrganisationsQuery(role === 'client');

  const errors = {
    email: EMAIL_PATTERN.test(email.trim()) ? undefined : t('users.form.emailInvalid'),
    displayName:
      displayName.trim().length >= 2 && displayName.trim().length <= 120
        ? undefined
        : t('users.form.displayNameInvalid'),
    role: role ? undefined : t('users.form.roleRequired'),
    organisation: role === 'client' && !organisationId ? t('users.form.organisationRequired') : undefined,
    personId:
      role === 'participant' && !UUID_PATTERN.test(personId.trim()) ? t('users.form.personIdInvalid') : undefined,
  };
  const shown = (message: string | undefined) => (touched ? message : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!role || Object.values(errors).some((message) => message !== undefined)) return;
    const input: NewUser = { email: email.trim(), displayName: displayName.trim(), role };
    if (role === 'client' && organisationId) input.organisationId = organisationId;
    if (role === 'participant') input.personId = personId.trim();
    create.mutate(input, { onSuccess: onCreated });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('users.form.title')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('users.form.help')}
        </Text>
        {create.isError && (
          <Alert color="red" role="alert">
            {apiErrorText(create.error, t, { 409: 'users.duplicate' })}
          </Alert>
        )}
        <TextInput
          label={t('users.form.email')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={shown(errors.email)}
          required
          data-autofocus
        />
        <TextInput
          label={t('users.form.displayName')}
          autoComplete="off"
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          error={shown(errors.displayName)}
          required
        />
        <Select
          label={t('users.form.role')}
          data={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
          value={role}
          onChange={(value) => setRole(isRole(value) ? value : null)}
          error={shown(errors.role)}
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
            value={organisationId}
            onChange={setOrganisationId}
            error={shown(errors.organisation) ?? (organisations.isError ? t('errors.generic') : undefined)}
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
            value={personId}
            onChange={(event) => setPersonId(event.currentTarget.value)}
            error={shown(errors.personId)}
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
