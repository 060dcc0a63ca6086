import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import { defineAbilityFor, type AppAbility } from '@spoor/domain';
import { caseCondition, UnsupportedConditionError } from './casl-to-sql';

describe('caseCondition', () => {
  it('turns a coach caseload into a parameterised condition', () => {
    const params: unknown[] = [];
    const sql = caseCondition(
      defineAbilityFor({
        id: '11111111-1111-4111-8111-111111111111',
        role: 'coach',
        organisationId: null,
        personId: null,
      }),
      'read',
      params,
    );
    expect(sql).toBe('c.coach_id = $1::uuid');
    expect(params).toEqual(['11111111-1111-4111-8111-111111111111']);
  });

  it('ORs break-the-glass cases with the assignment, without putting values in the SQL text', () => {
    const params: unknown[] = ['earlier'];
    const ability = defineAbilityFor({
      id: 'u',
      role: 'labour_expert',
      organisationId: null,
      personId: null,
      breakGlassCaseIds: ['a', 'b'],
    });
    const sql = caseCondition(ability, 'read_special_file', params);
    expect(sql).toBe('(c.id = ANY($2::uuid[]) OR c.labour_expert_id = $3::uuid)');
    expect(params).toEqual(['earlier', ['a', 'b'], 'u']);
  });

  it('gives TRUE for an unconditional rule and null when nothing is allowed', () => {
    expect(
      caseCondition(defineAbilityFor({ id: 'a', role: 'admin', organisationId: null, personId: null }), 'read', []),
    ).toBe('TRUE');
    expect(
      caseCondition(
        defineAbilityFor({ id: 'p', role: 'privacy_officer', organisationId: null, personId: null }),
        'read',
        [],
      ),
    ).toBeNull();
    expect(
      caseCondition(defineAbilityFor({ id: 'c', role: 'client', organisationId: null, personId: null }), 'read', []),
    ).toBeNull();
  });

  it('translates cannot rules into NOT', () => {
    const { can, cannot, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
    can('read', 'Case', { organisationId: 'o1' });
    cannot('read', 'Case', { coachId: null });
    const params: unknown[] = [];
    expect(caseCondition(build(), 'read', params)).toBe('(c.organisation_id = $1::uuid AND NOT (c.coach_id IS NULL))');
  });

  it('refuses conditions on unknown fields or operators instead of ignoring them', () => {
    const unknownField = new AbilityBuilder<AppAbility>(createMongoAbility);
    unknownField.can('read', 'Case', { status: 'active' } as never);
    expect(() => caseCondition(unknownField.build(), 'read', [])).toThrow(UnsupportedConditionError);
    const unknownOperator = new AbilityBuilder<AppAbility>(createMongoAbility);
    unknownOperator.can('read', 'Case', { coachId: { $regex: '.*' } } as never);
    expect(() => caseCondition(unknownOperator.build(), 'read', [])).toThrow(UnsupportedConditionError);
  });
});
