/**
 * `eligibilityMessages` as the `returnless` root exports it: both languages in one object
 * (`{ en, 'zh-CN' }`), for apps that word reasons themselves. The elements themselves load the
 * Chinese module only on Chinese pages (i18n.ts); an app that imports this takes both.
 */
import type { Language } from './i18n.js';
import { eligibilityMessages as catalog, type EligibilityMessages } from './eligibility.messages.js';
import zh from './eligibility.messages.zh-CN.js';

export const eligibilityMessages: Readonly<Record<Language, EligibilityMessages>> = { en: catalog.en, 'zh-CN': zh };
