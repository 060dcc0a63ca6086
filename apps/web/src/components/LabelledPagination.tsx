import { Pagination, type PaginationProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Mantine's pagination with spoken names for its arrow buttons (axe: buttons need discernible text). */
export function LabelledPagination(props: PaginationProps) {
  const { t } = useTranslation();
  return (
    <Pagination
      {...props}
      aria-label={t('common.pages')}
      getControlProps={(control) => ({ 'aria-label': t(`common.pageControl.${control}`) })}
      getItemProps={(page) => ({ 'aria-label': t('common.pageNumber', { page }) })}
    />
  );
}
