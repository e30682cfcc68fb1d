/** core/pace.ts: a second start while the first waits keeps one `done`, and a hidden page still finishes. */
import { expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PaceController } from '../../src/core/pace.js';

function host(): ReactiveControllerHost & { updates: number } {
  return {
    updates: 0,
    addController: (_c: ReactiveController) => {},
    removeController: () => {},
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
}

it('restarted while waiting, resolves the first done too and draws everything once', async () => {
  const h = host();
  const pace = new PaceController(h, 2);
  pace.restart();
  const first = pace.done;
  expect(pace.take([1, 2, 3, 4])).toEqual([1, 2]);
  pace.restart();
  await first;
  expect(pace.waiting).toBe(false);
  expect(pace.take([1, 2, 3, 4])).toEqual([1, 2, 3, 4]);
  expect(h.updates).toBe(1);
});

it('adds `step` items a frame apart, each in a task of its own, until all are drawn', async () => {
  const h = host();
  const pace = new PaceController(h, 3, 3);
  pace.restart();
  const items = Array.from({ length: 10 }, (_, i) => i);
  const seen = [pace.take(items).length];
  while (pace.waiting) {
    const updates = h.updates;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    if (h.updates > updates) seen.push(pace.take(items).length);
  }
  await pace.done;
  expect(seen).toEqual([3, 6, 9, 10]);
  expect(pace.count(4)).toBe(4);
});

it('keeps stepping on a slow device: the hidden-page fallback waits for one missing frame, not for all steps', async () => {
  // Frames 100 ms apart: four steps take longer than the 250 ms fallback, each step does not.
  const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => Number(setTimeout(() => cb(performance.now()), 100)));
  const h = host();
  const pace = new PaceController(h, 3, 3);
  pace.restart();
  const items = Array.from({ length: 15 }, (_, i) => i);
  const seen = [pace.take(items).length];
  const watch = setInterval(() => {
    const n = pace.take(items).length;
    if (n !== seen.at(-1)) seen.push(n);
  }, 5);
  await pace.done;
  clearInterval(watch);
  seen.push(pace.take(items).length);
  raf.mockRestore();
  expect(seen.filter((n, i) => n !== seen[i - 1])).toEqual([3, 6, 9, 12, 15]);
});

it('finishes at the next step when the host drew nothing to pace (an empty list, an error state)', async () => {
  const h = host();
  const pace = new PaceController(h, 3, 3);
  pace.restart();
  // No take() or count(): nothing waits for more.
  await pace.done;
  expect(pace.waiting).toBe(false);
});
