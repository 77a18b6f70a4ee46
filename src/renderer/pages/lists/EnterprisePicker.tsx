import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';

type Props = { value?: number; onChange?: (id: number | undefined) => void; id?: string; preset?: { id: number; name: string } };

/** An enterprise by name or code, searched as the officer types (the list may hold millions). */
export function EnterprisePicker({ value, onChange, id, preset }: Props) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const found = useQuery('enterprises:list', query === '' ? null : { query, page: 1, pageSize: 20 });
  const options = (found.data?.items ?? []).map((e) => ({ value: e.id, label: e.uscc ? `${e.name} · ${e.uscc}` : e.name }));
  if (preset && !options.some((o) => o.value === preset.id)) options.unshift({ value: preset.id, label: preset.name });
  return (
    <Select id={id} showSearch value={value} onChange={onChange} filterOption={false} onSearch={(q) => setQuery(q.trim())} loading={found.loading}
      placeholder={t('lists.propose.enterpriseSearch')} options={options} disabled={preset !== undefined} notFoundContent={null} />
  );
}
