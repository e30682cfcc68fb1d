/**
 * Reads a record by a key that came from data (a size id, a measurement key, a line id).
 * `record[key]` would find `Object.prototype` members for ids such as `constructor`,
 * `toString` or `__proto__`; this only ever returns the record's own value.
 */
export function own<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** An empty record without a prototype, safe to fill with keys from data (even `__proto__`). */
export function ownRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
