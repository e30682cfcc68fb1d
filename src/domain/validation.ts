/** Turning a zod/mini failure into one sentence a developer can act on. */
import type * as z from 'zod/mini';

export type Failed = { ok: false; path: string; message: string; issue: z.core.$ZodIssue };
export type Checked<T> = { ok: true; value: T } | Failed;

/**
 * Validates `data`; on failure names the first failing path (`entries[3].question`) with zod's
 * message, and keeps the issue for validation-words.ts, which says it in words.
 */
export function check<S extends z.ZodMiniType>(schema: S, data: unknown): Checked<z.infer<S>> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data as z.infer<S> };
  const issue = result.error.issues[0]!;
  const path = formatPath(issue.path);
  return { ok: false, path, message: `${path || '(root)'}: ${issue.message}`, issue };
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/**
 * A failure in words ("entries[0].question: expected string, got number"): validation-words.ts is
 * imported now, as only a failure needs it; zod's own message when it cannot be fetched (or fails).
 */
export function inWords(failure: Failed, data: unknown): Promise<string> {
  return import('./validation-words.js')
    .then((m) => `${failure.path || '(root)'}: ${m.describeIssue(failure.issue, data)}`)
    .catch(() => failure.message);
}
