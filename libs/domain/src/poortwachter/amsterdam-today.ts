/**
 * "Today" as a Dutch user means it: the calendar date in Europe/Amsterdam, not in UTC (which is one or two hours
 * behind, so between 00:00 and 02:00 Dutch time UTC still says yesterday).
 */
const AMSTERDAM_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date (YYYY-MM-DD) in Europe/Amsterdam at the moment `now`. */
export function amsterdamToday(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('expected a valid moment');
  const parts = Object.fromEntries(AMSTERDAM_DATE.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}
