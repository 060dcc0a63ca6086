import { addDays } from '../poortwachter';
import { ATW_TABLE, isWorkingDayByTable } from './atw-holiday-table.fixture';
import { atwHolidays, firstWorkingDayAfter, isAtwHoliday, isWorkingDay, workingDayOnOrAfter } from './working-days';

describe('Atw holidays', () => {
  it.each(Object.keys(ATW_TABLE).map(Number))('%i: exactly the days of art. 3 Atw', (year) => {
    expect(atwHolidays(year).map((holiday) => holiday.date)).toEqual(ATW_TABLE[year].map((day) => `${year}-${day}`));
  });

  it('counts 5 May every year, not only in a lustrum year as many employers do', () => {
    for (const year of [2024, 2026, 2027, 2028, 2029]) expect(isAtwHoliday(`${year}-05-05`)).toBe(true);
    // Tuesday 5 May 2026 is no lustrum year: a week-42 deadline ending Monday 4 May moves to Wednesday.
    expect(firstWorkingDayAfter('2026-05-03')).toBe('2026-05-04');
    expect(firstWorkingDayAfter('2026-05-04')).toBe('2026-05-06');
  });

  it('does not count observances and bank days: Dodenherdenking, Prinsjesdag, Oudejaarsdag, Sint-Maarten', () => {
    for (const day of ['2026-05-04', '2026-09-15', '2026-12-31', '2026-11-11']) expect(isWorkingDay(day)).toBe(true);
  });
});

describe('isWorkingDay', () => {
  it('agrees with the independent table on every day of 2024–2030', () => {
    const disagreements: string[] = [];
    for (let day = '2024-01-01'; day <= '2030-12-31'; day = addDays(day, 1)) {
      if (isWorkingDay(day) !== isWorkingDayByTable(day)) disagreements.push(day);
    }
    expect(disagreements).toEqual([]);
  });

  it('refuses what is not a date', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError);
  });
});

describe('first working day after (art. 1 Atw)', () => {
  it.each([
    ['Friday → Monday', '2026-10-23', '2026-10-26'],
    ['Wednesday → Thursday', '2026-10-21', '2026-10-22'],
    ['Christmas Eve (Thursday) → Monday after both Christmas days and the weekend', '2026-12-24', '2026-12-28'],
    ['Tuesday 24 Dec 2024 → Friday 27 Dec', '2024-12-24', '2024-12-27'],
    ['New Year’s Eve (Wednesday) → Friday 2 Jan', '2025-12-31', '2026-01-02'],
    ['Thursday before Easter → Tuesday after Easter Monday', '2026-04-02', '2026-04-07'],
    ['Sunday before Koningsdag (Monday) → Tuesday', '2026-04-26', '2026-04-28'],
    ['Friday 25 April 2025 → Monday 28 April (Koningsdag on Saturday 26th)', '2025-04-25', '2025-04-28'],
    ['Tuesday 4 May 2027 → Friday (5 May, then Ascension)', '2027-05-04', '2027-05-07'],
    ['Sunday before Whit Monday → Tuesday', '2028-06-04', '2028-06-06'],
  ])('%s', (_, date, expected) => {
    expect(firstWorkingDayAfter(date)).toBe(expected);
  });

  it('keeps a working day and moves a holiday on or after', () => {
    expect(workingDayOnOrAfter('2026-10-26')).toBe('2026-10-26');
    expect(workingDayOnOrAfter('2026-12-25')).toBe('2026-12-28');
  });
});
