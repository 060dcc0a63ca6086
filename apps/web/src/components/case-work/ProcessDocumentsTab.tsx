import { Alert, Anchor, Checkbox, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { PROCESS_DOCUMENT_KINDS, type ProcessDocumentKind } from '@spoor/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/queryKeys';
import { uploadWithProgress } from '../../api/uploadWithProgress';
import {
  useProcessDocumentsQuery,
  useShareProcessDocumentMutation,
  type ProcessDocument,
} from '../../api/useProcessDocuments';
import { apiErrorText } from '../apiMessages';
import { formatDateTime } from '../format';
import { DocumentDropzone } from '../forms/DocumentDropzone';
import { Loading } from '../Loading';

/** Kinds offered for a new upload (`problem_analysis` stays readable for documents stored before). */
const UPLOAD_KINDS = PROCESS_DOCUMENT_KINDS.filter((kind) => kind !== 'problem_analysis');

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The process file's documents (plan van aanpak, CV, agreements, reports). The assigned coach uploads and
 * decides what the participant sees; the labour expert reads; the participant sees what was shared with them.
 */
export function ProcessDocumentsTab({
  caseId,
  canWrite,
  participant,
}: {
  caseId: string;
  canWrite: boolean;
  participant: boolean;
}) {
  const { t } = useTranslation();
  const query = useProcessDocumentsQuery(caseId);
  const queryClient = useQueryClient();
  const [share, setShare] = useState(false);

  return (
    <Stack>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('documents.title')}
          </Title>
          {participant && (
            <Text size="sm" c="dimmed">
              {t('documents.participantNote')}
            </Text>
          )}
          {query.isPending && <Loading label={t('caseWork.loading')} />}
          {query.isError && (
            <Alert color="red" role="alert">
              {t('caseWork.loadError')}
            </Alert>
          )}
          {query.data && (
            <DocumentTable caseId={caseId} items={query.data.items} canShare={canWrite} participant={participant} />
          )}
        </Stack>
      </Paper>
      {canWrite && (
        <Paper withBorder p="md">
          <DocumentDropzone<ProcessDocumentKind>
            title={t('documents.upload')}
            kinds={UPLOAD_KINDS}
            kindLabel={(kind) => t(`documents.kinds.${kind}`)}
            kindFieldLabel={t('documents.kind')}
            defaultKind="plan_of_approach"
            inputTestId="process-document-upload-input"
            upload={async (file, kind, onProgress) => {
              await uploadWithProgress(
                `/cases/${encodeURIComponent(caseId)}/documents`,
                { kind, sharedWithParticipant: String(share) },
                file,
                onProgress,
              );
              await queryClient.invalidateQueries({ queryKey: queryKeys.caseWork.documents(caseId) });
            }}
          >
            <Checkbox
              label={t('documents.shareOnUpload')}
              checked={share}
              onChange={(event) => setShare(event.currentTarget.checked)}
              mb={8}
            />
          </DocumentDropzone>
        </Paper>
      )}
    </Stack>
  );
}

function DocumentTable({
  caseId,
  items,
  canShare,
  participant,
}: {
  caseId: string;
  items: ProcessDocument[];
  canShare: boolean;
  participant: boolean;
}) {
  const { t, i18n } = useTranslation();
  const share = useShareProcessDocumentMutation(caseId);
  if (items.length === 0)
    return <Text c="dimmed">{participant ? t('documents.emptyParticipant') : t('documents.empty')}</Text>;
  return (
    <>
      <Table aria-label={t('documents.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('documents.file')}</Table.Th>
            <Table.Th>{t('documents.kind')}</Table.Th>
            <Table.Th>{t('documents.size')}</Table.Th>
            <Table.Th>{t('documents.uploadedAt')}</Table.Th>
            {!participant && <Table.Th>{t('documents.shared')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((document) => (
            <Table.Tr key={document.id}>
              <Table.Td>
                <Anchor href={document.href} download={document.filename}>
                  {document.filename}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`documents.kinds.${document.kind}`)}</Table.Td>
              <Table.Td>{formatSize(document.sizeBytes)}</Table.Td>
              <Table.Td>{formatDateTime(document.uploadedAt, i18n.language)}</Table.Td>
              {!participant && (
                <Table.Td>
                  {canShare ? (
                    <Switch
                      checked={document.sharedWithParticipant}
                      disabled={share.isPending}
                      onChange={(event) =>
                        share.mutate({ id: document.id, sharedWithParticipant: event.currentTarget.checked })
                      }
                      aria-label={t('documents.shareWith', { name: document.filename })}
                    />
                  ) : document.sharedWithParticipant ? (
                    t('common.yes')
                  ) : (
                    t('common.no')
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {share.isError && (
        <Alert color="red" role="alert">
          {apiErrorText(share.error, t)}
        </Alert>
      )}
    </>
  );
}
