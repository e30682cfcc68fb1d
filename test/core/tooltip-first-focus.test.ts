/**
 * The first keyboard focus on a term shows its tip although the behaviour module is only then
 * loaded (the focus is replayed once it arrives); Escape hides it and keeps focus.
 * Its own file: the module must not have been imported by an earlier test.
 */
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup, waitFor } from '../helpers.js';
import { behaviourLoaded, tipHost } from './tooltip-host.js';

afterEach(cleanup);

it('opens on the first keyboard focus and closes with Escape, keeping focus', async () => {
  const { host, trigger, bubble } = await tipHost();
  const start = document.createElement('button');
  start.textContent = 'before';
  host.before(start);
  start.focus();
  expect(behaviourLoaded()).toBe(false);

  await userEvent.tab();
  expect(host.shadowRoot!.activeElement).toBe(trigger);
  await waitFor(() => !bubble.hidden);
  expect(trigger.getAttribute('aria-expanded')).toBe('true');
  await waitFor(() => bubble.dataset.placement);
  await userEvent.keyboard('{Escape}');
  await waitFor(() => bubble.hidden);
  expect(host.shadowRoot!.activeElement).toBe(trigger);
  start.remove();
});
