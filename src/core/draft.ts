/**
 * Drafts that survive a reload, and idempotency keys that make a retried submit create one
 * record. Drafts live in sessionStorage (this tab only, gone when it closes), namespaced
 * `returnless:draft:<key>`, and are cleared after a successful submit.
 */

const PREFIX = 'returnless:draft:';

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // storage disabled (privacy mode, sandboxed iframe): drafts just do not persist
  }
}

export function loadDraft<T>(key: string): T | undefined {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, value: unknown): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    /* quota exceeded: keep working without persistence */
  }
}

export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}

/** A fresh random idempotency key (store it in the draft so a retry after reload reuses it). */
export function newIdempotencyKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
