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
      { field: 'rubrieken[0].capacity', code: 'NOT_ONE_OF', message: 'rubrieken[0].capacity is not a known capacity' },
      { field: 'rubrieken[1].items[0].code', code: 'INVALID_FORMAT', message: 'rubrieken[1].items[0].code is invalid' },
      { field: 'rubrieken[2].number', code: 'DUPLICATE', message: 'rubrieken[2].number is listed twice' },
      {
        field: 'rubrieken[3].hoursPerDay',
        code: 'OUT_OF_RANGE',
        params: { min: 0, max: 24 },
        message: 'rubrieken[3].hoursPerDay must be between 0 and 24',
      },
    ]);
  });

  it('requires every rubriek', () => {
    expect(fmlProblems(complete.slice(0, 5))).toEqual([
      { field: 'rubrieken', code: 'INCOMPLETE', message: 'rubrieken must list all six FML rubrieken' },
    ]);
    expect(fmlProblems('all fine')).toEqual([
      { field: 'rubrieken', code: 'NOT_A_LIST', message: 'rubrieken must be a list of the six FML rubrieken' },
    ]);
  });
});
