/** The same small shop for the React and Vue apps: a FAQ set and a size chart, in memory. */
import { createMemoryAdapter, type ReturnlessAdapter } from 'returnless';

export function shopAdapter(): ReturnlessAdapter {
  return createMemoryAdapter({
    faq: {
      shipping: [
        { id: 'ship-time', question: 'How long does shipping take?', answer: 'Two to four working days.' },
        { id: 'ship-cost', question: 'What does shipping cost?', answer: 'Free from 50 EUR.' },
      ],
    },
    sizeCharts: {
      tops: {
        id: 'tops',
        title: 'Tops',
        measurements: [{ key: 'chest', label: 'Chest', kind: 'body', unit: 'cm' }],
        sizes: [
          { id: 'S', label: 'S', ranges: { chest: { min: 84, max: 89 } }, labels: { EU: '44' } },
          { id: 'M', label: 'M', ranges: { chest: { min: 90, max: 95 } }, labels: { EU: '48' } },
          { id: 'L', label: 'L', ranges: { chest: { min: 96, max: 101 } }, labels: { EU: '52' } },
        ],
        howToMeasure: [],
      },
    },
    productCharts: { tee: 'tops' },
  });
}

// Typed events on document, as the README promises (a type error here fails `tsc`).
export function onAnyToggle(listener: (id: string, open: boolean) => void): () => void {
  const handler = (e: DocumentEventMap['rl-faq-toggle']) => listener(e.detail.id, e.detail.open);
  document.addEventListener('rl-faq-toggle', handler);
  return () => document.removeEventListener('rl-faq-toggle', handler);
}
