import { formatDate, isOverdue } from './format';

describe('formatDate', () => {
  it('shows calendar dates in Dutch and English without shifting the day', () => {
    expect(formatDate('2026-01-05', 'nl')).toBe('5 jan 2026');
    expect(formatDate('2026-01-05', 'en')).toBe('5 Jan 2026');
    expect(formatDate(null, 'nl')).toBe('—');
  });

  it('marks a due date before today overdue, not today itself', () => {
    const today = new Date(2026, 10, 23);
    expect(isOverdue('2026-11-22', today)).toBe(true);
    expect(isOverdue('2026-11-23', today)).toBe(false);
  });
});
