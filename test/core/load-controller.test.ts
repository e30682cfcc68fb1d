/**
 * core/load-controller.ts: the answer is read and validated in the network's task; the value is
 * handed to the render in a task of its own, so parsing and the first render do not add up to
 * one long task (issue 16).
 */
import { expect, it } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LoadController } from '../../src/core/load-controller.js';

function host(log: string[]): ReactiveControllerHost {
  return {
    addController: (_c: ReactiveController) => {},
    removeController: () => {},
    requestUpdate: () => log.push('update'),
    updateComplete: Promise.resolve(true),
  };
}

/** A host whose shadow root takes a helper module's styles (LoadController adds them). */
function styledHost(log: string[]): ReactiveControllerHost {
  class StyledHost {
    static elementStyles = [];
    renderRoot = document.createElement('div').attachShadow({ mode: 'open' });
  }
  return Object.assign(new StyledHost(), host(log));
}

it('hands the answer to the render in a later task than the one that read it', async () => {
  const log: string[] = [];
  const h = host(log);
  const loads = new LoadController(
    h,
    () => ['a'] as const,
    async () => {
      // A task queued while the answer is read: it runs before the value is handed over.
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => log.push('next task');
      port2.postMessage(0);
      return 'value';
    },
  );
  loads.hostUpdate();
  expect(await loads.complete).toBe('ready');
  expect(loads.value).toBe('value');
  // 'update' (loading), then the queued task, then 'update' (ready).
  expect(log).toEqual(['update', 'next task', 'update']);
});

it('still ignores an answer that arrives after the host disconnected', async () => {
  const log: string[] = [];
  const loads = new LoadController(
    host(log),
    () => ['a'] as const,
    async () => 'late',
  );
  loads.hostUpdate();
  loads.hostDisconnected();
  await loads.complete;
  expect(loads.value).toBeUndefined();
  expect(log).toEqual(['update']);
});

it('imports its helper module in a task after the one that started the load (the first render)', async () => {
  const log: string[] = [];
  const loads = new LoadController(
    styledHost(log),
    () => ['a'] as const,
    async () => 'value',
    {
      module: async () => {
        log.push('import');
        return { renderError: () => '', stateStyles: new CSSStyleSheet() };
      },
      core: () => ({ lang: 'en', loading: 'Loading…', retry: 'Try again' }),
    },
  );
  // A task queued just before the load starts runs before the import.
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = () => log.push('next task');
  port2.postMessage(0);
  loads.hostUpdate();
  expect(await loads.complete).toBe('ready');
  expect(log.slice(0, 3)).toEqual(['update', 'next task', 'import']);
});
