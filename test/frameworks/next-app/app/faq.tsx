'use client';
/**
 * A Next.js client component as the README tells it: per-element imports at the top (they do
 * nothing on the server), the adapter and listeners set in ref callbacks, because React 19 sets
 * neither custom-element properties nor `onrl-…` props while it hydrates server HTML.
 */
import { useState } from 'react';
import type { RlFaq, RlStore } from 'returnless';
import 'returnless/elements/rl-store.js';
import 'returnless/elements/rl-faq.js';
import type {} from 'returnless/react';
import { shopAdapter } from '../../shared/data';

const adapter = shopAdapter();

export function Faq() {
  const [opened, setOpened] = useState('');
  const withAdapter = (store: RlStore | null) => {
    if (store) store.adapter = adapter;
  };
  const onToggle = (faq: RlFaq | null) => {
    const listener = (e: DocumentEventMap['rl-faq-toggle']) => e.detail.open && setOpened(e.detail.id);
    faq?.addEventListener('rl-faq-toggle', listener);
    return () => faq?.removeEventListener('rl-faq-toggle', listener);
  };
  return (
    <rl-store ref={withAdapter} locale="en">
      <rl-faq ref={onToggle} faq-set="shipping" heading-level="2" />
      <p>
        Opened <output id="opened">{opened}</output>
      </p>
    </rl-store>
  );
}
