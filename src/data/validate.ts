import type * as z from 'zod/mini';
import { checkIntegrity, type BundleProblem } from './integrity';
import { bundleSchema, type Bundle } from './schema';

type ValidationResult =
  | { ok: true; bundle: Bundle }
  | { ok: false; problems: BundleProblem[] };

/** "fighterSnapshots[2].figures.total" from ["fighterSnapshots", 2, "figures", "total"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value === undefined) return 'nothing (the field is missing)';
  if (typeof value === 'number' && !Number.isInteger(value)) return `the fraction ${value}`;
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the text "${shown}"`;
  }
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  const input: unknown = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, got ${describeValue(input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(input)}`;
    default:
      return input === undefined ? issue.message : `${issue.message}, got ${describeValue(input)}`;
  }
}

/** Validates an already-parsed JSON value: shape first, then integrity. */
export function validateBundle(data: unknown): ValidationResult {
  const parsed = bundleSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issueMessage(issue),
      })),
    };
  }
  const problems = checkIntegrity(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, bundle: parsed.data };
}
