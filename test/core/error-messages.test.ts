/**
 * The shopper wording of a failure (core/states.ts `errorMessage`): a `network` failure is also a
 * server's 5xx or a broken adapter, so it does not tell the shopper to check their connection
 * unless the browser says it is offline.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessage } from '../../src/core/states.js';
import { coreMessages } from '../../src/core/messages.js';

const offline = (value: boolean) => Object.defineProperty(navigator, 'onLine', { value: !value, configurable: true });

afterEach(() => {
  delete (navigator as { onLine?: boolean }).onLine;
});

describe('errorMessage', () => {
  it('online: a network failure (a 5xx too) is the shop not answering, in English and Chinese', () => {
    offline(false);
    expect(errorMessage('network', coreMessages.en)).toBe('The shop is not answering right now. Please try again.');
    expect(errorMessage('network', coreMessages['zh-CN'])).toBe('商店暂时没有响应，请重试。');
    expect(errorMessage('network', coreMessages.en)).not.toMatch(/connection/);
  });

  it('offline: the shopper is told to check their connection', () => {
    offline(true);
    expect(errorMessage('network', coreMessages.en)).toBe('You are offline. Check your connection and try again.');
    expect(errorMessage('network', coreMessages['zh-CN'])).toBe('您已离线。请检查网络后重试。');
    // Other codes keep their words.
    expect(errorMessage('timeout', coreMessages.en)).toBe('This is taking too long. Please try again.');
  });
});
