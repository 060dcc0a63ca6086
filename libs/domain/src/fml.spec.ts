import { FML_RUBRIEKEN, fmlProblems, fmlRubriekenView, type FmlRubriek } from './fml';

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

  it('refuses unknown keys at every level, so no free text can ride along to the coach', () => {
    const smuggled = [
      { ...complete[0], remark: 'depressie, zie huisarts' },
      { ...complete[1], items: [{ code: '2.1', capacity: 'normal', toelichting: 'burn-out' }] },
      ...complete.slice(2),
    ];
    expect(fmlProblems(smuggled)).toEqual([
      { field: 'rubrieken[0].remark', code: 'UNKNOWN_FIELD', message: 'rubrieken[0].remark is not allowed' },
      {
        field: 'rubrieken[1].items[0].toelichting',
        code: 'UNKNOWN_FIELD',
        message: 'rubrieken[1].items[0].toelichting is not allowed',
      },
    ]);
    expect(fmlProblems([{ ...complete[0], items: ['vrije tekst'] }, ...complete.slice(1)])).toEqual([
      { field: 'rubrieken[0].items[0]', code: 'INVALID_FORMAT', message: 'rubrieken[0].items[0] must be an object' },
    ]);
    const many = Array.from({ length: 41 }, () => ({ code: '1.1', capacity: 'normal' }));
    expect(fmlProblems([{ ...complete[0], items: many }, ...complete.slice(1)])).toMatchObject([
      { field: 'rubrieken[0].items', code: 'TOO_MANY_ITEMS', params: { max: 40 } },
    ]);
  });

  it('shows stored rubrieken by copying the known fields only', () => {
    const stored = [
      { ...complete[0], remark: 'depressie', items: [{ code: '1.1', capacity: 'limited', note: 'angst' }] },
      { ...complete[5], hoursPerDay: 4 },
      ...complete.slice(1, 5),
    ];
    const view = fmlRubriekenView(stored);
    expect(JSON.stringify(view)).not.toMatch(/depressie|angst|remark|note/);
    expect(view[0]).toEqual({ number: 1, capacity: 'normal', items: [{ code: '1.1', capacity: 'limited' }] });
    expect(view[1]).toEqual({ number: 6, capacity: 'normal', items: [], hoursPerDay: 4 });
    expect(fmlRubriekenView('not a list')).toEqual([]);
    expect(fmlRubriekenView(complete.slice(0, 3))).toEqual([]);
  });
});
