import { rulesToAST } from '@casl/ability/extra';
import type { AppAbility, CaseAction, CaseConditionFields } from '@spoor/domain';

/** The only case fields a permission condition may name, and their columns. Anything else is refused. */
const CASE_COLUMNS: Record<keyof CaseConditionFields, string> = {
  id: 'c.id',
  coachId: 'c.coach_id',
  labourExpertId: 'c.labour_expert_id',
  organisationId: 'c.organisation_id',
  personId: 'c.person_id',
};

interface FieldNode {
  operator: string;
  field: string;
  value: unknown;
}
interface CompoundNode {
  operator: 'and' | 'or' | 'not';
  value: AstNode[];
}
type AstNode = FieldNode | CompoundNode;

export class UnsupportedConditionError extends Error {
  override name = 'UnsupportedConditionError';
}

/**
 * Turns the caller's CASL rules for `action` on Case into a SQL condition over `public.cases c`, appending
 * parameters to `params`. Returns null when no rule allows the action (the caller must then refuse).
 * Small on purpose: eq/ne/in/nin on the five known fields, and/or/not. Anything else throws (fail closed).
 */
export function caseCondition(ability: AppAbility, action: CaseAction, params: unknown[]): string | null {
  const ast = rulesToAST(ability, action, 'Case') as AstNode | null;
  return ast === null ? null : translate(ast, params);
}

function translate(node: AstNode, params: unknown[]): string {
  switch (node.operator) {
    case 'and':
    case 'or': {
      const parts = (node as CompoundNode).value.map((child) => translate(child, params));
      if (parts.length === 0) return node.operator === 'and' ? 'TRUE' : 'FALSE';
      return `(${parts.join(node.operator === 'and' ? ' AND ' : ' OR ')})`;
    }
    case 'not': {
      const parts = (node as CompoundNode).value.map((child) => translate(child, params));
      return `NOT (${parts.length ? parts.join(' AND ') : 'TRUE'})`;
    }
    default:
      return field(node as FieldNode, params);
  }
}

function field(node: FieldNode, params: unknown[]): string {
  const column = CASE_COLUMNS[node.field as keyof CaseConditionFields];
  if (!column) throw new UnsupportedConditionError(`permission condition on unknown case field "${node.field}"`);
  const push = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  switch (node.operator) {
    case 'eq':
      return node.value === null ? `${column} IS NULL` : `${column} = ${push(String(node.value))}::uuid`;
    case 'ne':
      return node.value === null
        ? `${column} IS NOT NULL`
        : `${column} IS DISTINCT FROM ${push(String(node.value))}::uuid`;
    case 'in':
    case 'nin': {
      if (!Array.isArray(node.value)) throw new UnsupportedConditionError(`$${node.operator} needs a list`);
      const list = `${push(node.value.map(String))}::uuid[]`;
      return node.operator === 'in' ? `${column} = ANY(${list})` : `NOT (${column} = ANY(${list}))`;
    }
    default:
      throw new UnsupportedConditionError(`permission operator "${node.operator}" is not supported in SQL`);
  }
}
