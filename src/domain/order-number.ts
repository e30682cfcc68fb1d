/**
 * Order numbers as shoppers type them: `1001`, `#RL-1001`, `rl-1001` and ` RL 1001 ` all name
 * the order `RL-1001`. One pure function for the form (before it sends), the memory adapter and
 * the reference server's lookup route, so every backend built on it forgives the same things.
 */

const PREFIXED = /^([A-Z]+)[\s_-]*(\d[\d-]*)$/;

/** The typed number tidied: trimmed, no leading `#`, upper case, `RL 1001`/`RL1001` → `RL-1001`, no spaces. */
export function tidyOrderNumber(typed: string): string {
  const text = typed
    .trim()
    .replace(/^#+\s*/, '')
    .toUpperCase();
  const prefixed = PREFIXED.exec(text);
  return prefixed ? `${prefixed[1]}-${prefixed[2]}` : text.replace(/\s+/g, '');
}

/** Letters and digits only, for comparing. */
const key = (n: string) => tidyOrderNumber(n).replace(/[\s_-]+/g, '');

/** The letter prefix (`RL`) and the rest of a compared key. */
function split(k: string): { prefix: string; rest: string } {
  const m = /^([A-Z]*)(.*)$/.exec(k)!;
  return m[2] && /^\d/.test(m[2]) ? { prefix: m[1]!, rest: m[2] } : { prefix: '', rest: k };
}

/**
 * Whether `typed` names the stored order number `stored`: the same letters and digits (case,
 * `#`, spaces and hyphens ignored), and the shop's letter prefix may be left out on either side.
 */
export function orderNumberMatches(stored: string, typed: string): boolean {
  const a = key(stored);
  const b = key(typed);
  if (!a || !b) return false;
  if (a === b) return true;
  const x = split(a);
  const y = split(b);
  return x.rest === y.rest && (!x.prefix || !y.prefix);
}

/** The trailing digits of a typed number (what a backend can search by before matching), or `undefined`. */
export function orderNumberDigits(typed: string): string | undefined {
  return /(\d+)$/.exec(key(typed))?.[1];
}
