/** A validation failure (validation.ts `check`) in words a developer can act on. */
import type * as z from 'zod/mini';

/**
 * What was wrong, in words: zod/mini leaves its messages as "Invalid input" unless a locale is
 * loaded (2 kB more on every page), so the usual cases are said here from the issue itself
 * ("expected string, got number"); a message of our own (a refine's) is kept. Its own module:
 * callers import it when something failed (adapters/call.ts), so pages whose data is valid never load it.
 */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, got ${kindOf(valueAt(data, issue.path))}`;
    case 'invalid_value':
      return `expected ${issue.values.map(show).join(' or ')}, got ${show(valueAt(data, issue.path))}`;
    case 'too_small':
    case 'too_big': {
      const [word, bound] = issue.code === 'too_small' ? ['at least', issue.minimum] : ['at most', issue.maximum];
      const unit = issue.origin === 'string' ? ' character' : issue.origin === 'array' ? ' item' : '';
      const plural = unit && Number(bound) !== 1 ? 's' : '';
      return `expected ${issue.inclusive === false ? (issue.code === 'too_small' ? 'more than' : 'less than') : word} ${String(bound)}${unit}${plural}`;
    }
    case 'invalid_format':
      // A pattern says what would pass (an id with a space: "must match /^[A-Za-z0-9_.:-]+$/").
      return `not a valid ${issue.format === 'regex' ? 'value' : issue.format}: ${show(valueAt(data, issue.path))}${issue.format === 'regex' && issue.pattern ? ` (must match ${issue.pattern})` : ''}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    default:
      return issue.message;
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

/** A value as JSON, cut short (an answer may hold long or odd values: a bigint has no JSON). */
function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}
