import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { isRole, requiresSecondFactor, ROLES, type Role } from '@spoor/domain';
import { useTranslation } from 'react-i18next';
import { useOrganisationsQuery, useUpdateUserMutation, type AdminUser } from '../api/useAdminUsers';
import { apiErrorText } from './apiMessages';
import { useValidatedForm } from './forms/useValidatedForm';
import { isFilled, rule } from './validation';

interface ChangeRoleModalProps {
  /** The account whose role changes; null: closed. */
  user: AdminUser | null;
  onClose: () => void;
  onChanged: (user: AdminUser) => void;
}

/**
 * Changes an account's role after the admin has read what it does: every session of the account ends at once,
 * and a role that needs a second factor makes the user enrol one first. Participant accounts keep their role
 * and no account becomes one (the API refuses both): the participant role is never offered, and the page offers
 * no role change for a participant account.
 */
export function ChangeRoleModal({ user, onClose, onChanged }: ChangeRoleModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={user && t('adminUsers.role.title', { name: user.displayName })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {/* Mounted only while open, so every change starts from the account's current role. */}
      {user && <ChangeRoleForm user={user} onCancel={onClose} onChanged={onChanged} />}
    </Modal>
  );
}

interface ChangeRoleValues {
  role: Role | null;
  organisationId: string | null;
}

function ChangeRoleForm({
  user,
  onCancel,
  onChanged,
}: {
  user: AdminUser;
  onCancel: () => void;
  onChanged: (user: AdminUser) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateUserMutation();
  const form = useValidatedForm<ChangeRoleValues>(
    {
      initialValues: { role: null, organisationId: null },
      validate: {
        role: rule((value: Role | null) => value !== null && value !== user.role, 'adminUsers.role.roleRequired'),
        organisationId: rule(
          (value: string | null, values: ChangeRoleValues) => values.role !== 'client' || isFilled(value),
          'adminUsers.role.organisationRequired',
        ),
      },
    },
    { apiError: update.error },
  );
  const { role } = form.values;
  const organisations = useOrganisationsQuery(role === 'client');
  const name = user.displayName;
  const choices = ROLES.filter((value) => value !== 'participant' && value !== user.role);
  const needsSecondFactor = role !== null && requiresSecondFactor(role) && !requiresSecondFactor(user.role);

  const submit = (values: ChangeRoleValues) => {
    if (!values.role) return;
    const changes: { id: string; role: Role; organisationId?: string } = { id: user.id, role: values.role };
    if (values.role === 'client' && values.organisationId) changes.organisationId = values.organisationId;
    update.mutate(changes, { onSuccess: onChanged });
  };

  const organisationProps = form.getInputProps('organisationId');
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t('adminUsers.role.title', { name })}>
      <Stack gap="sm">
        <Text size="sm">{t('adminUsers.role.current', { role: t(`roles.${user.role}`) })}</Text>
        {update.isError && (
          <Alert color="red" role="alert">
            {apiErrorText(form.alertError, t)}
          </Alert>
        )}
        <Select
          label={t('adminUsers.role.newRole')}
          data={choices.map((value) => ({ value, label: t(`roles.${value}`) }))}
          {...form.getInputProps('role')}
          onChange={(value) => form.setFieldValue('role', isRole(value) ? value : null)}
          allowDeselect={false}
          required
          data-autofocus
        />
        <Text size="xs" c="dimmed">
          {t('adminUsers.role.participantFixed')}
        </Text>
        {role === 'client' && (
          <Select
            label={t('adminUsers.role.organisation')}
            placeholder={t('adminUsers.role.organisationPlaceholder')}
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
        <Alert color="orange" variant="light" role="note">
          <Stack gap={4}>
            <Text size="sm">{t('adminUsers.role.sessions', { name })}</Text>
            {needsSecondFactor && <Text size="sm">{t('adminUsers.role.secondFactor', { name })}</Text>}
          </Stack>
        </Alert>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('adminUsers.role.cancel')}
          </Button>
          <Button type="submit" color="red" loading={update.isPending}>
            {t('adminUsers.role.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
