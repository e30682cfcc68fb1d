/**
 * The shopper's unit and size-system choice, remembered across product pages in
 * localStorage under one namespaced key. Storage may be missing or full (private mode,
 * blocked cookies): then the choice lasts for the page only.
 */
import type { UnitSystem } from '../../domain/size-conversion.js';

export const PREFS_KEY = 'returnless:size-prefs';

export interface SizePrefs {
  units?: UnitSystem;
  /** A size-system key such as `EU`, or `''` for the store's own labels. */
  system?: string;
}

export function readPrefs(): SizePrefs {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}');
    if (!raw || typeof raw !== 'object') return {};
    const { units, system } = raw as Record<string, unknown>;
    return {
      ...(units === 'metric' || units === 'imperial' ? { units } : {}),
      ...(typeof system === 'string' && system.length <= 20 ? { system } : {}),
    };
  } catch {
    return {};
  }
}

export function writePrefs(change: SizePrefs): void {
  try {
    localStorage.setItem(PREFS_KEY, JSON.stringify({ ...readPrefs(), ...change }));
  } catch {
    // Not remembered; the choice still applies on this page.
  }
}
