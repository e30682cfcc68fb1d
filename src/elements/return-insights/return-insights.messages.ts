import { countEn, defineMessages } from '../../core/i18n.js';

export type Tendency = 'small' | 'true' | 'large';

const en = {
  heading: 'Why products come back',
  range: 'Period and product',
  from: 'From',
  to: 'To',
  product: 'Product',
  allProducts: 'All products',
  apply: 'Show',
  badRange: 'The start date must not be after the end date.',
  period: (from: string, to: string, pFrom: string, pTo: string) => `${from} – ${to}, compared with ${pFrom} – ${pTo}`,
  download: 'Download CSV of what is shown',
  rates: 'Return rate per product',
  ratesChart: 'Return rate per product, bar chart. The same numbers are in the table below.',
  sold: 'Sold',
  returned: 'Returned',
  rate: 'Return rate',
  noSales: 'No sales',
  variants: 'Return rate per variant or size',
  variant: 'Variant',
  reasons: 'Reasons, most frequent first',
  reasonsChart: 'Return reasons, bar chart. The same numbers are in the table below.',
  reason: 'Reason',
  units: 'Units',
  share: 'Share',
  previous: 'Previous period',
  trend: 'Trend',
  trends: (t: 'up' | 'down' | 'same' | 'new'): string => ({ up: '▲ up', down: '▼ down', same: '= same', new: '● new' })[t],
  evidence: (n: number) => `Comments and photos (${n})`,
  photoOf: (reason: string, n: number) => `Photo ${n} sent with “${reason}”`,
  sizes: 'Size-related returns per size, beside the fit votes from reviews',
  size: 'Size',
  tooSmall: 'Too small',
  tooLarge: 'Too large',
  votes: 'Fit votes (small / true / large)',
  sizeLine: (size: string, pct: string, which: 'small' | 'large') => `${size}: ${pct} too ${which}`,
  suggestions: 'Suggestions',
  noSuggestions: 'No suggestions: nothing stands out in this period.',
  fitNote: (product: string, t: Tendency) => `Mark ${product} as ${t === 'small' ? 'runs small' : 'runs large'}`,
  /** `agreeing` of `votes` review fit votes say the same (`null`: no votes). */
  fitEvidence: (count: string, of: string, t: Tendency, agreeing: string | null, votes: string) =>
    `${count} of ${of} size returns say too ${t === 'small' ? 'small' : 'large'}${agreeing ? `; ${agreeing} of ${votes} fit votes agree` : ''}`,
  addPhoto: (product: string) => `Add photos of ${product} from more angles, and check the description`,
  addPhotoEvidence: (n: number, count: string) => countEn(n, '1 return says not as described', `${count} returns say not as described`),
  packaging: (product: string) => `Check the packaging of ${product}`,
  packagingEvidence: (count: string, carrier: string | null) =>
    `${count} damaged on arrival${carrier ? `, nearly all via ${carrier}` : ''}`,
  accept: 'Accept: show shoppers this fit note',
  accepted: 'Accepted: shown in the size guide and the reviews',
  acceptedNow: 'Fit note accepted. Shoppers now see it in the size guide and the reviews.',
  act: 'Go there',
  noData: 'No orders in this period.',
  unavailable: 'This backend has no return insights (getReturnInsights is missing).',
  failed: 'That did not work. Nothing was changed; try again.',
};

export type InsightsMessages = typeof en;
export const insightsMessages = defineMessages(en, () => import('./return-insights.messages.zh-CN.js'));
