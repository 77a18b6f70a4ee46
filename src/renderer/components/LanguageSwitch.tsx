import { Segmented } from 'antd';
import type { Locale } from '../../core/shared/errors';
import { useI18n } from '../i18n/use-i18n';

const OPTIONS: { label: string; value: Locale }[] = [
  { label: '中文', value: 'zh' },
  { label: 'English', value: 'en' },
];

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <Segmented<Locale>
      aria-label={t('lang.label')}
      data-testid="language-switch"
      size="small"
      options={OPTIONS}
      value={locale}
      onChange={setLocale}
    />
  );
}
