import { createContext } from 'react';
import type { Locale } from '../../core/shared/errors';
import type { Translate } from './translate';

export type I18n = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
};

export const I18nContext = createContext<I18n | null>(null);
