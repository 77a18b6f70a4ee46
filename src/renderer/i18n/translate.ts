import type { Locale } from '../../core/shared/errors';
import { en } from './en';
import { zh, type MessageKey } from './zh';

export type MessageVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

const dictionaries: Record<Locale, Record<MessageKey, string>> = { zh, en };
const numberFormats: Record<Locale, Intl.NumberFormat> = { zh: new Intl.NumberFormat('zh-CN'), en: new Intl.NumberFormat('en-US') };

/**
 * Fills `{name}` placeholders, numbers with digit grouping (counts run into the millions); a
 * placeholder without a value stays visible so that a missing argument shows up in review.
 *
 * @example makeTranslator('zh')('ent.total', { count: 12000 }) // '共 12,000 家企业'
 */
export function makeTranslator(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, vars) => {
    const text = dictionary[key];
    if (!vars) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numberFormats[locale].format(value) : value;
    });
  };
}
