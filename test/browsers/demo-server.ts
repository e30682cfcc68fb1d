/**
 * The reference server (demo/server) on a spare port with a fresh temporary data folder and
 * the test-only fault switch, as playwright.config.ts starts it for the end-to-end suite.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitForHttp } from './engines.js';

export interface DemoServer {
  base: string;
  /** Reseeds the data and clears faults and rate limits. */
  reset(): Promise<void>;
  /** Makes the next `times` requests below `path` fail with `mode`. */
  fault(path: string, mode: '500' | 'malformed' | 'invalid', times: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startDemoServer(): Promise<DemoServer> {
  const port = await freePort();
  const data = mkdtempSync(join(tmpdir(), 'rl-engines-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'demo/server/main.ts', '--build-if-missing'], {
    env: { ...process.env, PORT: String(port), RL_DATA_DIR: data, RL_TEST_FAULTS: '1', RL_RATE_LIMIT: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const post = async (path: string, body?: object) => {
    const res = await fetch(`${base}/api/__test/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    });
    if (!res.ok) throw new Error(`POST /api/__test/${path}: ${res.status} ${await res.text()}`);
  };
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    }
    rmSync(data, { recursive: true, force: true });
  };
  try {
    await waitForHttp(`${base}/api/return-reasons`, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    base,
    reset: () => post('reset'),
    fault: (path, mode, times) => post('faults', { path, mode, times }),
    stop,
  };
}
