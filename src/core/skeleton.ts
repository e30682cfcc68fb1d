/**
 * The loading placeholder every data-backed element shows before its first answer: a polite
 * busy region whose rows reserve roughly the height the content will take, so nothing jumps.
 * Kept out of states.ts, which loads lazily with the error wording.
 */
import { css, html, type TemplateResult } from 'lit';

/** `rows`: one entry per placeholder row; a string adds a class (`skeleton-<kind>`) the element sizes. */
export function renderSkeleton(label: string, rows: number | readonly string[] = 3): TemplateResult {
  const kinds = typeof rows === 'number' ? Array.from({ length: rows }, () => '') : rows;
  return html`<div class="skeleton" part="loading" role="status" aria-busy="true">
    <span class="visually-hidden">${label}</span>
    ${kinds.map((kind) => html`<div class=${kind ? `skeleton-row skeleton-${kind}` : 'skeleton-row'} aria-hidden="true"></div>`)}
  </div>`;
}

/** Elements size rows with `--_skeleton-row` (block size) and may restyle `.skeleton-row`. */
export const skeletonStyles = css`
  .skeleton {
    display: flex;
    flex-direction: column;
    gap: var(--_skeleton-gap, var(--_space-s));
  }
  .skeleton-row {
    block-size: var(--_skeleton-row, 1.5em);
    border-radius: var(--_radius-s);
    background: var(--_subtle);
  }
`;
