/** Order numbers as shoppers type them (domain/order-number.ts): one rule for the form, the memory adapter and the reference server. */
import { describe, expect, it } from 'vitest';
import { orderNumberDigits, orderNumberMatches, tidyOrderNumber } from '../../src/domain/order-number.js';

describe('order numbers', () => {
  it('tidies what was typed: #, case, spaces and a missing hyphen', () => {
    expect(['RL-1001', '#RL-1001', 'rl-1001', ' RL 1001 ', 'rl1001', '# rl_1001'].map(tidyOrderNumber)).toEqual(Array(6).fill('RL-1001'));
    expect(tidyOrderNumber(' 1001 ')).toBe('1001');
    expect(tidyOrderNumber('#1001')).toBe('1001');
  });

  it('matches 1001, #RL-1001, rl-1001 and " RL 1001 " to RL-1001, and the prefixed forms to a shop that stores 1001', () => {
    for (const typed of ['1001', '#RL-1001', 'rl-1001', ' RL 1001 ', 'RL1001']) {
      expect(orderNumberMatches('RL-1001', typed), typed).toBe(true);
      expect(orderNumberMatches('1001', typed), typed).toBe(true);
    }
  });

  it('does not match another number or another shop prefix', () => {
    expect(orderNumberMatches('RL-1001', '1002')).toBe(false);
    expect(orderNumberMatches('RL-1001', '11001')).toBe(false);
    expect(orderNumberMatches('RL-1001', '001')).toBe(false);
    expect(orderNumberMatches('RL-1001', 'XY-1001')).toBe(false);
    expect(orderNumberMatches('RL-1001', '')).toBe(false);
    expect(orderNumberMatches('RL-1001', '#')).toBe(false);
  });

  it('gives the digits a backend can search by', () => {
    expect(orderNumberDigits(' rl 1001 ')).toBe('1001');
    expect(orderNumberDigits('#RL-1001')).toBe('1001');
    expect(orderNumberDigits('abc')).toBeUndefined();
  });
});
