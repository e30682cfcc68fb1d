/** The reviews' JSON-LD (`json-ld`): a chunk of its own, imported only by pages that ask for it. */
export { setJsonLd } from '../../core/json-ld.js';
export { reviewsJsonLd } from '../../domain/reviews-json-ld.js';
