import type * as z from 'zod/mini';
import { t, type MessageId } from '../i18n/i18n';
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
  return out === '' ? t('data.validate.topLevel') : out;
}

function describeValue(value: unknown): string {
  if (value === null) return t('data.validate.valueNull');
  if (Array.isArray(value)) return t('data.validate.valueArray');
  if (value === undefined) return t('data.validate.valueMissing');
  if (typeof value === 'number' && !Number.isInteger(value)) return t('data.validate.valueFraction', { value: String(value) });
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return t('data.validate.valueText', { text: shown });
  }
  return typeof value === 'object' ? t('data.validate.valueObject') : `${typeof value} ${String(value)}`;
}

/** The schema's own messages (src/data/schema.ts), written in English there, in the active language. */
const SCHEMA_MESSAGES: Record<string, MessageId> = {
  'expected a date written YYYY, YYYY-MM or YYYY-MM-DD': 'data.validate.expectedDate',
  'expected a real date written YYYY, YYYY-MM or YYYY-MM-DD': 'data.validate.expectedRealDate',
  'expected an id of lowercase letters, digits and hyphens': 'data.validate.expectedId',
  'expected a non-empty text': 'data.validate.expectedText',
  'expected a whole number of 0 or more': 'data.validate.expectedCount',
  'expected at least one source id': 'data.validate.expectedSourceId',
  'expected an http or https URL': 'data.validate.expectedUrl',
  'expected a two-letter language code': 'data.validate.expectedLanguage',
};

function schemaMessage(message: string): string {
  const id = SCHEMA_MESSAGES[message];
  if (id !== undefined) return t(id);
  const year = /^expected a year from (\d+) to (\d+)$/.exec(message);
  return year ? t('data.validate.expectedYear', { min: year[1], max: year[2] }) : message;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  const input: unknown = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return t('data.validate.expectedType', { expected: issue.expected, got: describeValue(input) });
    case 'invalid_value':
      return t('data.validate.expectedOneOf', { values: issue.values.map((v) => JSON.stringify(v)).join(', '), got: describeValue(input) });
    default:
      return input === undefined
        ? schemaMessage(issue.message)
        : t('data.validate.messageGot', { message: schemaMessage(issue.message), got: describeValue(input) });
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
