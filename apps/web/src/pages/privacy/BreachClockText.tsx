import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Breach } from '../../api/useBreaches';
import { formatDateTime } from '../../components/format';
import { breachClock } from './privacyFormat';

/** The 72-hour clock: time left (orange under 24 h), "te laat" in red, or when the authority was told. */
export function BreachClockText({ breach, now }: { breach: Breach; now?: Date }) {
  const { t, i18n } = useTranslation();
  const clock = breachClock(breach, now);
  if (clock.kind === 'notified') {
    return (
      <Text size="sm" c="teal.8">
        {t('privacy.breaches.notifiedAt', { at: formatDateTime(clock.at, i18n.language) })}
      </Text>
    );
  }
  if (clock.kind === 'late') {
    return (
      <Text size="sm" c="red.9" fw={700}>
        {t('privacy.breaches.late')}
      </Text>
    );
  }
  return (
    <Text size="sm" c={clock.hours < 24 ? 'orange.8' : undefined} fw={600}>
      {t('privacy.breaches.timeLeft', { hours: clock.hours, minutes: clock.minutes })}
    </Text>
  );
}
