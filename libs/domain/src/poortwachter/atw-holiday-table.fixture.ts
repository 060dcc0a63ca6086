// Test data only: an independent table written from the law, shared by the working-day and timeline specs.

/**
 * Written from art. 3 Algemene termijnenwet, not from the library: Nieuwjaarsdag, Goede Vrijdag (Easter − 2),
 * tweede Paasdag (Easter + 1), Koningsdag (27 April; 26 April when the 27th is a Sunday), 5 May (every year),
 * Hemelvaartsdag (Easter + 39), tweede Pinksterdag (Easter + 50), 25 and 26 December. Easter: 2024-03-31,
 * 2025-04-20, 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21.
 */
export const ATW_TABLE: Record<number, string[]> = {
  2024: ['01-01', '03-29', '04-01', '04-27', '05-05', '05-09', '05-20', '12-25', '12-26'],
  2025: ['01-01', '04-18', '04-21', '04-26', '05-05', '05-29', '06-09', '12-25', '12-26'], // 27 April is a Sunday
  2026: ['01-01', '04-03', '04-06', '04-27', '05-05', '05-14', '05-25', '12-25', '12-26'],
  2027: ['01-01', '03-26', '03-29', '04-27', '05-05', '05-06', '05-17', '12-25', '12-26'],
  2028: ['01-01', '04-14', '04-17', '04-27', '05-05', '05-25', '06-05', '12-25', '12-26'],
  2029: ['01-01', '03-30', '04-02', '04-27', '05-05', '05-10', '05-21', '12-25', '12-26'],
  2030: ['01-01', '04-19', '04-22', '04-27', '05-05', '05-30', '06-10', '12-25', '12-26'], // 27 April a Saturday
};
export const ATW_HOLIDAYS_2024_2030 = new Set(
  Object.entries(ATW_TABLE).flatMap(([year, days]) => days.map((day) => `${year}-${day}`)),
);

/** Independent of the module: weekday from the UTC calendar, holidays from the table above. */
export function isWorkingDayByTable(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !ATW_HOLIDAYS_2024_2030.has(date);
}
