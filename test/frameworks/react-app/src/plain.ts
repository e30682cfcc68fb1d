/** The README's "Plain TypeScript" and "The Returnless global" snippets, type-checked as written. */
import 'returnless/elements/rl-store.js';
import 'returnless/elements/rl-faq.js';
import { createRestAdapter } from 'returnless';
import type {} from 'returnless/cdn/returnless.js';

export function plain(): void {
  const store = document.querySelector('rl-store')!; // RlStore
  store.adapter = createRestAdapter({ baseUrl: '/api' });
  document.querySelector('rl-faq')!.faqSet = 'shipping'; // RlFaq
  document.addEventListener('rl-faq-toggle', (e) => console.log(e.detail.id, e.detail.open));
}

export async function fromTheGlobal(): Promise<void> {
  await Returnless.ready;
  const { AdapterError, withValidation } = window.Returnless;
  document.querySelector('rl-store')!.adapter = withValidation({
    async getFaq({ set, locale }) {
      const res = await fetch(`/faq/${set}?locale=${locale}`);
      if (res.status === 429) throw new AdapterError('rate_limited', 'Slow down', { retryAfter: 10 });
      return res.json();
    },
  });
  document.addEventListener('rl-ready', (e) => console.log(e.detail.version));
}
