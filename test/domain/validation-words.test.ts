/** Validation failures in words a developer can act on (zod/mini has no messages without a locale). */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { check } from '../../src/domain/validation.js';
import { describeIssue } from '../../src/domain/validation-words.js';

const failure = (schema: z.ZodMiniType, data: unknown) => {
  const checked = check(schema, data);
  if (checked.ok) throw new Error('expected a failure');
  return `${checked.path || '(root)'}: ${describeIssue(checked.issue, data)}`;
};

describe('describeIssue', () => {
  it('says what type was expected and what came', () => {
    expect(failure(z.object({ entries: z.array(z.object({ question: z.string() })) }), { entries: [{ question: 42 }] })).toBe(
      'entries[0].question: expected string, got number',
    );
    expect(failure(z.object({ reviews: z.array(z.string()) }), { reviews: null })).toBe('reviews: expected array, got null');
    expect(failure(z.object({ summary: z.object({}) }), {})).toBe('summary: expected object, got undefined');
  });

  it('lists the values allowed', () => {
    expect(failure(z.object({ status: z.enum(['published', 'pending']) }), { status: 'live' })).toBe(
      'status: expected "published" or "pending", got "live"',
    );
  });

  it('gives the bounds of lengths and numbers', () => {
    expect(failure(z.object({ id: z.string().check(z.minLength(1)) }), { id: '' })).toBe('id: expected at least 1 character');
    expect(failure(z.object({ countries: z.array(z.string()).check(z.minLength(1)) }), { countries: [] })).toBe(
      'countries: expected at least 1 item',
    );
    expect(failure(z.object({ days: z.int() }), { days: '30' })).toBe('days: expected number, got string');
    expect(failure(z.array(z.string()).check(z.maxLength(2)), ['a', 'b', 'c'])).toBe('(root): expected at most 2 items');
    expect(failure(z.object({ rating: z.number().check(z.lte(5)) }), { rating: 6 })).toBe('rating: expected at most 5');
    expect(failure(z.object({ rating: z.number().check(z.gt(0)) }), { rating: 0 })).toBe('rating: expected more than 0');
  });

  it('names a format, shows the value, and keeps a message of our own', () => {
    expect(failure(z.object({ id: z.string().check(z.regex(/^[a-z]+$/)) }), { id: 'A B' })).toBe(
      'id: not a valid value: "A B" (must match /^[a-z]+$/)',
    );
    expect(failure(z.object({ email: z.email() }), { email: 'nope' })).toBe('email: not a valid email: "nope"');
    const ordered = z
      .object({ from: z.string(), to: z.string() })
      .check(z.refine((q) => q.from <= q.to, { message: '`from` must not be after `to`', path: ['from'] }));
    expect(failure(ordered, { from: 'b', to: 'a' })).toBe('from: `from` must not be after `to`');
  });

  it('shows an odd or long value without failing, cut short', () => {
    expect(failure(z.object({ status: z.enum(['a', 'b']) }), { status: 10n })).toBe('status: expected "a" or "b", got 10');
    const long = 'x'.repeat(200);
    expect(failure(z.object({ status: z.enum(['a']) }), { status: long })).toBe(`status: expected "a", got "${'x'.repeat(58)}…`);
  });

  it('reads no inherited property when it looks up the value', () => {
    expect(failure(z.object({ constructor: z.string() }), JSON.parse('{}'))).toBe('constructor: expected string, got undefined');
  });
});
