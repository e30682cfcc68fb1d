/**
 * The smoke flows in Chromium, Firefox and WebKit, one engine after the other, against one
 * reference server. Run: `node --import tsx --test test/browsers/engines.spec.ts`
 * (`RL_ENGINES=chromium,firefox,webkit` picks engines; the default leaves out Chromium, which
 * every other suite already drives). An engine missing from the machine is skipped
 * with the install command, except under CI (`CI=true`), where it fails.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemoServer, type DemoServer } from './demo-server.js';
import { launch, missing, type Engine, type EngineName } from './engines.js';
import { flows } from './flows.js';

const ENGINES: readonly EngineName[] = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.RL_ENGINES ?? 'firefox,webkit').split(',').map((s) => s.trim()) as EngineName[];
for (const name of wanted)
  if (!ENGINES.includes(name)) throw new Error(`RL_ENGINES: unknown engine "${name}" (use ${ENGINES.join(', ')}).`);
let server: DemoServer;

before(async () => {
  server = await startDemoServer();
});
after(async () => {
  await server?.stop();
});

for (const name of wanted) {
  const why = missing(name);
  const skip = why && !process.env.CI ? why : false;
  describe(name, { skip }, () => {
    let engine: Engine | undefined;
    before(async () => {
      if (why) throw new Error(why);
      const started = Date.now();
      engine = await launch(name);
      console.log(`# ${name}: ${engine.version}, started in ${Date.now() - started} ms`);
    });
    after(async () => {
      await engine?.close();
    });
    for (const flow of flows) {
      it(flow.name, async () => {
        await server.reset();
        engine!.takePageErrors();
        await flow.run(engine!, server);
        assert.deepEqual(engine!.takePageErrors(), [], 'no uncaught errors in the page');
      });
    }
  });
}
