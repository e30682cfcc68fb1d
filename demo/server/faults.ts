/** Test-only fault injection (`RL_TEST_FAULTS=1`): the next N requests on a path misbehave. */
export const FAULT_MODES = ['500', 'timeout', 'malformed', 'invalid', 'drop'] as const;
export type FaultMode = (typeof FAULT_MODES)[number];

interface Fault {
  path: string;
  mode: FaultMode;
  remaining: number;
}

export class Faults {
  private list: Fault[] = [];
  add(path: string, mode: FaultMode, times: number): void {
    this.list.push({ path, mode, remaining: times });
  }
  clear(): void {
    this.list = [];
  }
  /** The fault for a path below the API base (`/faq`, `/products/x/reviews`), consumed once. */
  take(path: string): FaultMode | undefined {
    const fault = this.list.find(
      (f) => f.remaining > 0 && (path === f.path || path.startsWith(f.path.endsWith('/') ? f.path : `${f.path}/`)),
    );
    if (!fault) return undefined;
    fault.remaining--;
    this.list = this.list.filter((f) => f.remaining > 0);
    return fault.mode;
  }
}

/** Fixed-window counter per client. */
export class RateLimiter {
  private hits = new Map<string, { count: number; resetAt: number }>();
  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}
  /** Seconds to wait, or 0 when the request may pass. */
  hit(client: string, now = Date.now()): number {
    if (this.limit <= 0) return 0;
    let entry = this.hits.get(client);
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + this.windowMs };
      this.hits.set(client, entry);
    }
    entry.count++;
    return entry.count > this.limit ? Math.max(1, Math.ceil((entry.resetAt - now) / 1000)) : 0;
  }
  /** Seconds to wait when the client is already over the limit (without counting a hit), else 0. */
  blocked(client: string, now = Date.now()): number {
    if (this.limit <= 0) return 0;
    const entry = this.hits.get(client);
    if (!entry || entry.resetAt <= now || entry.count < this.limit) return 0;
    return Math.max(1, Math.ceil((entry.resetAt - now) / 1000));
  }
  clear(): void {
    this.hits.clear();
  }
}
