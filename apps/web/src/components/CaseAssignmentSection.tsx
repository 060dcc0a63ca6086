import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUsersQuery, type AdminUser } from '../api/useAdminUsers';
import { useAssignMutation, useAssignmentsQuery, type AssignableRole, type Assignment } from '../api/useAssignments';
import { apiErrorText } from './apiMessages';
import { formatDateTime } from './format';
import { Loading } from './Loading';

const ASSIGNABLE_ROLES: AssignableRole[] = ['coach', 'labour_expert'];

export interface Assignee {
  id: string;
  name: string;
}

interface CaseAssignmentSectionProps {
  caseId: string;
  /** The case's current assignees as the case view has them. */
  current: Record<AssignableRole, Assignee | null>;
}

/** The admin's view of who works on a case: change or clear the coach and labour expert, and see the history. */
export function CaseAssignmentSection({ caseId, current }: CaseAssignmentSectionProps) {
  const { t, i18n } = useTranslation();
  const assignments = useAssignmentsQuery(caseId);
  const users = useUsersQuery();
  const history = assignments.data?.items ?? [];
  const names = new Map((users.data?.items ?? []).map((user) => [user.id, user.displayName]));

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="assignment-title">
      <Stack gap="md">
        <Title order={3} size="h4" id="assignment-title">
          {t('assignment.title')}
        </Title>
        {(assignments.isError || users.isError) && (
          <Alert color="red" role="alert">
            {t('assignment.loadError')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {ASSIGNABLE_ROLES.map((role) => (
            <AssigneePicker key={role} caseId={caseId} role={role} current={current[role]} users={users.data?.items} />
          ))}
        </SimpleGrid>
        <Title order={4} size="h5">
          {t('assignment.history')}
        </Title>
        {assignments.isPending ? (
          <Loading size="sm" />
        ) : history.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('assignment.empty')}
          </Text>
        ) : (
          <Table aria-label={t('assignment.history')} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('assignment.name')}</Table.Th>
                <Table.Th>{t('assignment.role')}</Table.Th>
                <Table.Th>{t('assignment.from')}</Table.Th>
                <Table.Th>{t('assignment.until')}</Table.Th>
                <Table.Th>{t('assignment.by')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.map((row: Assignment) => (
                <Table.Tr key={row.id}>
                  <Table.Td>{row.userName}</Table.Td>
                  <Table.Td>{t(`roles.${row.role}`)}</Table.Td>
                  <Table.Td>{formatDateTime(row.assignedAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    {row.unassignedAt ? formatDateTime(row.unassignedAt, i18n.language) : t('assignment.present')}
                  </Table.Td>
                  <Table.Td>{(row.assignedBy && names.get(row.assignedBy)) ?? t('common.none')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

interface AssigneePickerProps {
  caseId: string;
  role: AssignableRole;
  current: Assignee | null;
  users: AdminUser[] | undefined;
}

function AssigneePicker({ caseId, role, current: assignee, users }: AssigneePickerProps) {
  const { t } = useTranslation();
  const assign = useAssignMutation(caseId);
  // undefined: no change made here, so the select follows the current assignee (also after a save).
  const [selected, setSelected] = useState<string | null | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const current = assignee?.id ?? null;
  const value = selected === undefined ? current : selected;
  const changed = value !== current;
  const options = (users ?? [])
    .filter((user) => user.role === role && !user.disabled)
    .map((user) => ({ value: user.id, label: user.displayName }));
  // The current assignee is always an option: shown by name while the users load, and marked when disabled since.
  if (assignee && !options.some((option) => option.value === assignee.id)) {
    const label = users ? t('assignment.disabledUser', { name: assignee.name }) : assignee.name;
    options.unshift({ value: assignee.id, label });
  }
  const roleLabel = t(`roles.${role}`);

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Select
          label={roleLabel}
          placeholder={t('assignment.nobody')}
          data={options}
          value={value}
          onChange={(next) => {
            setSaved(false);
            assign.reset();
            setSelected(next);
          }}
          clearable
          searchable
          disabled={users === undefined}
          nothingFoundMessage={t('common.none')}
          style={{ flex: 1 }}
        />
        <Button
          variant="light"
          disabled={!changed}
          loading={assign.isPending}
          aria-label={t('assignment.saveFor', { role: roleLabel })}
          onClick={() =>
            assign.mutate(
              { role, userId: value },
              {
                onSuccess: () => {
                  setSelected(undefined);
                  setSaved(true);
                },
              },
            )
          }
        >
          {t('assignment.save')}
        </Button>
      </Group>
      {assign.isError && (
        <Text size="sm" c="red" role="alert">
          {apiErrorText(assign.error, t)}
        </Text>
      )}
      {saved && (
        <Text size="sm" c="teal.8" role="status">
          {t('assignment.saved')}
        </Text>
      )}
    </Stack>
  );
}
