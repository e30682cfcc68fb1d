/** core/next-task.ts: a task of its own, and a queue of work one task apart (the loader's imports, issue 16). */
import { expect, it } from 'vitest';
import { nextTask, taskQueue } from '../../src/core/next-task.js';

/** Marks the task boundary: a message posted now arrives in the next task. */
function mark(log: string[], name: string): void {
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = () => log.push(name);
  port2.postMessage(0);
}

it('nextTask resolves after a task queued before it', async () => {
  const log: string[] = [];
  mark(log, 'queued');
  await nextTask();
  log.push('after');
  expect(log).toEqual(['queued', 'after']);
});

it('runs the first piece of work in the caller task and each later one a task after the one before', async () => {
  const log: string[] = [];
  const queue = taskQueue();
  mark(log, 'task 2');
  const done = Promise.all(['a', 'b', 'c'].map((name) => queue(() => log.push(name))));
  // Same task: only the first has run (in a microtask of the caller's task).
  await Promise.resolve();
  expect(log).toEqual(['a']);
  await done;
  expect(log).toEqual(['a', 'task 2', 'b', 'c']);
});
