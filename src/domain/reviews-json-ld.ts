/**
 * schema.org structured data for the reviews shown on a product page: a `Product` node carrying
 * `aggregateRating` and one `Review` per review on the page (with its images). Given the page's
 * own product `@id`, the node merges with the theme's Product; without one it needs a name.
 *
 * Rules followed (schema.org, Google's review snippet guidelines): no `AggregateRating` for zero
 * reviews; ratings on a 1–5 scale stated with `bestRating`/`worstRating`; author as a `Person`;
 * only approved media; the merchant reply as a `Comment` by the shop (`Organization`); each text's
 * language as `inLanguage` when the backend sends it.
 */
import type { JsonLdObject } from './policy-json-ld.js';
import { publicMedia } from './review-filters.js';
import type { Review, ReviewSummary } from './reviews.js';

export interface ReviewsJsonLdInput {
  summary: ReviewSummary;
  reviews: readonly Review[];
  /** `@id` of the page's Product node (merged by the search engine). */
  productJsonLdId?: string;
  /** Product name, needed when there is no `@id` to merge with. */
  productName?: string;
  /** Name of the shop, for the replies' author. */
  shopName?: string;
  /** The page URL that root-relative media paths are resolved against (`location.href` in the browser); without it they are left out. */
  baseUrl?: string;
}

/** The JSON-LD document, or `undefined` when there is nothing valid to say. */
export function reviewsJsonLd(input: ReviewsJsonLdInput): JsonLdObject | undefined {
  const { summary, reviews, productJsonLdId, productName } = input;
  if (!productJsonLdId && !productName) return undefined;
  if (!summary.count && !reviews.length) return undefined;
  const product: JsonLdObject = { '@context': 'https://schema.org', '@type': 'Product' };
  if (productJsonLdId) product['@id'] = productJsonLdId;
  if (productName) product.name = productName;
  if (summary.count > 0) {
    product.aggregateRating = {
      '@type': 'AggregateRating',
      ratingValue: Math.round(summary.average * 10) / 10,
      reviewCount: summary.count,
      bestRating: 5,
      worstRating: 1,
    };
  }
  if (reviews.length) product.review = reviews.map((r) => reviewNode(r, input.shopName, input.baseUrl));
  return product;
}

function reviewNode(review: Review, shopName: string | undefined, baseUrl: string | undefined): JsonLdObject {
  const node: JsonLdObject = {
    '@type': 'Review',
    reviewRating: { '@type': 'Rating', ratingValue: review.rating, bestRating: 5, worstRating: 1 },
    author: { '@type': 'Person', name: review.author },
    datePublished: review.createdAt.slice(0, 10),
    reviewBody: review.body,
  };
  if (review.title) node.name = review.title;
  if (review.lang) node.inLanguage = review.lang;
  const images = publicMedia(review)
    .filter((m) => m.kind === 'image')
    .map((m) => absolute((m.url ?? m.thumbnailUrl)!, baseUrl))
    .filter((u): u is string => Boolean(u));
  if (images.length) node.image = images;
  if (review.reply) {
    const reply: JsonLdObject = { '@type': 'Comment', text: review.reply.body, dateCreated: review.reply.createdAt.slice(0, 10) };
    const name = review.reply.author ?? shopName;
    if (name) reply.author = { '@type': 'Organization', name };
    if (review.reply.lang) reply.inLanguage = review.reply.lang;
    node.comment = reply;
  }
  return node;
}

/** Structured data wants absolute http(s) URLs: root-relative paths are resolved against `base`, blob: URLs dropped. */
function absolute(url: string, base: string | undefined): string | undefined {
  if (/^https?:\/\//i.test(url)) return url;
  if (url.startsWith('/') && base && /^https?:/.test(base)) return new URL(url, base).href;
  return undefined;
}
