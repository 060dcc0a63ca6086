import { Alert, Badge, Button, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useAccessLogAnomaliesQuery,
  useCloseBreakGlassFollowUpMutation,
  type BreakGlassAwaitingReview,
  type BreakGlassFollowUp,
} from '../../api/useAccessLog';
import { BreakGlassBreachForm, BreakGlassReviewModal } from './BreakGlassReviewModal';
import { apiErrorText } from '../../components/apiMessages';
import { formatDateTime } from '../../components/format';
import { labelOf } from './privacyFormat';
import { Loading } from '../../components/Loading';

function Section({ title, help, children }: { title: string; help?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {title}
        </Title>
        {help && (
          <Text size="sm" c="dimmed">
            {help}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}

/** What the privacy officer should look at: mass reads, break-the-glass to review, out-of-hours access. */
export function AnomaliesPage() {
  const { t, i18n } = useTranslation();
  const anomalies = useAccessLogAnomaliesQuery();
  const closeFollowUp = useCloseBreakGlassFollowUpMutation();
  const [reviewing, setReviewing] = useState<BreakGlassAwaitingReview | null>(null);
  const [breachFor, setBreachFor] = useState<BreakGlassFollowUp | null>(null);
  const [feedback, setFeedback] = useState<{ colour: 'teal' | 'red'; message: string } | null>(null);
  const when = (iso: string) => formatDateTime(iso, i18n.language);

  return (
    <Stack gap="md">
      <Title order={2}>{t('privacy.anomalies.title')}</Title>
      {feedback && (
        <Alert
          color={feedback.colour}
          role={feedback.colour === 'red' ? 'alert' : 'status'}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setFeedback(null)}
        >
          {feedback.message}
        </Alert>
      )}
      {anomalies.isPending && <Loading />}
      {anomalies.isError && (
        <Alert color="red" role="alert">
          {t('privacy.common.loadError')}
        </Alert>
      )}
      {anomalies.data && (
        <>
          <Section title={t('privacy.anomalies.breakGlass')}>
            {anomalies.data.breakGlassAwaitingReview.length === 0 ? (
              <Text c="dimmed">{t('privacy.anomalies.breakGlassEmpty')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={800}>
                <Table verticalSpacing="xs" aria-label={t('privacy.anomalies.breakGlass')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('privacy.anomalies.user')}</Table.Th>
                      <Table.Th>{t('privacy.accessLog.case')}</Table.Th>
                      <Table.Th>{t('privacy.anomalies.reason')}</Table.Th>
                      <Table.Th>{t('privacy.anomalies.openedAt')}</Table.Th>
                      <Table.Th>{t('privacy.anomalies.expiresAt')}</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {anomalies.data.breakGlassAwaitingReview.map((grant) => (
                      <Table.Tr key={grant.id}>
                        <Table.Td>
                          <Text size="sm">{grant.userName ?? t('privacy.accessLog.unknownActor')}</Text>
                          <Text size="xs" c="dimmed">
                            {labelOf(t, 'roles', grant.userRole)}
                          </Text>
                        </Table.Td>
                        <Table.Td>{grant.caseReference}</Table.Td>
                        <Table.Td style={{ maxWidth: 320 }}>{grant.reason ?? '—'}</Table.Td>
                        <Table.Td>{when(grant.openedAt)}</Table.Td>
                        <Table.Td>{when(grant.expiresAt)}</Table.Td>
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="light"
                            onClick={() => {
                              setFeedback(null);
                              setReviewing(grant);
                            }}
                          >
                            {t('breakGlass.review.button')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Section>
          <Section title={t('breakGlass.followUps.title')} help={t('breakGlass.followUps.help')}>
            {anomalies.data.breakGlassFollowUps.length === 0 ? (
              <Text c="dimmed">{t('breakGlass.followUps.empty')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={800}>
                <Table verticalSpacing="xs" aria-label={t('breakGlass.followUps.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('privacy.anomalies.user')}</Table.Th>
                      <Table.Th>{t('privacy.accessLog.case')}</Table.Th>
                      <Table.Th>{t('breakGlass.followUps.outcome')}</Table.Th>
                      <Table.Th>{t('breakGlass.followUps.note')}</Table.Th>
                      <Table.Th>{t('breakGlass.followUps.openedAt')}</Table.Th>
                      <Table.Th>{t('breakGlass.followUps.breach')}</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {anomalies.data.breakGlassFollowUps.map((item) => (
                      <Table.Tr key={item.id}>
                        <Table.Td>
                          <Text size="sm">{item.userName ?? t('privacy.accessLog.unknownActor')}</Text>
                          <Text size="xs" c="dimmed">
                            {labelOf(t, 'roles', item.userRole)}
                          </Text>
                        </Table.Td>
                        <Table.Td>{item.caseReference}</Table.Td>
                        <Table.Td>
                          <Badge color={item.outcome === 'not_justified' ? 'red' : 'orange'} variant="light" tt="none">
                            {t(`breakGlass.outcomes.${item.outcome}`)}
                          </Badge>
                          {item.healthDataRead && (
                            <Text size="xs" c="red.9">
                              {t('breakGlass.followUps.healthData')}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td style={{ maxWidth: 280 }}>{item.note ?? '—'}</Table.Td>
                        <Table.Td>{when(item.openedAt)}</Table.Td>
                        <Table.Td>
                          {item.breachId ? (
                            t('breakGlass.followUps.breachRegistered')
                          ) : item.healthDataRead ? (
                            <Button size="xs" variant="light" color="red" onClick={() => setBreachFor(item)}>
                              {t('breakGlass.followUps.startBreach')}
                            </Button>
                          ) : (
                            '—'
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="subtle"
                            loading={closeFollowUp.isPending && closeFollowUp.variables === item.grantId}
                            onClick={() => {
                              setFeedback(null);
                              closeFollowUp.mutate(item.grantId, {
                                onSuccess: () =>
                                  setFeedback({ colour: 'teal', message: t('breakGlass.followUps.closed') }),
                                onError: (error) => setFeedback({ colour: 'red', message: apiErrorText(error, t) }),
                              });
                            }}
                          >
                            {t('breakGlass.followUps.close')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Section>
          <Section title={t('privacy.anomalies.massReads')} help={t('privacy.anomalies.massReadsHelp')}>
            {anomalies.data.massReads.length === 0 ? (
              <Text c="dimmed">{t('privacy.anomalies.massReadsEmpty')}</Text>
            ) : (
              <Table verticalSpacing="xs" aria-label={t('privacy.anomalies.massReads')}>
                <Table.Tbody>
                  {anomalies.data.massReads.map((read) => (
                    <Table.Tr key={`${read.actorId}-${read.windowStart}`}>
                      <Table.Td>
                        <Text size="xs" ff="monospace">
                          {read.actorId}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {labelOf(t, 'roles', read.actorRole)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text c="red.9" fw={500} size="sm">
                          {t('privacy.anomalies.massRead', { people: read.people, at: when(read.windowStart) })}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Section>
          <Section
            title={t('privacy.anomalies.outsideOfficeHours')}
            help={t('privacy.anomalies.outsideOfficeHoursHelp')}
          >
            {anomalies.data.outsideOfficeHours.length === 0 ? (
              <Text c="dimmed">{t('privacy.anomalies.outsideOfficeHoursEmpty')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={700}>
                <Table verticalSpacing="xs" striped aria-label={t('privacy.anomalies.outsideOfficeHours')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('privacy.accessLog.at')}</Table.Th>
                      <Table.Th>{t('privacy.accessLog.actor')}</Table.Th>
                      <Table.Th>{t('privacy.accessLog.action')}</Table.Th>
                      <Table.Th>{t('privacy.accessLog.resource')}</Table.Th>
                      <Table.Th>{t('privacy.accessLog.case')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {anomalies.data.outsideOfficeHours.map((event) => (
                      <Table.Tr key={event.id}>
                        <Table.Td>{when(event.at)}</Table.Td>
                        <Table.Td>
                          {event.actorName ?? t('privacy.accessLog.unknownActor')}{' '}
                          <Text span size="xs" c="dimmed">
                            ({labelOf(t, 'roles', event.actorRole)})
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {labelOf(t, 'privacy.accessLog.actions', event.action)}
                          {event.breakGlass && (
                            <Badge color="red" ml="xs" tt="none">
                              {t('privacy.accessLog.breakGlassBadge')}
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td>{labelOf(t, 'privacy.accessLog.resources', event.resource)}</Table.Td>
                        <Table.Td>{event.caseReference ?? '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Section>
        </>
      )}
      <BreakGlassReviewModal
        grant={reviewing}
        onClose={() => setReviewing(null)}
        onDone={(message) => {
          setReviewing(null);
          setFeedback({ colour: 'teal', message });
        }}
      />
      <Modal
        opened={breachFor !== null}
        onClose={() => setBreachFor(null)}
        title={t('breakGlass.followUps.startBreach')}
      >
        {breachFor && (
          <BreakGlassBreachForm
            grantId={breachFor.grantId}
            caseReference={breachFor.caseReference}
            onStarted={() => {
              setBreachFor(null);
              setFeedback({ colour: 'teal', message: t('breakGlass.review.breachStarted') });
            }}
            onSkip={() => setBreachFor(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
