import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ComboboxData } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useActivitiesQuery, useProgressReportsQuery } from '../../api/useCaseWork';
import { useProcessDocumentsQuery } from '../../api/useProcessDocuments';
import { useMilestonesQuery, type TimelineMilestoneState, type TimelineMilestoneView } from '../../api/useMilestones';
import { formatDay } from '../format';
import { Loading } from '../Loading';
import { CompleteMilestoneModal, evidenceValue, UndoMilestoneModal } from './MilestoneForms';
import { basisText, evidenceText, milestoneLabel, type EvidenceNames } from './milestoneTexts';

export const MILESTONE_COLOURS: Record<TimelineMilestoneState, string> = {
  done: 'teal',
  due: 'orange',
  overdue: 'red',
  upcoming: 'blue',
  info: 'gray',
  suspended: 'yellow',
  lapsed: 'gray',
};

/** Upcoming milestones shown before "show all": the timeline stays readable at a glance. */
const UPCOMING_AT_A_GLANCE = 3;

/**
 * Who reads the timeline. `staff`: the assigned coach or labour expert (every actor, the basis, evidence, and
 * with `canComplete` the actions). `participant`: the same, read-only. `employer`: the client's own duties,
 * dates and states only (the API leaves out what it may not see, the basis included).
 */
export type TimelineAudience = 'staff' | 'participant' | 'employer';

/** The milestones that need no action from anyone here: UWV's own steps and dates to know. */
const isInformation = (item: TimelineMilestoneView) => item.state === 'info' || item.actor === 'uwv';

