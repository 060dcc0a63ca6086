import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../apiMessages';
import { useValidatedForm } from '../forms/useValidatedForm';
import { isFilled, rule } from '../validation';

/**
 * "Intrekken": a sickness event entered wrongly or an extension that no longer applies, only with a reason (the
 * API keeps both in the history). `withdraw` sends it; the modal shows the API's refusal.
 */
export function WithdrawReasonModal({
  title,
  text,
  pending,
  error,
  onWithdraw,
  onClose,
}: {
  title: string;
  text: string;
  pending: boolean;
  error: unknown;
  onWithdraw: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useValidatedForm<{ reason: string }>(
    {
      initialValues: { reason: '' },
      validate: { reason: rule(isFilled, 'poortwachter.withdraw.reasonRequired') },
    },
    { apiError: error },
  );
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form noValidate onSubmit={form.onSubmit(({ reason }) => onWithdraw(reason.trim()))}>
        <Stack gap="sm">
          <Text size="sm">{text}</Text>
          <Textarea
            label={t('poortwachter.withdraw.reason')}
            required
            autosize
            minRows={2}
            maxLength={1000}
            {...form.getInputProps('reason')}
          />
          {error != null && (
            <Alert color="red" role="alert">
              {apiErrorText(form.alertError, t)}
            </Alert>
          )}
          <Group>
            <Button type="submit" color="red" loading={pending}>
              {t('poortwachter.withdraw.submit')}
            </Button>
            <Button variant="subtle" color="gray" onClick={onClose}>
              {t('caseWork.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
