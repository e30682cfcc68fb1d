/**
 * A React 19 page as the README tells it: per-element imports at the top of the module (safe on a
 * server), `import type {} from 'returnless/react'` for JSX types, properties as JSX props, and
 * events as lower-case `onrl-…` props.
 */
import { useEffect, useRef, useState } from 'react';
import type { ReturnlessAdapter, RlSizeGuide } from 'returnless';
import 'returnless/elements/rl-store.js';
import 'returnless/elements/rl-faq.js';
import 'returnless/elements/rl-size-guide.js';
import type {} from 'returnless/react';
import { onAnyToggle } from '../../shared/data.js';

export function App({ adapter }: { adapter: ReturnlessAdapter }) {
  const [size, setSize] = useState('');
  const [opened, setOpened] = useState<string[]>([]);
  const [documentToggles, setDocumentToggles] = useState(0);
  const guide = useRef<RlSizeGuide>(null);
  useEffect(() => onAnyToggle(() => setDocumentToggles((n) => n + 1)), []);
  return (
    <rl-store adapter={adapter} locale="en" currency="EUR" country="DE">
      <rl-faq faq-set="shipping" heading-level={2} onrl-faq-toggle={(e) => e.detail.open && setOpened((o) => [...o, e.detail.id])} />
      <rl-size-guide
        ref={guide}
        product-id="tee"
        mode="inline"
        onrl-size-select={(e) => setSize(`${e.detail.size}:${guide.current?.selectedSize}`)}
      />
      <p>
        Size <output id="size">{size}</output>, opened <output id="opened">{opened.join(',')}</output>, document saw{' '}
        <output id="document-toggles">{documentToggles}</output>
      </p>
    </rl-store>
  );
}

/** Type checks that must fail: if one of these stops being an error, `tsc` fails on the unused directive. */
export function TypeErrors() {
  return (
    <>
      {/* @ts-expect-error heading-level is a number */}
      <rl-faq heading-level={{}} />
      {/* @ts-expect-error mode is 'dialog' | 'inline' */}
      <rl-size-guide mode="sideways" />
      {/* @ts-expect-error the adapter is an object with adapter methods, not a string */}
      <rl-store adapter={42} />
      {/* @ts-expect-error rl-faq-toggle's detail has no size */}
      <rl-faq onrl-faq-toggle={(e) => e.detail.size} />
      {/* @ts-expect-error no such tag */}
      <rl-nothing />
    </>
  );
}
