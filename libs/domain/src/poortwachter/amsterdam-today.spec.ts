import { amsterdamToday } from './amsterdam-today';

describe('amsterdamToday', () => {
  it.each([
    // instant (UTC), date in Amsterdam: winter time is UTC+1, summer time UTC+2
    ['2026-01-05T22:59:59Z', '2026-01-05', 'one second before midnight in winter'],
    ['2026-01-05T23:00:00Z', '2026-01-06', 'midnight in winter, while UTC still says the 5th'],
    ['2026-01-06T00:30:00Z', '2026-01-06', '01:30 at night'],
    ['2026-07-01T21:59:59Z', '2026-07-01', 'one second before midnight in summer'],
    ['2026-07-01T22:00:00Z', '2026-07-02', 'midnight in summer, two hours before UTC'],
    ['2026-12-31T23:30:00Z', '2027-01-01', 'New Year in Amsterdam, not yet in UTC'],
    // Summer time starts Sunday 29 March 2026 at 02:00 (01:00 UTC)
    ['2026-03-28T22:59:59Z', '2026-03-28', 'before the night summer time starts'],
    ['2026-03-28T23:00:00Z', '2026-03-29', 'midnight of the night summer time starts (still UTC+1)'],
    ['2026-03-29T01:30:00Z', '2026-03-29', 'just after the clocks went forward'],
    ['2026-03-29T21:59:59Z', '2026-03-29', 'end of the short day'],
    ['2026-03-29T22:00:00Z', '2026-03-30', 'first midnight in summer time'],
    // Winter time starts Sunday 25 October 2026 at 03:00 CEST (01:00 UTC)
    ['2026-10-24T21:59:59Z', '2026-10-24', 'before the long night'],
    ['2026-10-24T22:00:00Z', '2026-10-25', 'midnight, still summer time'],
    ['2026-10-25T01:30:00Z', '2026-10-25', 'the repeated hour'],
    ['2026-10-25T22:59:59Z', '2026-10-25', 'end of the long day'],
    ['2026-10-25T23:00:00Z', '2026-10-26', 'first midnight in winter time'],
  ])('%s is %s in Amsterdam (%s)', (instant, expected) => {
    expect(amsterdamToday(new Date(instant))).toBe(expected);
  });

  it('refuses an invalid moment', () => {
    expect(() => amsterdamToday(new Date('not a date'))).toThrow(RangeError);
  });
});
