import { countEn, defineMessages } from '../../core/i18n.js';

const en = {
  rating: 'Your rating',
  required: '(required)',
  optional: '(optional)',
  stars: (n: number) => countEn(n, '1 star', `${n} stars`),
  title: 'Title',
  body: 'Your review',
  bodyHint: 'What did you like or not like? How did you use it?',
  counter: (count: string, max: string) => `${count} of ${max} characters`,
  fit: 'How does it fit?',
  fitSmall: 'Runs small',
  fitTrue: 'True to size',
  fitLarge: 'Runs large',
  author: 'Your name',
  authorHint: 'Shown with your review.',
  email: 'Email',
  emailHint: 'Not shown publicly. Only used to contact you about this review.',
  media: 'Photos and videos',
  consent: 'The shop may show my photos and videos publicly with my review.',
  submit: 'Submit review',
  sending: 'Sending…',
  summaryTitle: 'There is a problem',
  failed: 'Your review was not sent. Everything you wrote is still here.',
  failedRetry: 'Please try again.',
  unavailable: 'Reviews cannot be submitted here right now.',
};

export type ReviewFormMessages = typeof en;
export const reviewFormMessages = defineMessages(en, () => import('./review-form.messages.zh-CN.js'));
