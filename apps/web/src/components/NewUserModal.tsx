import { Alert, Badge, Button, Group, Modal, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { isRole, ROLES, type Role } from '@spoor/domain';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useCreateUserMutation,
  useOrganisationsQuery,
  usePersonSearchMutation,
  type AdminUser,
  type NewUser,
  type PersonMatch,
} from '../api/useAdminUsers';
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
  /** The person chosen through the search (never typed in). */
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
          'adminUsers.person.required',
        ),
      },
    },
    { apiError: create.error },
  );
  const { role } = form.values;
  const [person, setPerson] = useState<PersonMatch | null>(null);
  const choose = (match: PersonMatch | null) => {
    setPerson(match);
    form.setFieldValue('personId', match?.personId ?? '');
    // The account's name is usually the person's: filled in when still empty, and editable.
    if (match && !form.values.displayName.trim()) form.setFieldValue('displayName', match.name);
  };
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
          <PersonChooser chosen={person} onChoose={choose} error={form.getInputProps('personId').error} />
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

/**
 * Finds the person of a participant account through the blind indexes (exact matches only) and lets the admin
 * choose one; a person who already has an account cannot be chosen (one account per person).
 */
function PersonChooser({
  chosen,
  onChoose,
  error,
}: {
  chosen: PersonMatch | null;
  onChoose: (match: PersonMatch | null) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const search = usePersonSearchMutation();
  const [q, setQ] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const errorText = typeof error === 'string' ? error : undefined;

  const run = () => {
    const term = q.trim();
    setTooShort(term.length < 2);
    if (term.length >= 2) search.mutate(term);
  };
  // Enter searches here; it must not send the invitation form around it.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    run();
  };

  if (chosen) {
    return (
      <Paper withBorder p="sm" role="group" aria-label={t('adminUsers.person.label')}>
        <Group justify="space-between" wrap="nowrap">
          <Stack gap={2}>
            <Text fw={500}>{t('adminUsers.person.chosen', { name: chosen.name })}</Text>
            <Text size="sm" c="dimmed">
              {t('adminUsers.person.cases', { references: chosen.caseReferences.join(', ') })}
            </Text>
          </Stack>
          <Button variant="default" size="xs" onClick={() => onChoose(null)}>
            {t('adminUsers.person.change')}
          </Button>
        </Group>
        {errorText && (
          <Text size="sm" c="red" mt="xs">
            {errorText}
          </Text>
        )}
      </Paper>
    );
  }

  const results = search.data;
  return (
    <Stack gap="xs">
      <TextInput
        label={t('adminUsers.person.search')}
        description={t('adminUsers.person.searchHelp')}
        autoComplete="off"
        spellCheck={false}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        error={tooShort ? t('adminUsers.person.tooShort') : errorText}
        required
        rightSectionWidth={96}
        rightSection={
          <Button size="compact-sm" variant="default" onClick={run} loading={search.isPending}>
            {t('adminUsers.person.searchButton')}
          </Button>
        }
      />
      {search.isError && (
        <Alert color="red" role="alert">
          {apiErrorText(search.error, t)}
        </Alert>
      )}
      {results && results.items.length === 0 && (
        <Text size="sm" c="dimmed" role="status">
          {t('adminUsers.person.none')}
        </Text>
      )}
      {results && results.items.length > 0 && (
        <Stack gap={4} role="list" aria-label={t('adminUsers.person.results')}>
          {results.items.map((match) => (
            <Paper key={match.personId} withBorder p="xs" role="listitem">
              <Group justify="space-between" wrap="nowrap">
                <Stack gap={0}>
                  <Text size="sm" fw={500}>
                    {match.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('adminUsers.person.cases', { references: match.caseReferences.join(', ') })}
                  </Text>
                </Stack>
                {match.hasAccount ? (
                  <Badge color="gray" variant="light" tt="none" miw="max-content">
                    {t('adminUsers.person.hasAccount')}
                  </Badge>
                ) : (
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={t('adminUsers.person.chooseName', { name: match.name })}
                    onClick={() => onChoose(match)}
                  >
                    {t('adminUsers.person.choose')}
                  </Button>
                )}
              </Group>
            </Paper>
          ))}
          {results.total > results.items.length && (
            <Text size="xs" c="dimmed">
              {t('adminUsers.person.more', { shown: results.items.length, total: results.total })}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
