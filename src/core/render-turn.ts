/**
 * Work that arrives together but should not run as one task takes turns: a product page whose
 * four element chunks land at once would otherwise upgrade and first-render them all in one long
 * task and block input for their sum (define.ts takes a turn per tag under the CDN loader). A
 * turn yields to the browser first: scheduler.yield where there is one, else a message-channel task.
 */
let last: Promise<void> = Promise.resolve();

/** Resolves in a task of its own, after every turn asked for before it. */
export function renderTurn(): Promise<void> {
  return (last = last.then(yieldToBrowser));
}

function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