/** The case's Poortwachter timeline, loaded from the API, which computes every date and state. */
export function PoortwachterTimeline({
  caseId,
  audience,
  canComplete = false,
}: {
  caseId: string;
  audience: TimelineAudience;
  canComplete?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const query = useMilestonesQuery(caseId);
  const evidence = useEvidence(caseId, canComplete);
  const [showAll, setShowAll] = useState(false);
  const [action, setAction] = useState<{ mode: 'complete' | 'undo'; milestone: TimelineMilestoneView } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const headingId = useId();

  // Not for this role: nothing to explain on the overview.
  if (query.error instanceof ApiError && (query.error.statusCode === 403 || query.error.statusCode === 404))
    return null;

  const items = query.data?.items ?? [];
  const nextUpcoming = new Set(items.filter((item) => item.state === 'upcoming').slice(0, UPCOMING_AT_A_GLANCE));
  const shown = showAll ? items : items.filter((item) => item.state !== 'upcoming' || nextUpcoming.has(item));
  const employer = audience === 'employer';
  const withActions = canComplete && audience === 'staff';
  const done = (text: string) => {
    setAction(null);
    setMessage(text);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {t('poortwachter.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {employer ? t('poortwachter.employerIntro') : t('poortwachter.intro')}
        </Text>
        {message && (
          <Alert color="teal" role="status" withCloseButton onClose={() => setMessage(null)}>
            {message}
          </Alert>
        )}
        {query.isPending && <Loading size="sm" label={t('caseWork.loading')} />}
        {query.isError && (
          <Alert color="red" role="alert">
            {t('caseWork.loadError')}
          </Alert>
        )}
        {query.data && items.length === 0 && <Text c="dimmed">{t('poortwachter.empty')}</Text>}
        {items.length > 0 && (
          <Table.ScrollContainer minWidth={employer ? 420 : 760}>
            <Table striped verticalSpacing="xs" aria-label={t('poortwachter.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('poortwachter.columns.milestone')}</Table.Th>
                  <Table.Th>{t('poortwachter.columns.dueDate')}</Table.Th>
                  {!employer && <Table.Th>{t('poortwachter.columns.actor')}</Table.Th>}
                  <Table.Th>{t('poortwachter.columns.state')}</Table.Th>
                  {!employer && <Table.Th>{t('poortwachter.columns.evidence')}</Table.Th>}
                  {withActions && <Table.Th>{t('poortwachter.columns.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((item) => {
                  // The API sends null where this reader may not know why (the employer, health data).
                  const basis = item.basis ? basisText(t, item.basis, i18n.language) : '';
                  return (
                    <Table.Tr key={item.id ?? `${item.kind}-${item.sequence}`}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {milestoneLabel(t, item)}
                        </Text>
                        {basis && (
                          <Text size="xs" c="dimmed">
                            {basis}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDay(item.dueDate)}</Text>
                        {item.completedOn && (
                          <Text size="xs" c="dimmed">
                            {t('poortwachter.completedOn', { date: formatDay(item.completedOn) })}
                          </Text>
                        )}
                      </Table.Td>
                      {!employer && (
                        <Table.Td>
                          <Text size="sm">{item.actor ? t(`poortwachter.actors.${item.actor}`) : ''}</Text>
                        </Table.Td>
                      )}
                      <Table.Td>
                        <Badge
                          color={MILESTONE_COLOURS[item.state] ?? 'gray'}
                          variant={item.state === 'overdue' ? 'filled' : 'light'}
                          tt="none"
                        >
                          {t(`poortwachter.states.${item.state}`)}
                        </Badge>
                      </Table.Td>
                      {!employer && (
                        <Table.Td>
                          <Text size="sm">{evidenceText(t, item.evidence ?? null, evidence.names)}</Text>
                        </Table.Td>
                      )}
                      {withActions && (
                        <Table.Td>
                          {isInformation(item) ? null : item.completedOn ? (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              color="red"
                              onClick={() => setAction({ mode: 'undo', milestone: item })}
                            >
                              {t('poortwachter.undo.action')}
                            </Button>
                          ) : (
                            <Button
                              size="compact-sm"
                              variant="light"
                              onClick={() => setAction({ mode: 'complete', milestone: item })}
                            >
                              {t('poortwachter.complete.action')}
                            </Button>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {items.length > shown.length || showAll ? (
          <Group>
            <Button variant="subtle" size="compact-sm" onClick={() => setShowAll(!showAll)}>
              {showAll ? t('poortwachter.showLess') : t('poortwachter.showAll', { count: items.length })}
            </Button>
          </Group>
        ) : null}
      </Stack>
      {action?.mode === 'complete' && (
        <CompleteMilestoneModal
          caseId={caseId}
          milestone={action.milestone}
          evidenceOptions={evidence.options}
          onClose={() => setAction(null)}
          onDone={done}
        />
      )}
      {action?.mode === 'undo' && (
        <UndoMilestoneModal
          caseId={caseId}
          milestone={action.milestone}
          onClose={() => setAction(null)}
          onDone={done}
        />
      )}
    </Paper>
  );
}

/**
 * The case's progress reports, process documents and activities: names for the evidence column and options for
 * the picker. Loaded only for the staff who complete milestones (the others read the API's label).
 */
function useEvidence(caseId: string, enabled: boolean): { names?: EvidenceNames; options: ComboboxData } {
  const { t } = useTranslation();
  const reports = useProgressReportsQuery(caseId, enabled);
  const activities = useActivitiesQuery(caseId, enabled);
  const documents = useProcessDocumentsQuery(caseId, enabled);
  return useMemo(() => {
    if (!enabled) return { options: [] };
    const names: EvidenceNames = {
      reports: new Map(
        (reports.data?.items ?? []).map((report) => [
          report.id,
          report.title ?? `${formatDay(report.periodStart)} – ${formatDay(report.periodEnd)}`,
        ]),
      ),
      documents: new Map(
        (documents.data?.items ?? []).map((document) => [
          document.id,
          `${t(`documents.kinds.${document.kind}`)}: ${document.filename}`,
        ]),
      ),
      activities: new Map(
        (activities.data?.items ?? []).map((activity) => [
          activity.id,
          `${t(`caseWork.activities.kinds.${activity.kind}`)} ${formatDay(activity.occurredOn)}`,
        ]),
      ),
    };
    const group = (key: 'reports' | 'documents' | 'activities', kind: 'report' | 'document' | 'activity') => {
      const entries = [...names[key]];
      return entries.length === 0
        ? []
        : [
            {
              group: t(`poortwachter.complete.groups.${key}`),
              items: entries.map(([id, label]) => ({ value: evidenceValue(kind, id), label })),
            },
          ];
    };
    return {
      names,
      options: [...group('reports', 'report'), ...group('documents', 'document'), ...group('activities', 'activity')],
    };
  }, [enabled, reports.data, documents.data, activities.data, t]);
}
