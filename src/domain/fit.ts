/**
 * The fit signal shared by the size guide and the reviews: "Runs small — 62% of 140 buyers".
 * Votes come from reviews (fit answer) and from size-related return reasons ("too small"
 * counts as small). Below `minSample` votes nothing is claimed.
 */
import type { FitVote } from './size-chart.js';

export interface FitCounts {
  small: number;
  true: number;
  large: number;
}

export interface FitSummary {
  /** The majority tendency. */
  tendency: FitVote;
  /** Share of votes for the tendency, 0–1. */
  share: number;
  /** All votes counted. */
  total: number;
}

/** Default minimum number of votes before a fit signal is shown (documented in README). */
export const MIN_FIT_SAMPLE = 20;

/** The tendency with its share, or `undefined` when there are fewer than `minSample` votes. */
export function summariseFit(votes: FitCounts, minSample = MIN_FIT_SAMPLE): FitSummary | undefined {
  const total = votes.small + votes.true + votes.large;
  if (total < Math.max(1, minSample)) return undefined;
  // Ties go to "true to size": we only claim a tendency when it clearly leads.
  const order: FitVote[] = ['true', 'small', 'large'];
  const tendency = order.reduce((best, key) => (votes[key] > votes[best] ? key : best), 'true' as FitVote);
  return { tendency, share: votes[tendency] / total, total };
}
