/**
 * What the issue saw: registering Returnless only in useEffect, after React rendered the tags.
 * React then writes adapter="[object Object]"; Returnless recovers it and says what to change.
 */
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type {} from 'returnless/react';
import { shopAdapter } from '../../shared/data.js';

const adapter = shopAdapter();

function Late() {
  useEffect(() => {
    void import('returnless/define');
  }, []);
  return (
    <rl-store adapter={adapter}>
      <rl-faq faq-set="shipping" />
    </rl-store>
  );
}

createRoot(document.getElementById('root')!).render(<Late />);
