/**
 * Return ids and return codes that people read aloud, type from an email and show at a till.
 *
 * - One alphabet of 30 symbols: the digits 2–9 and Crockford's letters (no I, L, O, U), so
 *   none of 0/O, 1/I/L can be confused and no vowel U completes a word.
 * - Shown in groups of four: a return id is `R-7KQM-X4TD-9HPW` (12 random symbols, about 59
 *   bits: guessing one is hopeless, and a status check needs the order's email or lookup token
 *   as well), a return code is `K7QM-X4TD` (8 symbols, about 39 bits; what the QR code holds).
 * - The code is drawn on its own, never a slice of the id, and is unique per return: the
 *   database has a unique index on it and a collision draws both again (`withFreshReturnRefs`).
 */
/// <reference types="node" />
import { randomInt } from 'node:crypto';

export const READABLE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUP = 4;
export const RETURN_ID_SYMBOLS = 12;
export const RETURN_CODE_SYMBOLS = 8;

/** `random(n)` answers a uniform integer in [0, n): crypto's `randomInt` unless a test passes its own. */
export type RandomInt = (max: number) => number;

export function readableSymbols(count: number, random: RandomInt = randomInt): string {
  let out = '';
  for (let i = 0; i < count; i++) out += READABLE_ALPHABET[random(READABLE_ALPHABET.length)]!;
  return out;
}

/** `7KQMX4TD` → `7KQM-X4TD`. */
export function grouped(symbols: string): string {
  return symbols.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? '';
}

export function newReturnId(random: RandomInt = randomInt): string {
  return `R-${grouped(readableSymbols(RETURN_ID_SYMBOLS, random))}`;
}

export function newReturnCode(random: RandomInt = randomInt): string {
  return grouped(readableSymbols(RETURN_CODE_SYMBOLS, random));
}

const SYMBOL = `[${READABLE_ALPHABET}]`;
const TYPED_ID = new RegExp(`^R(${SYMBOL}{${RETURN_ID_SYMBOLS}})$`);

/**
 * A return id as a shopper may type it (`r 7kqm x4td 9hpw`, `R7KQMX4TD9HPW`) in its stored form;
 * anything else (older ids such as `GR-00012-1`) is returned trimmed, to be matched as it is.
 */
export function canonicalReturnId(typed: string): string {
  const compact = typed.replace(/[\s-]+/g, '').toUpperCase();
  const symbols = TYPED_ID.exec(compact)?.[1];
  return symbols ? `R-${grouped(symbols)}` : typed.trim();
}

export interface ReturnRefs {
  id: string;
  code: string;
}

/** SQLite's answer when an insert hits the primary key or the unique code index of `returns`. */
function isRefCollision(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') &&
    typeof message === 'string' &&
    /returns\.(id|code)\b/.test(message)
  );
}

/**
 * Runs `insert` with a fresh id and code, drawing both again while the database says either is
 * taken (a handful of tries is plenty: at 39 bits a code collides about once in 10^11 draws).
 */
export function withFreshReturnRefs<T>(insert: (refs: ReturnRefs) => T, random: RandomInt = randomInt, tries = 8): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return insert({ id: newReturnId(random), code: newReturnCode(random) });
    } catch (error) {
      if (!isRefCollision(error) || attempt >= tries) throw error;
    }
  }
}
