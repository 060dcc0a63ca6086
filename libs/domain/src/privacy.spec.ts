import { addCalendarMonths, latestExtendedDueAt, notifyAuthorityBy, privacyRequestDueAt } from './privacy';

const utc = (iso: string) => new Date(iso);

describe('privacy clocks', () => {
  it.each([
    ['2026-01-31T10:00:00Z', '2026-02-28T10:00:00.000Z'], // month end, common year
    ['2028-01-31T10:00:00Z', '2028-02-29T10:00:00.000Z'], // leap year
    ['2026-03-31T23:30:00Z', '2026-04-30T23:30:00.000Z'],
    ['2026-12-15T08:00:00Z', '2027-01-15T08:00:00.000Z'], // across the year end
    ['2026-11-23T12:00:00Z', '2026-12-23T12:00:00.000Z'],
  ])('a request received %s is due %s', (received, due) => {
    expect(privacyRequestDueAt(utc(received)).toISOString()).toBe(due);
  });

  it('never extends beyond three months after receipt, month-end aware', () => {
    expect(latestExtendedDueAt(utc('2026-11-30T09:00:00Z')).toISOString()).toBe('2027-02-28T09:00:00.000Z');
    expect(addCalendarMonths(utc('2026-08-31T00:00:00Z'), 3).toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });

  it('gives the authority 72 hours from discovery, across a daylight-saving change', () => {
    expect(notifyAuthorityBy(utc('2026-10-24T09:00:00Z')).toISOString()).toBe('2026-10-27T09:00:00.000Z');
  });
});
