import { FML_RUBRIEKEN, type FmlRubriek } from '../fml';
import { fmlAssessmentProblems } from './fml-assessment';
import { coachCapacities, formatCoachCapacities } from './fml-capacities';
import { fmlRubriekenOf, migrateRubriekLevelFml } from './fml-migration';

const allNormal: FmlRubriek[] = FML_RUBRIEKEN.map((r) => ({ number: r.number, capacity: 'normal', items: [] }));

describe('migrateRubriekLevelFml', () => {
  it.each([
    ['all normal', allNormal],
    [
      'limited rubrieken with items and hours, stored out of order',
      [
        { number: 6, capacity: 'limited', items: [], hoursPerDay: 4 },
        { number: 4, capacity: 'severely_limited', items: [{ code: '4.5', capacity: 'severely_limited' }] },
        { number: 1, capacity: 'limited', items: [{ code: '1.1', capacity: 'limited' }] },
        { number: 2, capacity: 'normal', items: [] },
        { number: 3, capacity: 'normal', items: [] },
        { number: 5, capacity: 'normal', items: [] },
      ],
    ],
    [
      'hours on a rubriek other than VI (the old validation let them through)',
      [{ ...allNormal[0], hoursPerDay: 6 }, ...allNormal.slice(1)],
    ],
  ] as [string, FmlRubriek[]][])('maps %s without loss, marked rubriek level only', (_name, stored) => {
    const result = migrateRubriekLevelFml(stored);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.assessment.level).toBe('rubriek_only');
    expect(result.assessment.conclusion).toBeNull();
    expect(fmlAssessmentProblems(result.assessment, { allowRubriekLevelOnly: true })).toEqual([]);
    // Back to the old model: exactly what was stored (in rubriek order).
    const sorted = [...stored].sort((a, b) => a.number - b.number);
    expect(fmlRubriekenOf(result.assessment)).toEqual(sorted);
  });

  it('keeps what cannot be mapped to form items verbatim, and infers nothing', () => {
    const result = migrateRubriekLevelFml([
      { number: 4, capacity: 'limited', items: [{ code: '4.5', capacity: 'limited' }] },
      ...allNormal.filter((r) => r.number !== 4),
    ]);
    if (!result.ok) throw new Error('not migrated');
    expect(result.assessment.rubrieken[3]).toEqual({
      number: 4,
      grade: 'limited',
      items: [],
      legacy: { items: [{ code: '4.5', capacity: 'limited' }] },
    });
  });

  it('does not migrate a stored value the rubriek-level validation refuses', () => {
    expect(migrateRubriekLevelFml([{ ...allNormal[0], remark: 'depressie' }, ...allNormal.slice(1)])).toEqual({
      ok: false,
      issues: [{ field: 'rubrieken[0].remark', code: 'UNKNOWN_FIELD' }],
    });
    expect(migrateRubriekLevelFml(allNormal.slice(0, 5))).toEqual({
      ok: false,
      issues: [{ field: 'rubrieken', code: 'INCOMPLETE' }],
    });
  });

  it('is refused as new input, and shown to the coach as rubriek level only', () => {
    const result = migrateRubriekLevelFml([
      { number: 6, capacity: 'limited', items: [], hoursPerDay: 4 },
      { number: 4, capacity: 'limited', items: [] },
      ...allNormal.filter((r) => r.number !== 6 && r.number !== 4),
    ]);
    if (!result.ok) throw new Error('not migrated');
    expect(fmlAssessmentProblems(result.assessment)).toEqual([{ field: 'level', code: 'NOT_ONE_OF' }]);
    expect(formatCoachCapacities(coachCapacities(result.assessment)!, 'nl')).toEqual([
      'Dynamische handelingen: beperkt (alleen op rubriekniveau vastgelegd)',
      'Werktijden: beperkt (alleen op rubriekniveau vastgelegd)',
      'Werktijd: max. 4 uur per dag',
    ]);
  });

  it('refuses form items on a rubriek-level-only assessment', () => {
    const result = migrateRubriekLevelFml(allNormal);
    if (!result.ok) throw new Error('not migrated');
    result.assessment.rubrieken[3].items = [{ code: '4.13', options: [3] }];
    expect(fmlAssessmentProblems(result.assessment, { allowRubriekLevelOnly: true })).toEqual([
      { field: 'rubrieken[3].items', code: 'NOT_ALLOWED_HERE', params: { with: 'level' } },
    ]);
  });
});
