/**
 * A minimal W3C WebDriver (classic) client over plain HTTP, enough to drive WebKitGTK's
 * `WebKitWebDriver`: a session, navigation, async script and key actions. No dependency.
 */

/** WebDriver's code points for the keys the smoke flows press. */
export const WEBDRIVER_KEYS: Readonly<Record<string, string>> = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: ' ',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

export class WebDriverSession {
  private constructor(
    private readonly base: string,
    readonly id: string,
  ) {}

  static async create(base: string, capabilities: object): Promise<WebDriverSession> {
    const value = (await call(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } })) as { sessionId: string };
    return new WebDriverSession(base, value.sessionId);
  }

  private cmd(method: string, path: string, body?: object): Promise<unknown> {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  async goto(url: string): Promise<void> {
    await this.cmd('POST', '/url', { url });
  }

  /** Runs `expression` (a promise) in the page; rejects with the page's error text. */
  async evaluate(expression: string): Promise<unknown> {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => ${expression}).then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ error: String(e) + (e && e.stack ? '\\n' + e.stack : '') }));`;
    const result = (await this.cmd('POST', '/execute/async', { script, args: [] })) as { ok?: unknown; error?: string };
    if (result.error !== undefined) throw new Error(result.error);
    return result.ok;
  }

  async keys(sequence: string[]): Promise<void> {
    const actions = sequence.flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  async setTimeouts(timeouts: { script?: number; pageLoad?: number }): Promise<void> {
    await this.cmd('POST', '/timeouts', timeouts);
  }

  async close(): Promise<void> {
    await this.cmd('DELETE', '').catch(() => undefined);
  }
}

async function call(base: string, method: string, path: string, body?: object): Promise<unknown> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = (await res.json()) as { value: unknown };
  if (!res.ok) {
    const error = json.value as { error?: string; message?: string };
    throw new Error(`WebDriver ${method} ${path}: ${error.error ?? res.status}: ${error.message ?? ''}`);
  }
  return json.value;
}
