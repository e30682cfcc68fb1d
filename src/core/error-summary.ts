/**
 * The error summary both forms show (GOV.UK pattern): a focusable alert listing every problem
 * as a link to its field; following a link focuses the field and brings it into view.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface SummaryProblem {
  /** The field's element id (the link's `#target`). */
  id: string;
  text: string;
  /** The element to focus (default: the one with `id` in the same shadow root). */
  target?: (root: ShadowRoot) => HTMLElement | null;
}

export interface SummaryOptions {
  /** Class of the wrapper (the element's CSS) and `part` name (public API). */
  className: string;
  part: string;
  titleId: string;
  title: string;
  /** `true`: the title is an `<h2>`; else a paragraph (the form has its own step heading). */
  heading?: boolean;
}

export function renderErrorSummary(options: SummaryOptions, problems: readonly SummaryProblem[]): TemplateResult {
  const { className, part, titleId, title } = options;
  const titleHtml = options.heading
    ? html`<h2 class=${`${className}-title`} id=${titleId}>${title}</h2>`
    : html`<p class=${`${className}-title`} id=${titleId}>${title}</p>`;
  return html`<div class=${className} part=${part} tabindex="-1" role="alert" aria-labelledby=${titleId}>
    ${titleHtml}
    ${
      problems.length
        ? html`<ul>
          ${problems.map((p) => html`<li><a href=${`#${p.id}`} @click=${(event: Event) => focusProblem(event, p)}>${p.text}</a></li>`)}
        </ul>`
        : nothing
    }
  </div>`;
}

function focusProblem(event: Event, problem: SummaryProblem): void {
  event.preventDefault();
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  const target = problem.target?.(root) ?? root.getElementById(problem.id) ?? root.querySelector<HTMLElement>(`[name="${problem.id}"]`);
  target?.focus();
  target?.scrollIntoView({ block: 'center' });
}
