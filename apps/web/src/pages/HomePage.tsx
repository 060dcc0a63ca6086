import { Badge, Stack, Text, Title } from '@mantine/core';
import type { SessionUser } from '@spoor/domain';
import { useTranslation } from 'react-i18next';

export function HomePage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={2}>{t('home.welcome', { name: user.displayName })}</Title>
      <Text>
        {t('home.role')}: <Badge variant="light">{t(`roles.${user.role}`)}</Badge>
      </Text>
    </Stack>
  );
}
