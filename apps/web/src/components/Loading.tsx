import { Loader, type LoaderProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The one loading indicator: a live status region with a translated name, so screen readers announce it
 * (a bare Mantine Loader is a span whose aria-label no role permits).
 */
export function Loading({ size, label }: { size?: LoaderProps['size']; label?: string }) {
  const { t } = useTranslation();
  return <Loader size={size} role="status" aria-label={label ?? t('common.loading')} />;
}
