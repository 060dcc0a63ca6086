import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { CASE_TYPES, isCaseType, isReintegration, type CaseType } from '@spoor/domain';
import { useTranslation } from 'react-i18next';
import { useOrganisationsQuery, useUsersQuery } from '../api/useAdminUsers';
import { useCreateCaseMutation, type CaseView, type NewCase } from '../api/useCases';
import { apiErrorText } from './apiMessages';
import { clientReferenceRule } from './ClientReferenceControl';
import { DayInput } from './forms/DayInput';
import { useValidatedForm } from './forms/useValidatedForm';
import { fieldMessage, isCalendarDay, isEmail, isFilled, optional, rule } from './validation';

interface NewCaseModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (created: CaseView) => void;
}

/** The beheerder opens a case for a new person at a client organisation. */
export function NewCaseModal({ opened, onClose, onCreated }: NewCaseModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('cases.form.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && <NewCaseForm onCancel={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

interface NewCaseValues {
  type: CaseType | null;
  organisationId: string | null;
  firstName: string;
  lastName: string;
  email: string;
  birthDate: string | null;
  coachId: string | null;
  labourExpertId: string | null;
  startDate: string | null;
  clientReference: string;
}

/** The new person travels as `person`; the form holds their fields at the top. */
const PERSON_FIELDS = {
  'person.firstName': 'firstName',
  'person.lastName': 'lastName',
  'person.email': 'email',
  'person.birthDate': 'birthDate',
} as const;

function NewCaseForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (created: CaseView) => void }) {
  const { t } = useTranslation();
  const create = useCreateCaseMutation();
  const organisations = useOrganisationsQuery();
  const users = useUsersQuery();
  const required = fieldMessage('REQUIRED');
  const form = useValidatedForm<NewCaseValues>(
    {
      initialValues: {
        type: null,
        organisationId: null,
        firstName: '',
        lastName: '',
        email: '',
        birthDate: null,
        coachId: null,
        labourExpertId: null,
        startDate: null,
        clientReference: '',
      },
      validate: {
        type: rule(isFilled, required),
        organisationId: rule(isFilled, required),
        firstName: rule(isFilled, required),
        lastName: rule(isFilled, required),
        email: rule(
          optional((value: string) => isEmail(value.trim())),
          fieldMessage('NOT_AN_EMAIL'),
        ),
        birthDate: rule(optional(isCalendarDay), 'cases.form.dateInvalid'),
        startDate: rule(isCalendarDay, 'cases.form.dateInvalid'),
        clientReference: clientReferenceRule,
      },
    },
    { apiError: create.error, apiFields: PERSON_FIELDS },
  );
  const { type } = form.values;
  const reintegration = type !== null && isReintegration(type);

  const staff = (role: 'coach' | 'labour_expert') =>
    (users.data?.items ?? [])
      .filter((user) => user.role === role && !user.disabled)
      .map((user) => ({ value: user.id, label: user.displayName }));

  const submit = (values: NewCaseValues) => {
    if (!values.type || !values.organisationId || !values.startDate) return;
    const input: NewCase = {
      type: values.type,
      organisationId: values.organisationId,
      person: { firstName: values.firstName.trim(), lastName: values.lastName.trim() },
      startDate: values.startDate,
    };
    if (values.email.trim()) input.person.email = values.email.trim();
    if (values.birthDate) input.person.birthDate = values.birthDate;
    if (values.clientReference.trim()) input.clientReference = values.clientReference.trim();
    if (values.coachId) input.coachId = values.coachId;
    if (reintegration && values.labourExpertId) input.labourExpertId = values.labourExpertId;
    create.mutate(input, { onSuccess: onCreated });
  };

  const organisationProps = form.getInputProps('organisationId');
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t('cases.form.title')}>
      <Stack gap="sm">
        {create.isError && (
          <Alert color="red" role="alert">
            {apiErrorText(form.alertError, t)}
          </Alert>
        )}
        <Select
          label={t('cases.form.type')}
          data={CASE_TYPES.map((value) => ({ value, label: t(`caseTypes.${value}`) }))}
          {...form.getInputProps('type')}
          onChange={(value) => form.setFieldValue('type', isCaseType(value) ? value : null)}
          allowDeselect={false}
          required
        />
        <Select
          label={t('cases.form.organisation')}
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
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('cases.form.firstName')}
            autoComplete="off"
            {...form.getInputProps('firstName')}
            required
          />
          <TextInput label={t('cases.form.lastName')} autoComplete="off" {...form.getInputProps('lastName')} required />
          <TextInput label={t('cases.form.email')} type="email" autoComplete="off" {...form.getInputProps('email')} />
          <DayInput label={t('cases.form.birthDate')} {...form.getInputProps('birthDate')} />
        </SimpleGrid>
        <TextInput
          label={t('cases.form.clientReference')}
          description={t('cases.form.clientReferenceHelp')}
          autoComplete="off"
          {...form.getInputProps('clientReference')}
        />
        <Select
          label={t('cases.form.coach')}
          data={staff('coach')}
          {...form.getInputProps('coachId')}
          disabled={users.isPending}
          clearable
          searchable
          nothingFoundMessage={t('common.none')}
        />
        {reintegration && (
          <Select
            label={t('cases.form.labourExpert')}
            data={staff('labour_expert')}
            {...form.getInputProps('labourExpertId')}
            disabled={users.isPending}
            clearable
            searchable
            nothingFoundMessage={t('common.none')}
          />
        )}
        <DayInput label={t('cases.form.startDate')} {...form.getInputProps('startDate')} required />
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
