import type { FieldErrorCode, SpecialFileIssue } from '@spoor/domain';
import { valueAt } from '../forms/useValidatedForm';
import { fieldMessages } from '../validation';

/** `ownWork.gaps[2].item` → `ownWork.gaps.2.item`: a field path of the domain as @mantine/form names the value. */
export const formListPath = (field: string): string => field.replace(/\[(\d+)\]/g, '.$1');

type Problem = { code: FieldErrorCode; params?: Record<string, string | number> };

/**
 * The domain's issues as form errors (i18n messages by form path): each at the input `pathOf` names when the
 * form holds that path, the rest under `fallback`, for the form's alert. The same problem twice at one input
 * (a derived field and the field it derives from) is said once.
 */
export function issueErrors(
  issues: readonly SpecialFileIssue[],
  values: unknown,
  pathOf: (field: string) => string,
  fallback: string,
): Record<string, string> {
  const byPath = new Map<string, Problem[]>();
  for (const issue of issues) {
    const named = pathOf(issue.field);
    const path = valueAt(named, values) !== undefined ? named : fallback;
    const problems = byPath.get(path) ?? [];
    const same = (problem: Problem) =>
      problem.code === issue.code && JSON.stringify(problem.params) === JSON.stringify(issue.params);
    if (!problems.some(same)) problems.push({ code: issue.code, params: issue.params });
    byPath.set(path, problems);
  }
  return Object.fromEntries([...byPath].map(([path, problems]) => [path, fieldMessages(problems)]));
}
