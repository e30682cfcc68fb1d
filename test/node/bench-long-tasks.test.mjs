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
      x('RunTask', 300, 61), // an element's render: ours (the first task is 150 - 90 = 60)
      x('FunctionCall', 301, 58),
    ),
  );
  assert.deepEqual(figures, { ours: 61, page: 90, what: 'script', fonts: 0 });
});

test('a layout our code forces stays ours', () => {
  const figures = longestTasks(
    trace(x('RunTask', 0, 40), x('RunTask', 100, 150), x('v8.evaluateModule', 101, 30), x('FunctionCall', 140, 100), x('Layout', 150, 80)),
  );
  assert.deepEqual(figures, { ours: 150, page: 40, what: 'script', fonts: 0 });
});

test('the longest task is named by what filled it: a chunk, a promise reaction, or the browser rendering', () => {
  const reaction = (ts, url) => ({
    name: 'AnimationFrame::Script::Execute',
    ph: 'b',
    pid,
    tid,
    ts: ts * ms,
    args: { animation_frame_script_timing_info: { source_location_url: url, class_like_name: 'Response', property_like_name: 'text' } },
  });
  const longest = (...events) => longestTasks(trace(x('RunTask', 100, 10), x('v8.evaluateModule', 101, 5), ...events)).what;
  assert.equal(
    longest(x('RunTask', 200, 70), x('FunctionCall', 201, 60, { data: { url: 'http://x/cdn/rl-review-form.js' } })),
    'script rl-review-form.js',
  );
  assert.equal(longest(x('RunTask', 200, 70), reaction(201, 'http://x/cdn/zod-BK9BE_fZ.js')), 'script zod.js (Response.text)');
  assert.equal(
    longest(x('RunTask', 200, 70), x('FunctionCall', 201, 4), x('UpdateLayoutTree', 206, 20), x('Layout', 227, 40)),
    'style, layout, paint',
  );
  // A layout a script forces is the script's.
  assert.equal(
    longest(x('RunTask', 200, 70), x('FunctionCall', 201, 68, { data: { url: 'http://x/cdn/rl-reviews.js' } }), x('Layout', 210, 50)),
    'script rl-reviews.js',
  );
});

test("the browser's font loading inside the longest task is reported", () => {
  const figures = longestTasks(
    trace(
      x('RunTask', 100, 10),
      x('v8.evaluateModule', 101, 5),
      x('RunTask', 200, 80),
      x('Layout', 201, 78),
      x('FontCache::FallbackFontForCharacter', 210, 30),
      x('FontCache::GetFontPlatformData', 215, 20), // inside the fallback: counted once
      x('FontCache::GetFontPlatformData', 250, 4),
    ),
  );
  assert.equal(figures.fonts, 34);
});

test("the bench's own evaluate (Playwright's utility script: a classic script without a URL) is nobody's task", () => {
  const figures = longestTasks(
    trace(
      x('RunTask', 100, 10),
      x('v8.evaluateModule', 101, 5),
      x('RunTask', 200, 62), // the harness: 60 ms of it
      x('EvaluateScript', 201, 60),
      x('RunTask', 300, 45), // an element's render: ours
      x('FunctionCall', 301, 44, { data: { url: 'http://x/cdn/rl-reviews.js' } }),
    ),
  );
  assert.deepEqual(figures, { ours: 45, page: 0, what: 'script rl-reviews.js', fonts: 0 });
});
