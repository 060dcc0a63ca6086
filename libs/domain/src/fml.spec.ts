import { FML_RUBRIEKEN, fmlProblems, type FmlRubriek } from './fml';

const complete: FmlRubriek[] = FML_RUBRIEKEN.map((r) => ({ number: r.number, capacity: 'normal', items: [] }));

describe('fmlProblems', () => {
  it('accepts all six rubrieken', () => {
    expect(fmlProblems(complete)).toEqual([]);
  });

  it('names the field of each problem', () => {
    const broken = [
      { ...complete[0], capacity: 'unknown' },
      { ...complete[1], items: [{ code: '9.9', capacity: 'normal' }] },
      { ...complete[2], number: 2 },
      { ...complete[5], hoursPerDay: 30 },
    ];
    expect(fmlProblems(broken)).toEqual([
      'rubrieken[0].capacity is not a known capacity',
      'rubrieken[1].items[0].code is invalid',
      'rubrieken[2].number is listed twice',
      'rubrieken[3].hoursPerDay must be between 0 and 24',
    ]);
  });

  it('requires every rubriek', () => {
    expect(fmlProblems(complete.slice(0, 5))).toEqual(['rubrieken must list all six FML rubrieken']);
    expect(fmlProblems('all fine')).toEqual(['rubrieken must be a list of the six FML rubrieken']);
  });
});
