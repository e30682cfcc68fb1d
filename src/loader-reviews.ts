/**
 * The CDN's chunk for `<rl-reviews>` and `<rl-review-form>`, `rl-reviews.js`: the loader
 * (loader.ts) imports it for either tag. The two stand together on product pages, and in one
 * file they download 1.1 kB smaller than in two (one gzip stream shares the words of their
 * templates, styles and messages) and one request sooner (issue 16). A page with only one of
 * them pays for the other (~6–7 kB) and has it defined, unused. Apps that bundle import each
 * element on its own (`returnless/elements/rl-reviews.js`), as before.
 */
import './elements/reviews/define.js';
import './elements/review-form/define.js';
