import { Alert, Anchor, Badge, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { isReintegration } from '@spoor/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { useMeQuery } from '../api/useAuth';
import { useCaseQuery, type CaseView } from '../api/useCases';
import { Can, useAbility } from '../auth/ability';
import { CaseAssignmentSection } from '../components/CaseAssignmentSection';
import { ClientReferenceControl } from '../components/ClientReferenceControl';
import { ActivitiesTab } from '../components/case-work/ActivitiesTab';
import { PoortwachterTimeline, type TimelineAudience } from '../components/case-work/PoortwachterTimeline';
import { ProgressReportsTab, type ReportAudience } from '../components/case-work/ProgressReportsTab';
import { SicknessEventsPanel } from '../components/case-work/SicknessEventsPanel';
import { WaitingPeriodExtensionsPanel } from '../components/case-work/WaitingPeriodExtensionsPanel';
import { ProcessDocumentsTab } from '../components/case-work/ProcessDocumentsTab';
import { SpecialFileTab } from '../components/case-work/SpecialFileTab';
import { StatusChangeControl } from '../components/case-work/StatusChangeControl';
import { formatDate } from '../components/format';
import { STATUS_COLOURS } from './CasesPage';
import { Loading } from '../components/Loading';

const DETAIL_FIELDS = [
  'organisationName',
  'personName',
  'clientReference',
  'personEmail',
  'personPhone',
  'personBirthDate',
  'personAddress',
  'coachName',
  'labourExpertName',
  'startDate',
  'endDate',
  'completedAt',
  'nextMilestone',
  'legalHold',
  'processingRestricted',
] as const;

const TAB_KEYS = ['overview', 'reports', 'activities', 'documents', 'special-file'] as const;
type TabKey = (typeof TAB_KEYS)[number];

/** `?tab=reports` opens a tab directly (links from the worklist); anything else opens the overview. */
const tabFrom = (value: string | null): TabKey => TAB_KEYS.find((key) => key === value) ?? 'overview';

/** One case, showing exactly the fields the API returned for this role, with the case work as tabs. */
export function CaseDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = useCaseQuery(id);
  const me = useMeQuery();
  const ability = useAbility();
  const [searchParams] = useSearchParams();
  const [tab, setTab] = useState<TabKey>(() => tabFrom(searchParams.get('tab')));
  const role = me.data?.role;

  if (query.isPending) return <Loading />;
  if (query.isError) {
    const notFound =
      query.error instanceof ApiError && (query.error.statusCode === 404 || query.error.statusCode === 400);
    // Someone not assigned cannot read the case, but may open its special file in an emergency.
    const breakGlass =
      notFound &&
      query.error instanceof ApiError &&
      query.error.statusCode === 404 &&
      role !== 'client' &&
      ability.can('break_glass', 'Case');
    return (
      <Stack>
        <Alert color={notFound ? 'yellow' : 'red'} role="alert">
          {notFound ? t('cases.notFound') : t('cases.loadError')}
        </Alert>
        {breakGlass && (
          <>
            <Title order={3}>{t('caseWork.tabs.specialFile')}</Title>
            <SpecialFileTab caseId={id} canWrite={false} canBreakGlass />
          </>
        )}
        <Anchor component={Link} to="/cases">
          {t('cases.back')}
        </Anchor>
      </Stack>
    );
  }
  const item = query.data;
  // The client contact's summary: its employee's name and its own reference, no contact details.
  const restricted = role === 'client';
  const value = (field: (typeof DETAIL_FIELDS)[number]) => format(item, field, t, i18n.language);

  const userId = me.data?.id;
  const assignedCoach = role === 'coach' && userId !== undefined && item.coachId === userId;
  const assignedExpert = role === 'labour_expert' && userId !== undefined && item.labourExpertId === userId;
  const readsProcessFile = ability.can('read_process_file', 'Case');
  const showReports = role !== undefined && (readsProcessFile || ability.can('read_released_reports', 'Case'));
  const showActivities = role !== undefined && role !== 'client' && readsProcessFile;
  // Never for a client, not even disabled: the special file is health data.
  const showSpecialFile =
    role !== undefined &&
    role !== 'client' &&
    (ability.can('read_special_file', 'Case') ||
      ability.can('read_capacities', 'Case') ||
      ability.can('break_glass', 'Case'));
  const shown: Record<TabKey, boolean> = {
    overview: true,
    reports: showReports,
    activities: showActivities,
    documents: showActivities,
    'special-file': showSpecialFile,
  };
  const activeTab = shown[tab] ? tab : 'overview';
  const audience: ReportAudience = role === 'client' ? 'client' : assignedCoach ? 'author' : 'reader';
  const reintegration = item.type !== undefined && isReintegration(item.type);
  const timelineAudience: TimelineAudience =
    role === 'client' ? 'employer' : role === 'participant' ? 'participant' : 'staff';
  const assignedStaff = assignedCoach || assignedExpert;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/cases" size="sm">
        ← {t('cases.back')}
      </Anchor>
      <Title order={2}>
        {item.reference}{' '}
        {item.status && (
          <Badge color={STATUS_COLOURS[item.status]} variant="light" size="lg">
            {t(`caseStatuses.${item.status}`)}
          </Badge>
        )}
      </Title>
      {item.type && <Text c="dimmed">{t(`caseTypes.${item.type}`)}</Text>}
      {restricted && <Text size="sm">{t('cases.restrictedNote')}</Text>}
      <Tabs value={activeTab} onChange={(next) => setTab((next as TabKey | null) ?? 'overview')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t('caseWork.tabs.overview')}</Tabs.Tab>
          {showReports && <Tabs.Tab value="reports">{t('caseWork.tabs.reports')}</Tabs.Tab>}
          {showActivities && <Tabs.Tab value="activities">{t('caseWork.tabs.activities')}</Tabs.Tab>}
          {showActivities && <Tabs.Tab value="documents">{t('documents.tab')}</Tabs.Tab>}
          {showSpecialFile && <Tabs.Tab value="special-file">{t('caseWork.tabs.specialFile')}</Tabs.Tab>}
        </Tabs.List>

        <Tabs.Panel value="overview" pt="md">
          <Stack gap="md">
            <Paper withBorder p="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="dl">
                {DETAIL_FIELDS.filter((field) => field in item).map((field) => (
                  <div key={field}>
                    <Text component="dt" size="xs" c="dimmed">
                      {t(
                        field === 'clientReference' && role === 'client' ? 'cases.ownReference' : `caseFields.${field}`,
                      )}
                    </Text>
                    <Text component="dd" m={0}>
                      {value(field)}
                    </Text>
                  </div>
                ))}
              </SimpleGrid>
            </Paper>
            {/* Milestones have their own ability: the admin never asks for them, the client gets its duties. */}
            {reintegration && ability.can('read_milestones', 'Case') && (
              <PoortwachterTimeline
                caseId={item.id}
                audience={timelineAudience}
                canComplete={assignedStaff && ability.can('complete_milestones', 'Case')}
              />
            )}
            {/* Dates only, from the special file: the assigned staff record them, nobody else sees them here. */}
            {reintegration && assignedStaff && ability.can('read_sickness_events', 'Case') && (
              <SicknessEventsPanel caseId={item.id} canWrite={ability.can('write_sickness_events', 'Case')} />
            )}
            {/* Loonsanctie, voluntary extension, early IVA: dates and weeks from the special file, as the events. */}
            {reintegration && assignedStaff && ability.can('read_sickness_events', 'Case') && (
              <WaitingPeriodExtensionsPanel caseId={item.id} canWrite={ability.can('write_sickness_events', 'Case')} />
            )}
            {(role === 'admin' || assignedCoach) && item.version !== undefined && (
              <ClientReferenceControl
                key={item.id}
                caseId={item.id}
                clientReference={item.clientReference ?? null}
                version={item.version}
              />
            )}
            <Can I="assign" a="Case">
              <CaseAssignmentSection
                caseId={item.id}
                current={{
                  coach: item.coachId ? { id: item.coachId, name: item.coachName ?? '' } : null,
                  labour_expert: item.labourExpertId
                    ? { id: item.labourExpertId, name: item.labourExpertName ?? '' }
                    : null,
                }}
              />
            </Can>
          </Stack>
        </Tabs.Panel>

        {showReports && (
          <Tabs.Panel value="reports" pt="md">
            <Stack gap="md">
              {assignedCoach && item.status && item.version !== undefined && (
                <StatusChangeControl caseId={item.id} status={item.status} version={item.version} />
              )}
              <ProgressReportsTab caseId={item.id} audience={audience} />
            </Stack>
          </Tabs.Panel>
        )}
        {showActivities && (
          <Tabs.Panel value="activities" pt="md">
            <ActivitiesTab caseId={item.id} canWrite={assignedCoach} />
          </Tabs.Panel>
        )}
        {showActivities && (
          <Tabs.Panel value="documents" pt="md">
            <ProcessDocumentsTab
              caseId={item.id}
              canWrite={assignedCoach && ability.can('write_process_file', 'Case')}
              participant={role === 'participant'}
            />
          </Tabs.Panel>
        )}
        {showSpecialFile && (
          <Tabs.Panel value="special-file" pt="md">
            <SpecialFileTab
              caseId={item.id}
              canWrite={assignedExpert}
              canBreakGlass={ability.can('break_glass', 'Case')}
            />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}

const DATE_FIELDS = new Set(['personBirthDate', 'startDate', 'endDate', 'completedAt']);

function format(
  item: CaseView,
  field: (typeof DETAIL_FIELDS)[number],
  t: (key: string) => string,
  language: string,
): string {
  const raw = item[field];
  if (raw === null || raw === undefined || raw === '') return t('common.none');
  if (typeof raw === 'boolean') return raw ? t('common.yes') : t('common.no');
  if (field === 'nextMilestone' && typeof raw === 'object')
    return `${t(`milestones.${raw.kind}`)} · ${formatDate(raw.dueDate, language)}`;
  if (DATE_FIELDS.has(field)) return formatDate(String(raw), language);
  return String(raw);
}
