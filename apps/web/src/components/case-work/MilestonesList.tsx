import { Alert, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useMilestonesQuery, type MilestoneState, type MilestoneView } from '../../api/useCaseWork';
import { formatDate } from '../format';
import { Loading } from '../Loading';

export const MILESTONE_COLOURS: Record<MilestoneState, string> = { done: 'teal', due: 'blue', overdue: 'red' };

/** A milestone's name: evaluations are numbered (Evaluatie 2). */
export function milestoneLabel(t: TFunction, item: { kind: string; sequence: number }): string {
  const label = t(`milestones.${item.kind}`);
  return item.kind === 'evaluation' && item.sequence > 0
    ? t('caseWork.milestones.sequence', { label, sequence: item.sequence })
    : label;
}

/** Poortwachter milestones as a table with a state badge; overdue ones are red. */
export function MilestoneTable({ items }: { items: MilestoneView[] }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <Text c="dimmed">{t('caseWork.milestones.empty')}</Text>;
  return (
    <Table striped>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={`${item.kind}-${item.sequence}`}>
            <Table.Td>{milestoneLabel(t, item)}</Table.Td>
            <Table.Td>
              {item.completedOn
                ? t('caseWork.milestones.completed', { date: formatDate(item.completedOn, i18n.language) })
                : t('caseWork.milestones.due', { date: formatDate(item.dueDate, i18n.language) })}
            </Table.Td>
            <Table.Td>
              <Badge color={MILESTONE_COLOURS[item.state]} variant={item.state === 'overdue' ? 'filled' : 'light'}>
                {t(`caseWork.milestones.states.${item.state}`)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The milestones of a reintegration case, loaded from the API. */
export function MilestonesSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const query = useMilestonesQuery(caseId);
  // Not for this role: nothing to explain on the overview.
  if (query.error instanceof ApiError && (query.error.statusCode === 403 || query.error.statusCode === 404))
    return null;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group>
          <Title order={3} size="h4">
            {t('caseWork.milestones.title')}
          </Title>
        </Group>
        {query.isPending && <Loading size="sm" label={t('caseWork.loading')} />}
        {query.isError && (
          <Alert color="red" role="alert">
            {t('caseWork.loadError')}
          </Alert>
        )}
        {query.data && <MilestoneTable items={query.data.items} />}
      </Stack>
    </Paper>
  );
}
