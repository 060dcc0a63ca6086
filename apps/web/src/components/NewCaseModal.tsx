import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { CASE_TYPES, isCaseType, isReintegration, type CaseType } from '@spoor/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationsQuery, useUsersQuery } from '../api/useAdminUsers';
import { useCreateCaseMutation, type CaseView, type NewCase } from '../api/useCases';
import { apiErrorText } from './apiMessages';
import { EMAIL_PATTERN } from './validation';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

interface NewCaseModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (created: CaseView) => void;
}

/** The beheerder opens a case for a new person at a client organisation. */
export function NewCaseModal({ opened, onClose, onCreated }: NewCaseModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('cases.form.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && <NewCaseForm onCancel={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function NewCaseForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (created: CaseView) => void }) {
  const { t } = useTranslation();
  const create = useCreateCaseMutation();
  const organisations = useOrganisationsQuery();
  const users = useUsersQuery();
  const [type, setType] = useState<CaseType | null>(null);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [email, setEmail] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [coachId, setCoachId] = useState<string | null>(null);
  const [labourExpertId, setLabourExpertId] = useState<string | null>(null);
  const [startDate, setStartDate] = useState('');
  const [touched, setTouched] = useState(false);
  const reintegration = type !== null && isReintegration(type);

  const staff = (role: 'coach' | 'labour_expert') =>
    (users.data?.items ?? [])
      .filter((user) => user.role === role && !user.disabled)
      .map((user) => ({ value: user.id, label: user.displayName }));

  const required = t('cases.form.required');
  const errors = {
    type: type ? undefined : required,
    organisation: organisationId ? undefined : required,
    firstName: firstName.trim() ? undefined : required,
    lastName: lastName.trim() ? undefined : required,
    email: !email.trim() || EMAIL_PATTERN.test(email.trim()) ? undefined : t('cases.form.emailInvalid'),
    birthDate: !birthDate || DATE_PATTERN.test(birthDate) ? undefined : t('cases.form.dateInvalid'),
    startDate: DATE_PATTERN.test(startDate) ? undefined : t('cases.form.dateInvalid'),
  };
  const shown = (message: string | undefined) => (touched ? message : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!type || !organisationId || Object.values(errors).some((message) => message !== undefined)) return;
    const input: NewCase = {
      type,
      organisationId,
      person: { firstName: firstName.trim(), lastName: lastName.trim() },
      startDate,
    };
    if (email.trim()) input.person.email = email.trim();
    if (birthDate) input.person.birthDate = birthDate;
    if (coachId) input.coachId = coachId;
    if (reintegration && labourExpertId) input.labourExpertId = labourExpertId;
    create.mutate(input, { onSuccess: onCreated });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('cases.form.title')}>
      <Stack gap="sm">
        {create.isError && (
          <Alert color="red" role="alert">
            {apiErrorText(create.error, t)}
          </Alert>
        )}
        <Select
          label={t('cases.form.type')}
          data={CASE_TYPES.map((value) => ({ value, label: t(`caseTypes.${value}`) }))}
          value={type}
          onChange={(value) => setType(isCaseType(value) ? value : null)}
          error={shown(errors.type)}
          allowDeselect={false}
          required
        />
        <Select
          label={t('cases.form.organisation')}
          data={(organisations.data?.items ?? []).map((organisation) => ({ value: organisation.id, label: organisation.name }))}
          value={organisationId}
          onChange={setOrganisationId}
          error={shown(errors.organisation) ?? (organisations.isError ? t('errors.generic') : undefined)}
          disabled={organisations.isPending}
          searchable
          nothingFoundMessage={t('common.none')}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('cases.form.firstName')}
            autoComplete="off"
            value={firstName}
            onChange={(event) => setFirstName(event.currentTarget.value)}
            error={shown(errors.firstName)}
            required
          />
          <TextInput
            label={t('cases.form.lastName')}
            autoComplete="off"
            value={lastName}
            onChange={(event) => setLastName(event.currentTarget.value)}
            error={shown(errors.lastName)}
            required
          />
          <TextInput
            label={t('cases.form.email')}
            type="email"
            autoComplete="off"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={shown(errors.email)}
          />
          <TextInput
            label={t('cases.form.birthDate')}
            type="date"
            value={birthDate}
            onChange={(event) => setBirthDate(event.currentTarget.value)}
            error={shown(errors.birthDate)}
          />
        </SimpleGrid>
        <Select
          label={t('cases.form.coach')}
          data={staff('coach')}
          value={coachId}
          onChange={setCoachId}
          disabled={users.isPending}
          clearable
          searchable
          nothingFoundMessage={t('common.none')}
        />
        {reintegration && (
          <Select
            label={t('cases.form.labourExpert')}
            data={staff('labour_expert')}
            value={labourExpertId}
            onChange={setLabourExpertId}
            disabled={users.isPending}
            clearable
            searchable
            nothingFoundMessage={t('common.none')}
          />
        )}
        <TextInput
          label={t('cases.form.startDate')}
          type="date"
          value={startDate}
          onChange={(event) => setStartDate(event.currentTarget.value)}
          error={shown(errors.startDate)}
          required
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('cases.form.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('cases.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
