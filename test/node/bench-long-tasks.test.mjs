/**
 * `npm run bench page` counts the longest task from the one that evaluates the loader on. When the
 * page's own style and layout pass (after its load event) lands in that same task, it is the page's
 * work, not ours: it moves to the page's figure. A layout our code forces stays ours.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { longestTasks } from '../../scripts/bench/page.mjs';

const pid = 1;
const tid = 2;
const ms = 1000;
const x = (name, ts, dur, args = {}) => ({ name, ph: 'X', pid, tid, ts: ts * ms, dur: dur * ms, args });
const trace = (...events) => ({
  traceEvents: [
    { name: 'thread_name', ph: 'M', pid, tid, args: { name: 'CrRendererMain' } },
    { name: 'v8.compileModule', ph: 'X', pid, tid, ts: 90 * ms, dur: ms, args: { data: { url: 'http://x/cdn/returnless.js' } } },
    ...events,
  ],
});

test("the page's first layout after the loader's evaluation counts for the page", () => {
  const figures = longestTasks(
    trace(
      x('RunTask', 0, 40), // parsing: the page's
      x('RunTask', 100, 150),
      x('v8.evaluateModule', 101, 30),
      x('EventDispatch', 135, 5, { data: { type: 'load' } }),
      x('UpdateLayoutTree', 145, 10),
      x('Layout', 160, 80),
      x('RunTask', 300, 60), // an element's render: ours
      x('FunctionCall', 301, 58),
    ),
  );
  assert.deepEqual(figures, { ours: 60, page: 90 });
});

test('a layout our code forces stays ours', () => {
  const figures = longestTasks(
    trace(x('RunTask', 0, 40), x('RunTask', 100, 150), x('v8.evaluateModule', 101, 30), x('FunctionCall', 140, 100), x('Layout', 150, 80)),
  );
  assert.deepEqual(figures, { ours: 150, page: 40 });
});
