import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PrivacyRequest } from '../../api/usePrivacyRequests';
import { formatDate } from '../../components/format';
import { dueState, type DueState } from './privacyFormat';

const DUE_COLOURS: Record<DueState, string | undefined> = {
  overdue: 'red.7',
  dueSoon: 'orange.7',
  normal: undefined,
  done: 'dimmed',
};

const STATUS_COLOURS: Record<string, string> = { received: 'blue', extended: 'violet', completed: 'gray' };

interface Props {
  items: PrivacyRequest[];
  now?: Date;
  onExtend?: (request: PrivacyRequest) => void;
  onComplete?: (request: PrivacyRequest) => void;
  /** Access and portability: the export's manifest and delivery status (never its content). */
  onManifest?: (request: PrivacyRequest) => void;
}

/** Requests with their deadline: overdue in red, due within 7 days in orange. */
export function RequestsTable({ items, now = new Date(), onExtend, onComplete, onManifest }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table verticalSpacing="xs" aria-label={t('privacy.requests.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('privacy.requests.type')}</Table.Th>
            <Table.Th>{t('privacy.requests.status')}</Table.Th>
            <Table.Th>{t('privacy.requests.receivedAt')}</Table.Th>
            <Table.Th>{t('privacy.requests.dueAt')}</Table.Th>
            <Table.Th>{t('privacy.requests.person')}</Table.Th>
            {(onExtend || onComplete || onManifest) && <Table.Th>{t('privacy.requests.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((request) => {
            const state = dueState(request, now);
            const open = request.status !== 'completed';
            return (
              <Table.Tr
                key={request.id}
                data-due={state}
                bg={state === 'overdue' ? 'red.0' : state === 'dueSoon' ? 'orange.0' : undefined}
              >
                <Table.Td>
                  {t(`privacy.requests.types.${request.type}`)}
                  {request.purpose && (
                    <Text size="xs" c="dimmed">
                      {t(`privacy.requests.objectionPurposes.${request.purpose}`)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOURS[request.status] ?? 'gray'} variant="light" tt="none">
                    {t(`privacy.requests.statuses.${request.status}`)}
                  </Badge>
                  {request.outcome && (
                    <Text size="xs" c="dimmed">
                      {t(`privacy.requests.outcomes.${request.outcome}`)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatDate(request.receivedAt, i18n.language)}</Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    c={DUE_COLOURS[state]}
                    fw={state === 'overdue' || state === 'dueSoon' ? 600 : undefined}
                  >
                    {formatDate(request.dueAt, i18n.language)}
                    {state === 'overdue' && ` — ${t('privacy.requests.overdue')}`}
                    {state === 'dueSoon' && ` — ${t('privacy.requests.dueSoon')}`}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace">
                    {request.personId.slice(0, 8)}
                  </Text>
                </Table.Td>
                {(onExtend || onComplete || onManifest) && (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {open && onExtend && request.status === 'received' && (
                        <Button size="xs" variant="default" onClick={() => onExtend(request)}>
                          {t('privacy.requests.extend')}
                        </Button>
                      )}
                      {onManifest && (request.type === 'access' || request.type === 'portability') && (
                        // The export goes to the person's portal; the officer sees its manifest and delivery status.
                        <Button size="xs" variant="light" onClick={() => onManifest(request)}>
                          {t('privacy.requests.manifest')}
                        </Button>
                      )}
                      {open && onComplete && (
                        <Button size="xs" onClick={() => onComplete(request)}>
                          {/* Rectification opens its own screen: correct, then complete. */}
                          {t(request.type === 'rectification' ? 'rectification.open' : 'privacy.requests.complete')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
