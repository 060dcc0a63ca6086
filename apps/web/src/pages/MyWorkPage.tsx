import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useRemindersQuery } from '../api/useReminders';
import {
  useAssessmentWorklistQuery,
  useDraftReportWorklistQuery,
  useMilestoneWorklistQuery,
  WORKLIST_PAGE_SIZE,
  type Page,
  type WorklistCase,
} from '../api/useWorklists';
import { Can } from '../auth/ability';
import { milestoneLabel } from '../components/case-work/milestoneTexts';
import { formatDate, formatDateTime } from '../components/format';
import { LabelledPagination } from '../components/LabelledPagination';
import { Loading } from '../components/Loading';

/**
 * "Mijn werk": what needs doing next in the caller's own cases. Coaches see their Poortwachter milestones and
 * draft reports (with the reminder counts of the daily e-mail), labour experts the cases still lacking an FML
 * or AD report. Each section shows only for a role that may do that work.
 */
export function MyWorkPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('worklist.title')}</Title>
        <Text c="dimmed">{t('worklist.intro')}</Text>
      </Stack>
      <Can I="write_process_file" a="Case">
        <CoachReminders />
        <MilestonesWork />
        <DraftReportsWork />
      </Can>
      <Can I="write_special_file" a="Case">
        <AssessmentsWork />
      </Can>
    </Stack>
  );
}

/** One worklist: title and explanation, then loading, error, empty or the table with paging. */
function WorklistSection<T>({
  title,
  help,
  empty,
  query,
  page,
  onPage,
  children,
}: {
  title: string;
  help: string;
  empty: string;
  query: UseQueryResult<Page<T>>;
  page: number;
  onPage: (page: number) => void;
  children: (items: T[]) => ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={3} size="h4" id={headingId}>
            {title}
          </Title>
          {query.data && <Text c="dimmed">{t('worklist.total', { count: query.data.total })}</Text>}
        </Group>
        <Text size="sm" c="dimmed">
          {help}
        </Text>
        {query.isPending && <Loading size="sm" />}
        {query.isError && (
          <Alert color="red" role="alert">
            {t('worklist.loadError')}
          </Alert>
        )}
        {query.data && query.data.items.length === 0 && <Text>{empty}</Text>}
        {query.data && query.data.items.length > 0 && children(query.data.items)}
        {query.data && query.data.total > WORKLIST_PAGE_SIZE && (
          <LabelledPagination total={Math.ceil(query.data.total / WORKLIST_PAGE_SIZE)} value={page} onChange={onPage} />
        )}
      </Stack>
    </Paper>
  );
}

/** The case reference as a link to the case, opening the tab where the work is done. */
function CaseLink({ item, tab }: { item: WorklistCase; tab?: string }) {
  return (
    <Anchor component={Link} to={`/cases/${encodeURIComponent(item.caseId)}${tab ? `?tab=${tab}` : ''}`}>
      {item.reference}
    </Anchor>
  );
}

function PersonCell({ item }: { item: WorklistCase }) {
  const { t } = useTranslation();
  return <Table.Td>{item.personName ?? t('common.none')}</Table.Td>;
}

function CoachReminders() {
  const { t } = useTranslation();
  const reminders = useRemindersQuery();
  const headingId = useId();
  const counts: Array<[label: string, value: number | undefined, colour: string]> = [
    [t('worklist.reminders.milestonesOverdue'), reminders.data?.milestonesOverdue, 'red.7'],
    [t('worklist.reminders.milestonesDueSoon'), reminders.data?.milestonesDueSoon, 'orange.8'],
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={headingId}>
          {t('worklist.reminders.title')}
        </Title>
        {reminders.isPending && <Loading size="sm" />}
        {reminders.isError && (
          <Alert color="red" role="alert">
            {t('worklist.loadError')}
          </Alert>
        )}
        {reminders.data && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {counts.map(([label, value, colour]) => (
              <Stack gap={0} key={label}>
                <Text size="sm" c="dimmed">
                  {label}
                </Text>
                <Text fz={28} fw={700} c={value ? colour : undefined} aria-label={`${label}: ${value}`}>
                  {value}
                </Text>
              </Stack>
            ))}
          </SimpleGrid>
        )}
        <Text size="xs" c="dimmed">
          {t('worklist.reminders.help')}
        </Text>
      </Stack>
    </Paper>
  );
}

