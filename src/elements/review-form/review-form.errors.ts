/**
 * What the form says only after a submit, loaded with the validation: field errors, and the thanks
 * for a sent review (review-outcome.ts). No first render needs any of it.
 * `limit` is the field's length limit (domain `reviewLimits`, formatted), so the words always say the enforced figure.
 */
import { defineMessages } from '../../core/i18n.js';
import type { ReviewField as Field, ReviewProblem as Problem } from '../../domain/review-input.js';

const en = {
  error: (field: Field, problem: Problem, limit: string): string => {
    if (problem === 'busy') return 'Wait until your photos and videos have finished uploading';
    if (problem === 'too-long') {
      return field === 'title'
        ? `Keep the title to ${limit} characters or fewer`
        : field === 'author'
          ? `Keep your name to ${limit} characters or fewer`
          : field === 'media'
            ? `Keep each photo or video description to ${limit} characters or fewer`
            : `Keep your review to ${limit} characters or fewer`;
    }
    if (problem === 'invalid') return field === 'email' ? 'Enter an email address like name@example.com' : 'Choose one of the fit answers';
    return {
      rating: 'Choose a rating from 1 to 5 stars',
      body: 'Write your review',
      author: 'Enter your name',
      email: 'Enter your email address',
      consent: 'Agree to showing your photos and videos publicly, or remove them',
      title: 'Enter a title',
      fit: 'Choose how it fits',
      media: 'Check your photos and videos',
    }[field];
  },
  /** The backend refused this field (`rejected` with `field`); `item` is the photo or video's position, when known. */
  refused: (field: Field, item?: string): string =>
    field === 'media' && item
      ? `The shop did not accept photo or video ${item} or its description: change or remove it`
      : {
          rating: 'The shop did not accept this rating: choose from 1 to 5 stars',
          title: 'The shop did not accept this title: change it',
          body: 'The shop did not accept your review text: change it',
          fit: 'The shop did not accept this fit answer: choose another',
          author: 'The shop did not accept this name: change it',
          email: 'The shop did not accept this email address: check it',
          consent: 'The shop needs your agreement to show your photos and videos, or remove them',
          media: 'The shop did not accept a photo or video or its description: change or remove it',
        }[field],
  // The thanks (review-outcome.ts).
  thanks: 'Thank you for your review!',
  published: 'It is now published.',
  pending: 'It will appear once the shop has checked it.',
  mediaPending: 'Your photos and videos will be shown after the shop has approved them.',
  another: 'Write another review',
};

export type ReviewErrorMessages = typeof en;
export const reviewErrorMessages = defineMessages(en, () => import('./review-form.errors.zh-CN.js'));
