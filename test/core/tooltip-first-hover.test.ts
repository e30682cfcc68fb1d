/**
 * Term tips load their behaviour (tooltip-behaviour.ts with @floating-ui/dom) on first use: the
 * trigger, its name and description are there from the first render, and the first hover works.
 * Its own file: the module must not have been imported by an earlier test.
 */
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup, waitFor } from '../helpers.js';
import { behaviourLoaded, tipHost } from './tooltip-host.js';

afterEach(cleanup);

it('renders the trigger and its description without the behaviour, which the first hover loads and uses', async () => {
  const { host, trigger, bubble } = await tipHost();
  expect(trigger.textContent!.trim()).toBe('restocking fee');
  expect(bubble.getAttribute('role')).toBe('tooltip');
  expect(bubble.textContent).toBe('A share of the price kept from your refund.');
  expect(bubble.hidden).toBe(true);
  expect(trigger.getAttribute('aria-expanded')).toBe('false');
  const before = trigger.getBoundingClientRect().toJSON();
  await new Promise((r) => setTimeout(r, 100));
  expect(behaviourLoaded()).toBe(false);

  await userEvent.hover(trigger);
  await waitFor(() => !bubble.hidden);
  expect(behaviourLoaded()).toBe(true);
  expect(trigger.getAttribute('aria-expanded')).toBe('true');
  // Positioned beside its trigger, which did not move.
  await waitFor(() => bubble.dataset.placement);
  expect(getComputedStyle(bubble).position).toBe('fixed');
  expect(trigger.getBoundingClientRect().toJSON()).toEqual(before);
  await userEvent.unhover(trigger);
  await waitFor(() => bubble.hidden);
  expect(host.tips.openId).toBeUndefined();
});
