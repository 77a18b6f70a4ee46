import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { Locale } from '../../core/shared/errors';
import { I18nContext, type I18n } from './context';
import { makeTranslator } from './translate';

const STORAGE_KEY = 'qcd.locale';

/** Offline only: the system's CJK fonts, never a web font. */
const FONT_STACK = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Segoe UI", sans-serif';

function initialLocale(): Locale {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
}

/** Language state, the matching antd locale, and antd's App (so message/modal follow the theme). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(initialLocale);

  const value = useMemo<I18n>(() => ({ locale, setLocale, t: makeTranslator(locale) }), [locale]);

  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, locale);
    // lang picks the Simplified Chinese glyph variants and tells screen readers what they read.
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
    document.title = value.t('app.title');
  }, [locale, value]);

  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider
        locale={locale === 'zh' ? zhCN : enUS}
        theme={{ token: { fontFamily: FONT_STACK } }}
        // "登 录" with antd's inserted space reads oddly next to longer labels such as "登记企业".
        button={{ autoInsertSpace: false }}
      >
        <AntApp className="app-root">{children}</AntApp>
      </ConfigProvider>
    </I18nContext.Provider>
  );
}