function MilestonesWork() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useMilestoneWorklistQuery(page);
  const days = query.data?.withinDays ?? 14;
  return (
    <WorklistSection
      title={t('worklist.milestones.title')}
      help={t('worklist.milestones.help', { days })}
      empty={t('worklist.milestones.empty', { days })}
      query={query}
      page={page}
      onPage={setPage}
    >
      {(items) => (
        <Table striped aria-label={t('worklist.milestones.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('worklist.case')}</Table.Th>
              <Table.Th>{t('worklist.person')}</Table.Th>
              <Table.Th>{t('worklist.milestones.milestone')}</Table.Th>
              <Table.Th>{t('worklist.milestones.dueDate')}</Table.Th>
              <Table.Th>{t('worklist.milestones.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={`${item.caseId}-${item.kind}-${item.sequence}`}>
                <Table.Td>
                  <CaseLink item={item} />
                </Table.Td>
                <PersonCell item={item} />
                <Table.Td>{milestoneLabel(t, item)}</Table.Td>
                <Table.Td>{formatDate(item.dueDate, i18n.language)}</Table.Td>
                <Table.Td>
                  <Badge color={item.overdue ? 'red' : 'orange'} variant={item.overdue ? 'filled' : 'light'} tt="none">
                    {item.overdue ? t('worklist.milestones.overdue') : t('worklist.milestones.dueSoon')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </WorklistSection>
  );
}

function DraftReportsWork() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useDraftReportWorklistQuery(page);
  return (
    <WorklistSection
      title={t('worklist.drafts.title')}
      help={t('worklist.drafts.help')}
      empty={t('worklist.drafts.empty')}
      query={query}
      page={page}
      onPage={setPage}
    >
      {(items) => (
        <Table striped aria-label={t('worklist.drafts.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('worklist.case')}</Table.Th>
              <Table.Th>{t('worklist.person')}</Table.Th>
              <Table.Th>{t('worklist.drafts.reportTitle')}</Table.Th>
              <Table.Th>{t('worklist.drafts.updatedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <CaseLink item={item} tab="reports" />
                </Table.Td>
                <PersonCell item={item} />
                <Table.Td>{item.title ?? <Text c="dimmed">{t('worklist.drafts.noTitle')}</Text>}</Table.Td>
                <Table.Td>{formatDateTime(item.updatedAt, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </WorklistSection>
  );
}

function Presence({ present }: { present: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={present ? 'teal' : 'red'} variant="light" tt="none">
      {present ? t('worklist.assessments.present') : t('worklist.assessments.missing')}
    </Badge>
  );
}

function AssessmentsWork() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useAssessmentWorklistQuery(page);
  return (
    <WorklistSection
      title={t('worklist.assessments.title')}
      help={t('worklist.assessments.help')}
      empty={t('worklist.assessments.empty')}
      query={query}
      page={page}
      onPage={setPage}
    >
      {(items) => (
        <Table striped aria-label={t('worklist.assessments.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('worklist.case')}</Table.Th>
              <Table.Th>{t('worklist.person')}</Table.Th>
              <Table.Th>{t('worklist.assessments.type')}</Table.Th>
              <Table.Th>{t('worklist.assessments.startDate')}</Table.Th>
              <Table.Th>{t('worklist.assessments.fml')}</Table.Th>
              <Table.Th>{t('worklist.assessments.occupationalAssessment')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.caseId}>
                <Table.Td>
                  <CaseLink item={item} tab="special-file" />
                </Table.Td>
                <PersonCell item={item} />
                <Table.Td>{t(`caseTypes.${item.type}`)}</Table.Td>
                <Table.Td>{formatDate(item.startDate, i18n.language)}</Table.Td>
                <Table.Td>
                  <Presence present={item.hasFml} />
                </Table.Td>
                <Table.Td>
                  <Presence present={item.hasOccupationalAssessment} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </WorklistSection>
  );
}
