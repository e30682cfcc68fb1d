/**
 * Work that arrives together but should not run as one task takes turns: a product page whose
 * four element chunks land at once would otherwise upgrade and first-render them all in one long
 * task and block input for their sum (define.ts takes a turn per tag under the CDN loader). A
 * turn starts in a task of its own (a message-channel task: not throttled in background tabs
 * like timers), so the browser can paint and handle input in between.
 */
import { nextTask } from './next-task.js';

let last: Promise<void> = Promise.resolve();

/** Resolves in a task of its own, after every turn asked for before it. */
export function renderTurn(): Promise<void> {
  return (last = last.then(nextTask));
}
