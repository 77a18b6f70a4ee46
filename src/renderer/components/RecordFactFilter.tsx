import { Select, Space } from 'antd';
import { KIND_META } from '../../core/records/kinds';
import { RECORD_KINDS, type RecordKind, type RecordOutcome } from '../../core/records/record';
import type { RecordFacts } from '../hooks/use-enterprise-list';
import { useI18n } from '../i18n/use-i18n';
import { kindLabel, outcomeLabel } from '../lib/record-labels';
import { DateField } from './DateField';

/**
 * Search by record facts: enterprises with a record of a kind (and outcome) since a date, e.g.
 * 监督抽查 · 不合格 · 自 2024-01-01. Choosing another kind clears an outcome it does not have.
 */
export function RecordFactFilter({ value, onChange }: { value: RecordFacts; onChange: (next: RecordFacts) => void }) {
  const { t, locale } = useI18n();
  const outcomes = value.recordKind ? KIND_META[value.recordKind].outcomes : [];
  return (
    <Space.Compact>
      <Select<RecordKind>
        allowClear
        aria-label={t('search.recordKind')}
        placeholder={t('search.recordKind')}
        style={{ width: 170 }}
        value={value.recordKind}
        onChange={(recordKind) =>
          onChange(recordKind ? { ...value, recordKind, recordOutcome: KIND_META[recordKind].outcomes.includes(value.recordOutcome as RecordOutcome) ? value.recordOutcome : undefined } : {})
        }
        options={RECORD_KINDS.map((k) => ({ value: k, label: kindLabel(k, locale) }))}
      />
      <Select<RecordOutcome>
        allowClear
        aria-label={t('search.recordOutcome')}
        placeholder={t('search.anyOutcome')}
        style={{ width: 120 }}
        disabled={outcomes.length === 0}
        value={value.recordOutcome}
        onChange={(recordOutcome) => onChange({ ...value, recordOutcome })}
        options={outcomes.map((o) => ({ value: o, label: outcomeLabel(o, locale) }))}
      />
      <div style={{ width: 150 }}>
        <DateField aria-label={t('search.since')} placeholder={t('search.since')} disabled={!value.recordKind} value={value.recordSince} onChange={(recordSince) => onChange({ ...value, recordSince })} />
      </div>
    </Space.Compact>
  );
}
