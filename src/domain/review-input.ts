/**
 * A review draft's fields, limits and field errors: what the form needs at first paint
 * (review-validate.ts checks a draft and loads with the form's remote module).
 */
/** The fit answers (kept as a literal list so this module pulls no schema code into the form chunk). */
export const fitVotes = ['small', 'true', 'large'] as const;

export interface ReviewDraftFields {
  rating?: number;
  title?: string;
  body?: string;
  fit?: string;
  author?: string;
  email?: string;
  /** Media ids already uploaded. */
  mediaIds?: readonly string[];
  /** Files still uploading or processing. */
  mediaBusy?: boolean;
  /** The media as the draft holds them: their descriptions are checked too (media-rules.ts `altTooLong`). */
  media?: readonly { alt?: string }[];
  mediaConsent?: boolean;
}

export const reviewLimits = { title: 150, body: 5000, bodyMin: 1, author: 80 } as const;

export type ReviewField = 'rating' | 'title' | 'body' | 'fit' | 'author' | 'email' | 'media' | 'consent';
export type ReviewProblem = 'required' | 'too-long' | 'invalid' | 'busy';

export interface ReviewFieldError {
  field: ReviewField;
  problem: ReviewProblem;
}
