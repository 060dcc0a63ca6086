import { formatDate, formatDateLong, formatDay, isOverdue } from './format';

describe('formatDate', () => {
  it('shows calendar dates in Dutch and English without shifting the day', () => {
    expect(formatDate('2026-01-05', 'nl')).toBe('5 jan 2026');
    expect(formatDate('2026-01-05', 'en')).toBe('5 Jan 2026');
    expect(formatDate(null, 'nl')).toBe('—');
  });

  it('writes a day as dd-mm-jjjj, and written out inside a sentence', () => {
    expect(formatDay('2026-01-05')).toBe('05-01-2026');
    expect(formatDay(null)).toBe('—');
    expect(formatDateLong('2026-01-20', 'nl')).toBe('20 januari 2026');
    expect(formatDateLong('2026-01-20', 'en')).toBe('20 January 2026');
  });

  it('marks a due date before today overdue, not today itself', () => {
    const today = new Date(2026, 10, 23);
    expect(isOverdue('2026-11-22', today)).toBe(true);
    expect(isOverdue('2026-11-23', today)).toBe(false);
  });
});
