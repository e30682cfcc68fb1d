/**
 * Punctuation that follows the text's language: Chinese uses full-width brackets without
 * spaces and the enumeration comma (（还剩 20 天）, 厘米、千克); English uses " (…)" and ", ".
 */
import { catalogLanguage } from './i18n.js';

/** `text` in brackets, with the space English puts before them: " (3 days left)" / "（还剩 3 天）". */
export function inParens(lang: string, text: string): string {
  return catalogLanguage(lang) === 'zh-CN' ? `（${text}）` : ` (${text})`;
}

/** A short list of names: "cm, kg" / "厘米、千克". */
export function listOf(lang: string, items: readonly string[]): string {
  return items.join(catalogLanguage(lang) === 'zh-CN' ? '、' : ', ');
}
