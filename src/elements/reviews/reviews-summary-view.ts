/**
 * The rating summary (average, count, fit, the star histogram that filters) and the filter
 * bar (with photos/videos only, sort, the star filter in use). Plain template functions.
 */
import { formatDecimal } from '../../core/format-plain.js';
import { html, nothing } from 'lit';
import { formatNumber, formatPercent } from '../../core/format.js';
import { renderStars } from '../../core/stars.js';
import { styleProps } from '../../core/style-props.js';
import { summariseFit } from '../../domain/fit.js';
import { histogramRows, type ReviewFilter } from '../../domain/review-filters.js';
import type { ReviewPage, ReviewSort } from '../../domain/reviews.js';
import { fitLabel, type ReviewsViewContext } from './reviews-review-view.js';

export interface ReviewsFilterContext extends ReviewsViewContext {
  filter: ReviewFilter;
  setFilter(next: ReviewFilter): void;
}

/** `writeButton`: the "Write a review" button, when a form is on the page. */
export function renderSummary(ctx: ReviewsFilterContext, page: ReviewPage, writeButton: unknown) {
  const { t, lang, filter } = ctx;
  const s = page.summary;
  const average = formatDecimal(s.average, lang, 1);
  const fit = s.fit && summariseFit(s.fit);
  return html`<div class="summary" part="summary">
    <div class="overall">
      <span class="average" part="average" aria-hidden="true">${average}</span>
      <div>
        ${renderStars(s.average, t.averageOutOf(average))}
        <p class="count">${t.reviewCount(s.count, formatNumber(s.count, lang))}</p>
      </div>
    </div>
    ${
      fit
        ? html`<p class="fit" part="fit">${t.fitSummary(fitLabel(t, fit.tendency), formatPercent(fit.share, lang), formatNumber(fit.total, lang))}</p>`
        : nothing
    }
    <div class="histogram" part="histogram" role="group" aria-label=${t.histogramLabel}>
      ${histogramRows(s).map(
        (row) => html`<button
          type="button"
          class="row"
          part="histogram-row"
          aria-pressed=${filter.rating === row.rating ? 'true' : 'false'}
          ?disabled=${row.count === 0 && filter.rating !== row.rating}
          @click=${() => ctx.setFilter({ ...filter, rating: filter.rating === row.rating ? undefined : row.rating })}
        >
          <span class="row-label">${t.stars(row.rating)}</span>
          <span class="bar" aria-hidden="true"><span class="bar-fill" ${styleProps({ inlineSize: `${row.share * 100}%` })}></span></span>
          <span class="row-count">${formatPercent(row.share, lang)}<span class="visually-hidden">, ${t.countReviews(row.count, formatNumber(row.count, lang))}</span></span>
        </button>`,
      )}
    </div>
    ${writeButton}
  </div>`;
}

export function renderFilters(ctx: ReviewsFilterContext, page: ReviewPage) {
  const { t, filter } = ctx;
  const sorts = page.sorts ?? [];
  const names: Record<ReviewSort, string> = {
    newest: t.sortNewest,
    highest: t.sortHighest,
    lowest: t.sortLowest,
    helpful: t.sortHelpful,
  };
  const current = filter.sort && sorts.includes(filter.sort) ? filter.sort : sorts[0];
  return html`<div class="filters" part="filters" role="group" aria-label=${t.filtersLabel}>
    <label class="check">
      <input
        type="checkbox"
        name="rl-reviews-media"
        .checked=${filter.withMedia}
        @change=${(e: Event) => ctx.setFilter({ ...filter, withMedia: (e.target as HTMLInputElement).checked })}
      />
      ${t.withMedia}
    </label>
    ${
      sorts.length > 1
        ? html`<label class="sort"
          >${t.sortLabel}
          <select name="rl-reviews-sort" @change=${(e: Event) => ctx.setFilter({ ...filter, sort: (e.target as HTMLSelectElement).value as ReviewSort })}>
            ${sorts.map((s) => html`<option value=${s} ?selected=${s === current}>${names[s]}</option>`)}
          </select></label
        >`
        : nothing
    }
    ${
      filter.rating
        ? html`<button type="button" class="link-button" @click=${() => ctx.setFilter({ ...filter, rating: undefined })}>
          ${t.onlyStars(filter.rating)} · ${t.clearRating}
        </button>`
        : nothing
    }
  </div>`;
}
