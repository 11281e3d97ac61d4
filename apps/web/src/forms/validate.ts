/** The parts of a zod issue the form needs; structural, so this file does not import zod. */
interface Issue {
  code: string;
  path: readonly PropertyKey[];
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
}

interface SafeParser<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };
}

/** What is wrong with a field, as a key the UI translates (the schema's own messages are English). */
export type FieldProblem =
  | { kind: 'required' }
  | { kind: 'email' }
  | { kind: 'tooShort'; limit: number }
  | { kind: 'tooLong'; limit: number }
  | { kind: 'invalid' };

export type ValidationResult<T> = { ok: true; data: T } | { ok: false; problems: Record<string, FieldProblem> };

/** Checks form input with the same contract schema the server uses, before sending it. */
export function validate<T>(schema: SafeParser<T>, input: unknown): ValidationResult<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const problems: Record<string, FieldProblem> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    // An empty field is "required" whatever rule the schema tripped on first (an empty email is not "invalid").
    problems[path] ??= isBlank(valueAt(input, issue.path)) ? { kind: 'required' } : problemOf(issue);
  }
  return { ok: false, problems };
}

function problemOf(issue: Issue): FieldProblem {
  const limit = (value: unknown) => Number(value);
  switch (issue.code) {
    case 'too_small':
      return limit(issue.minimum) <= 1 ? { kind: 'required' } : { kind: 'tooShort', limit: limit(issue.minimum) };
    case 'too_big':
      return { kind: 'tooLong', limit: limit(issue.maximum) };
    case 'invalid_format':
      return issue.format === 'email' ? { kind: 'email' } : { kind: 'invalid' };
    default:
      return { kind: 'invalid' };
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isBlank(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}
