/**
 * A task of its own: resolves from a message-channel task (not throttled in background tabs like
 * timers), so the browser can paint and handle input before what follows. Used between work that
 * would otherwise run as one long task (render-turn.ts; a load's answer and its render).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => resolve();
    port2.postMessage(0);
  });
}

/**
 * A queue that runs each piece of work in a task of its own, in order; the first at once (in the
 * caller's task), each later one in a task after the one before it started.
 */
export function taskQueue(): <T>(work: () => T | Promise<T>) => Promise<T> {
  let started: Promise<void> | undefined;
  return (work) => {
    const turn = (started = started ? started.then(nextTask) : Promise.resolve());
    return turn.then(work);
  };
}
