/**
 * Each element's main flows, engine-agnostic: data loading, the keyboard path, and one error
 * state, on the demo pages served by the reference server. Keys are real key events sent by
 * the driver; checks run in the page through `engine.run`.
 */
import assert from 'node:assert/strict';
import type { DemoServer } from './demo-server.js';
import type { Engine } from './engines.js';

export interface Flow {
  name: string;
  run(engine: Engine, server: DemoServer): Promise<void>;
}

/** Opens a page with empty storage (drafts and size preferences live there). */
async function open(engine: Engine, server: DemoServer, path: string): Promise<void> {
  await engine.goto(`${server.base}/assets/shop.css`);
  await engine.run(() => {
    sessionStorage.clear();
    localStorage.clear();
  });
  await engine.goto(`${server.base}${path}`);
}

export const flows: Flow[] = [
  {
    name: 'rl-faq: loads a set, Enter opens, arrows move, search filters',
    async run(engine, server) {
      await open(engine, server, '/help.html');
      // Two FAQs on the page (returns, shipping) load their sets independently: wait for both.
      const total = await engine.run((h) =>
        h.until(() => {
          const count = h.$$('rl-faq >> [part=button]').length;
          return count >= 6 && count;
        }, 'the FAQ set'),
      );
      assert.ok(total >= 6, `questions: ${total}`);
      await engine.run((h) => h.$('rl-faq >> [part=button]')!.focus());
      await engine.press('Enter');
      const opened = await engine.run((h) =>
        h.until(() => {
          const button = h.$('rl-faq >> [part=button]')!;
          const panel = h.$(`rl-faq >> #${button.getAttribute('aria-controls')}`)!;
          return button.getAttribute('aria-expanded') === 'true' && !panel.hidden && h.text(panel);
        }, 'the first answer to open'),
      );
      assert.match(opened, /returns page/);
      await engine.press('ArrowDown');
      assert.equal(await engine.run((h) => h.active()?.id), 'q-return-cost');
      await engine.press('End');
      assert.equal(await engine.run((h) => h.active()?.id), 'q-damaged-item');
      await engine.press('Home');
      assert.equal(await engine.run((h) => h.active()?.id), 'q-how-to-return');
      await engine.run((h) => h.$('rl-faq >> [part=search-input]')!.focus());
      await engine.type('refund');
      const shown = await engine.run((h) =>
        h.until(() => {
          const n = h.$$('rl-faq >> [part=item]').filter((i) => i.checkVisibility()).length;
          return n > 0 && n < 6 && n;
        }, 'the search to filter'),
      );
      assert.ok(shown < total);
    },
  },
  {
    name: 'rl-faq: a failing server shows the error, Enter on "Try again" recovers',
    async run(engine, server) {
      await server.fault('/faq', '500', 3);
      await open(engine, server, '/product.html');
      const alert = await engine.run((h) => h.until(() => h.text(h.$('rl-faq >> [role=alert]')), 'the FAQ error'));
      assert.match(alert, /not answering/);
      await engine.run((h) => h.$('rl-faq >> [part=retry-button]')!.focus());
      await engine.press('Enter');
      await engine.run((h) => h.until(() => h.$$('rl-faq >> [part=button]').length, 'the FAQ after retry'));
    },
  },
  {
    name: 'rl-return-policy: the summary answers for the product, the full policy explains terms by keyboard',
    async run(engine, server) {
      await open(engine, server, '/product.html');
      const summary = await engine.run((h) => h.until(() => h.text(h.$('rl-return-policy >> [part=summary]')), 'the policy summary'));
      assert.match(summary, /returned within 30 days/);
      await open(engine, server, '/returns.html');
      const sections = await engine.run((h) =>
        h.until(() => {
          const headings = h.$$('rl-return-policy >> [part~=section-heading]').map((s) => h.text(s));
          return headings.length >= 3 && headings;
        }, 'the full policy'),
      );
      assert.ok(sections.length >= 3, sections.join(', '));
      await engine.run((h) => h.$('rl-return-policy >> [part=term]')!.focus());
      await engine.press('Enter');
      const tip = await engine.run((h) =>
        h.until(() => {
          const t = h.$$('rl-return-policy >> [part=tooltip]').find((x) => !x.hidden);
          return t && h.text(t);
        }, 'a term explanation'),
      );
      assert.ok(tip.length > 10, tip);
      await engine.press('Escape');
      await engine.run((h) => h.until(() => h.$$('rl-return-policy >> [part=tooltip]').every((x) => x.hidden), 'Escape to close it'));
    },
  },
  {
    name: 'rl-return-policy: a failing server shows the error state',
    async run(engine, server) {
      // (Broken JSON would show the neutral fallback line, as for an invalid policy.)
      await server.fault('/return-policy', '500', 3);
      await open(engine, server, '/product.html');
      const alert = await engine.run((h) => h.until(() => h.text(h.$('rl-return-policy >> [part=error]')), 'the policy error'));
      assert.match(alert, /not answering/);
    },
  },
  {
    name: 'rl-size-guide: Enter opens the dialog with the chart, arrows switch tabs, Escape returns focus',
    async run(engine, server) {
      await open(engine, server, '/product.html');
      await engine.run((h) =>
        h.until(() => h.$('rl-size-guide >> [part=trigger]'), 'the size guide button').then((b) => (b as HTMLElement).focus()),
      );
      await engine.press('Enter');
      const rows = await engine.run((h) =>
        h.until(
          () => h.$<HTMLDialogElement>('rl-size-guide >> dialog')?.open && h.$$('rl-size-guide >> [part=table] tbody tr').length,
          'the chart in the dialog',
        ),
      );
      assert.ok(rows >= 3, `rows: ${rows}`);
      assert.equal(await engine.run((h) => !!h.active() && h.$('rl-size-guide >> dialog')!.contains(h.active())), true, 'focus moved in');
      await engine.run((h) => h.$('rl-size-guide >> [part~=tab][aria-selected=true]')!.focus());
      await engine.press('ArrowRight');
      const selected = await engine.run((h) =>
        h.until(() => {
          const tab = h.$$('rl-size-guide >> [part~=tab]').findIndex((t) => t.getAttribute('aria-selected') === 'true');
          return tab > 0 && h.active()?.getAttribute('aria-selected') === 'true' && tab;
        }, 'the next tab'),
      );
      assert.equal(selected, 1);
      await engine.press('Escape');
      await engine.run((h) =>
        h.until(
          () => !h.$<HTMLDialogElement>('rl-size-guide >> dialog')!.open && h.active()?.getAttribute('part') === 'trigger',
          'focus back on the button',
        ),
      );
    },
  },
  {
    name: 'rl-size-guide: broken JSON from the server shows the error in the dialog',
    async run(engine, server) {
      // Focusing the button starts loading and opening may load again: enough failures for both.
      await server.fault('/size-chart', 'malformed', 2);
      await open(engine, server, '/product.html');
      await engine.run((h) =>
        h.until(() => h.$('rl-size-guide >> [part=trigger]'), 'the size guide button').then((b) => (b as HTMLElement).focus()),
      );
      await engine.press('Enter');
      const alert = await engine.run((h) => h.until(() => h.text(h.$('rl-size-guide >> [part=error]')), 'the size guide error'));
      assert.match(alert, /size chart could not be read/);
    },
  },
  {
    name: 'rl-reviews: loads reviews, Enter on a histogram row filters by rating',
    async run(engine, server) {
      await open(engine, server, '/product.html');
      const titles = await engine.run((h) =>
        h.until(() => {
          const all = h.$$('rl-reviews >> [part=review-title]').map((t) => h.text(t));
          return all.length > 0 && all;
        }, 'the reviews'),
      );
      assert.ok(titles.includes('Perfect summer shirt'), titles.join(', '));
      await engine.run((h) => h.$('rl-reviews >> [part=histogram-row]')!.focus());
      await engine.press('Enter');
      const stars = await engine.run((h) =>
        h.until(() => {
          const pressed = h.$('rl-reviews >> [part=histogram-row]')!.getAttribute('aria-pressed') === 'true';
          const labels = h.$$('rl-reviews >> [part=review] > [part=stars]').map((s) => s.getAttribute('aria-label'));
          // Reviews are drawn a frame apart (a review a turn): wait for both, then check there are no more.
          return pressed && labels.length >= 2 && labels.every((l) => l === '5 stars out of 5') && labels;
        }, 'only 5-star reviews'),
      );
      assert.equal(stars.length, 2);
    },
  },
  {
    name: 'rl-reviews: broken JSON from the server shows the error state',
    async run(engine, server) {
      await server.fault('/products', 'malformed', 2);
      await open(engine, server, '/product.html');
      const alert = await engine.run((h) => h.until(() => h.text(h.$('rl-reviews >> [part=error]')), 'the reviews error'));
      assert.match(alert, /Something went wrong on our side/);
    },
  },
  {
    name: 'rl-review-form + rl-media-uploader: an empty submit names the problems, a typed review is sent',
    async run(engine, server) {
      await open(engine, server, '/product.html');
      await engine.run((h) =>
        h.until(() => h.$('rl-review-form >> [part=submit]'), 'the review form').then((b) => (b as HTMLElement).focus()),
      );
      await engine.press('Enter');
      const problems = await engine.run((h) =>
        h.until(() => {
          const invalid = h.$$('rl-review-form >> [aria-invalid=true]').map((e) => e.id);
          return invalid.length > 0 && invalid;
        }, 'the invalid fields'),
      );
      assert.deepEqual(problems, ['rf-1-rating', 'rf-1-body', 'rf-1-author', 'rf-1-email']);
      const summary = await engine.run((h) => ({
        focused: h.active()?.getAttribute('role'),
        text: h.text(h.$('rl-review-form >> [role=alert]')),
      }));
      assert.deepEqual(summary.focused, 'alert', 'focus moves to the error summary');
      assert.match(summary.text, /There is a problem/);
      // The uploader's add button is a real, focusable button (the uploader loads with the first focus in the form).
      assert.equal(
        await engine.run((h) =>
          h
            .until(() => h.$('rl-review-form >> rl-media-uploader >> [part=add-button]'), 'the uploader')
            .then((add) => {
              (add as HTMLElement).focus();
              return h.active() === add;
            }),
        ),
        true,
      );
      await engine.run((h) => (h.$('rl-review-form >> input[name=rating]') as HTMLInputElement).focus());
      await engine.press('ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight');
      assert.equal(await engine.run((h) => (h.$('rl-review-form >> input[name=rating]:checked') as HTMLInputElement | null)?.value), '5');
      for (const [name, text] of [
        ['body', 'Soft linen, true to size, and it survived the wash.'],
        ['author', 'Firefox Fan'],
        ['email', 'fan@example.com'],
      ] as const) {
        await engine.run((h, n) => h.$(`rl-review-form >> [name=${n}]`)!.focus(), name);
        await engine.type(text);
      }
      await engine.run((h) => h.$('rl-review-form >> [part=submit]')!.focus());
      await engine.press('Enter');
      const done = await engine.run((h) =>
        h.until(() => /thank/i.test(h.text(h.$('rl-review-form')?.shadowRoot)) && h.text(h.$('rl-review-form')?.shadowRoot), 'the receipt'),
      );
      assert.match(done, /thank/i);
    },
  },
  {
    name: 'rl-media-uploader: a large photo is re-encoded, downscaled and uploaded; an SVG is refused',
    async run(engine, server) {
      await open(engine, server, '/product.html');
      // The page makes a 3000×2000 JPEG and hands it over as a picked file would arrive
      // (addFiles is what the file input, drop and paste call): decoding, resizing in a worker
      // or on the main thread, and re-encoding are each engine's own.
      const url = await engine.run(async (h) => {
        // The review form loads its uploader on the first sign of use: here a pointer over the form.
        const area = await h.until(() => h.$('rl-review-form >> [part=uploader]'), 'the photo area');
        area.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
        await customElements.whenDefined('rl-media-uploader');
        const uploader = await h.until(
          () =>
            h.$<HTMLElement & { addFiles(f: File[]): Promise<void>; value: string[]; media: { thumbnailUrl?: string }[] }>(
              'rl-review-form >> rl-media-uploader',
            ),
          'the uploader',
        );
        const canvas = document.createElement('canvas');
        canvas.width = 3000;
        canvas.height = 2000;
        const g = canvas.getContext('2d')!;
        g.fillStyle = '#3a7';
        g.fillRect(0, 0, 3000, 2000);
        g.fillStyle = '#c33';
        g.fillRect(500, 500, 1000, 800);
        const blob = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), 'image/jpeg', 0.9));
        const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], 'logo.jpg', {
          type: 'image/jpeg',
        });
        await uploader.addFiles([new File([blob], 'big.jpg', { type: 'image/jpeg' }), svg]);
        return h.until(
          () => {
            const statuses = h.$$('rl-review-form >> rl-media-uploader >> [part=status]').map((s) => h.text(s));
            // The upload's own URL: a photo waiting for moderation opens only with the proof it carries.
            return uploader.value.length === 1 && statuses.length === 2 && uploader.media[0]?.thumbnailUrl;
          },
          'the upload to finish',
          20000,
        );
      });
      const statuses = await engine.run((h) => h.$$('rl-review-form >> rl-media-uploader >> [part=status]').map((s) => h.text(s)));
      assert.match(statuses[0]!, /Uploaded/);
      assert.equal(statuses[1], 'SVG drawings cannot be uploaded. Please add a photo.', 'sniffed from the bytes, not the .jpg name');
      const size = await engine.run(async (_h, src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return [img.naturalWidth, img.naturalHeight];
      }, String(url));
      assert.deepEqual(size, [2048, 1365], 'the long edge is scaled to 2048 px');
    },
  },
  {
    name: 'rl-return-form: typed lookup finds the order; a wrong email gets the not-found message',
    async run(engine, server) {
      await open(engine, server, '/returns.html');
      await engine.run((h) =>
        h.until(() => h.$('rl-return-form >> #orderNumber'), 'the lookup form').then((i) => (i as HTMLElement).focus()),
      );
      await engine.type('RL-1001');
      await engine.press('Tab');
      await engine.type('wrong@example.com');
      await engine.press('Enter');
      const error = await engine.run((h) => h.until(() => h.text(h.$('rl-return-form >> [role=alert]')), 'the lookup error'));
      assert.match(error, /could not find/i);
      await engine.run((h) => {
        const email = h.$('rl-return-form >> #email') as HTMLInputElement;
        email.select();
        email.focus();
      });
      await engine.type('anna@example.com');
      await engine.press('Enter');
      const heading = await engine.run((h) =>
        h.until(
          () => /Choose items/.test(h.text(h.$('rl-return-form >> #step-heading'))) && h.text(h.$('rl-return-form >> #step-heading')),
          'the items step',
        ),
      );
      assert.match(heading, /Choose items/);
      assert.equal(await engine.run((h) => h.active()?.id), 'step-heading', 'focus moves to the step heading');
    },
  },
];
