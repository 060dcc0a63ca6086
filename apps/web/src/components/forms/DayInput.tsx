import { DateInput, DateTimePicker, type DateInputProps, type DateTimePickerProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { isCalendarDay } from '../validation';

/** How a day is shown and typed: the Dutch way, 01-03-2026 (English uses the same, it is unambiguous here). */
export const DAY_FORMAT = 'DD-MM-YYYY';
const DATE_TIME_FORMAT = 'DD-MM-YYYY HH:mm';

/**
 * What someone typed, as the API's `YYYY-MM-DD`, or null while it is not (yet) a day. Accepts 1-3-2026,
 * 01-03-2026, 1/3/2026, 1.3.2026 and 2026-03-01. Plain string work: no Date object, so no time zone can move
 * the day.
 */
export function parseDay(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : [];
  if (!year || !month || !day) return null;
  const result = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDay(result) ? result : null;
}

function useCalendarLabels() {
  const { t } = useTranslation();
  return {
    previousMonth: t('dates.previousMonth'),
    nextMonth: t('dates.nextMonth'),
    previousYear: t('dates.previousYear'),
    nextYear: t('dates.nextYear'),
    previousDecade: t('dates.previousDecade'),
    nextDecade: t('dates.nextDecade'),
    monthLevelControl: t('dates.monthLevel'),
    yearLevelControl: t('dates.yearLevel'),
  };
}

export type DayInputProps = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  /** The day as `YYYY-MM-DD`, or null for none. */
  value?: string | null;
  onChange?: (value: string | null) => void;
};

/**
 * A calendar day: typed (dd-mm-jjjj) or picked from the calendar that opens below. The value is the API's
 * `YYYY-MM-DD` string, never a Date; emptying the field gives null.
 */
export function DayInput({ value, onChange, ...props }: DayInputProps) {
  const { t } = useTranslation();
  const ariaLabels = useCalendarLabels();
  return (
    <DateInput
      valueFormat={DAY_FORMAT}
      dateParser={parseDay}
      placeholder={t('dates.dayPlaceholder')}
      allowDeselect
      ariaLabels={ariaLabels}
      value={value ?? null}
      onChange={(day) => onChange?.(day)}
      {...props}
    />
  );
}

export type DateTimeInputProps = Omit<DateTimePickerProps, 'value' | 'onChange' | 'valueFormat'> & {
  /** Local date and time as `YYYY-MM-DD HH:mm:ss`, or null for none. */
  value?: string | null;
  onChange?: (value: string | null) => void;
};

/** A local date and time, picked from a calendar with hours and minutes. */
export function DateTimeInput({ value, onChange, ...props }: DateTimeInputProps) {
  const { t } = useTranslation();
  const ariaLabels = useCalendarLabels();
  return (
    <DateTimePicker
      valueFormat={DATE_TIME_FORMAT}
      placeholder={t('dates.dateTimePlaceholder')}
      ariaLabels={ariaLabels}
      timePickerProps={{ hoursInputLabel: t('dates.hours'), minutesInputLabel: t('dates.minutes') }}
      submitButtonProps={{ 'aria-label': t('dates.confirm') }}
      value={value ?? null}
      onChange={(moment) => onChange?.(moment)}
      {...props}
    />
  );
}
