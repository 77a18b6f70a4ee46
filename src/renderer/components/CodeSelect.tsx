import { useMemo } from 'react';
import { Select } from 'antd';
import type { SelectProps } from 'antd';
import { useCodeTable } from '../hooks/use-code-table';
import { useI18n } from '../i18n/use-i18n';

type Props = Omit<SelectProps<string>, 'options' | 'showSearch' | 'loading'> & {
  channel: 'codes:regions' | 'codes:industries';
};

/**
 * A code-table picker showing "code name", searchable by either. Withdrawn codes are not offered
 * for new entries, but a record that still carries one keeps it visible.
 */
export function CodeSelect({ channel, value, ...rest }: Props) {
  const { t } = useI18n();
  const { entries, loading } = useCodeTable(channel);
  const options = useMemo(
    () => entries.filter((e) => e.current || e.code === value).map((e) => ({ value: e.code, label: `${e.code} ${e.name}` })),
    [entries, value],
  );
  return (
    <Select<string>
      {...rest}
      value={value}
      options={options}
      loading={loading}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('form.searchCodes')}
    />
  );
}
