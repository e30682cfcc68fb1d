/**
 * A QR code as an SVG built with Lit's `svg` template from uqr's boolean matrix (no SVG strings,
 * so strict CSP and the sanitiser rules hold). Loaded only on the confirmation step.
 */
import { nothing, svg, type TemplateResult } from 'lit';
import { encode } from 'uqr';

/**
 * One path of unit squares for every dark module; `label` names the image for screen readers.
 * A code too long for any QR symbol (a backend's, up to 20,000 characters) draws none: the
 * confirmation still shows it as text, rather than failing to render at all.
 */
export function renderQr(text: string, label: string): TemplateResult | typeof nothing {
  let data: boolean[][];
  try {
    ({ data } = encode(text, { ecc: 'M', border: 2 }));
  } catch {
    return nothing;
  }
  const size = data.length;
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
  return svg`<svg class="qr" part="qr" role="img" aria-label=${label} viewBox=${`0 0 ${size} ${size}`} shape-rendering="crispEdges"><rect width=${size} height=${size} fill="#fff"/><path d=${d} fill="#000"/></svg>`;
}
