import { Alert, List, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAccessLogVerifyQuery } from '../../api/useAccessLog';
import { formatDateTime } from '../../components/format';

/** The seal verification of the access log: green when intact, red with every problem (translated) when not. */
export function VerifyCard() {
  const { t, i18n } = useTranslation();
  const verify = useAccessLogVerifyQuery();
  if (verify.isPending) {
    return (
      <Alert color="gray" role="status" title={t('privacy.verify.title')} icon={<Loader size="xs" />}>
        {t('privacy.verify.checking')}
      </Alert>
    );
  }
  if (verify.isError) {
    return (
      <Alert color="red" role="alert" title={t('privacy.verify.title')}>
        {t('privacy.verify.error')}
      </Alert>
    );
  }
  const result = verify.data;
  if (result.ok) {
    return (
      <Alert
        color="teal"
        variant="light"
        role="status"
        title={t('privacy.verify.title')}
        data-testid="seal-status"
        data-ok="true"
      >
        <Text size="sm" fw={500}>
          {t('privacy.verify.ok', { checked: result.checked })}
        </Text>
        <Text size="sm">
          {result.newestSeal
            ? t('privacy.verify.newestSeal', { at: formatDateTime(result.newestSeal.sealedAt, i18n.language) })
            : t('privacy.verify.noSeal')}
        </Text>
      </Alert>
    );
  }
  return (
    <Alert
      color="red"
      variant="filled"
      role="alert"
      title={t('privacy.verify.title')}
      data-testid="seal-status"
      data-ok="false"
    >
      <Text size="sm" fw={500}>
        {t('privacy.verify.broken')}
      </Text>
      {result.problems?.length ? (
        <List size="sm" data-testid="seal-problems">
          {result.problems.map((problem, index) => (
            <List.Item key={`${problem.code}-${problem.position}-${index}`}>
              {t('privacy.verify.problem', {
                what: t(`privacy.verify.problems.${problem.code}`, { defaultValue: problem.code }),
                position: problem.position,
              })}
            </List.Item>
          ))}
        </List>
      ) : (
        result.firstBad && (
          <Text size="sm">
            {t('privacy.verify.firstBad', { position: result.firstBad.position, reason: result.firstBad.reason })}
          </Text>
        )
      )}
    </Alert>
  );
}
