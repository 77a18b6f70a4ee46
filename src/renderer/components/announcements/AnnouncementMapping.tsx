import { useMemo, useState } from 'react';
import { Button, Select, Table, Tag, Typography } from 'antd';
import type { ColumnMapping } from '../../../contract/announcements';
import type { AnnouncementPreview } from '../../hooks/use-announcement-wizard';
import { useI18n } from '../../i18n/use-i18n';

type Field = AnnouncementPreview['fields'][number];
type Props = { preview: AnnouncementPreview; onApply: (corrections: ColumnMapping) => void };

/** Every column of the file once, by position: what a field can be read from. */
function columnsOf(preview: AnnouncementPreview): { column: number; header: string }[] {
  const all = new Map<number, string>();
  for (const f of preview.fields) {
    if (f.column !== null && f.header !== null) all.set(f.column, f.header);
    for (const a of f.alternates) all.set(a.column, a.header);
  }
  for (const u of preview.unmapped) all.set(u.column, u.header);
  return [...all.entries()].sort(([a], [b]) => a - b).map(([column, header]) => ({ column, header }));
}

/**
 * The mapping found, one select per field: the officer picks another column (or none) for a
 * field found wrongly, and the file is read again. Fields the file lacks are listed too, so a
 * column the synonyms missed can be assigned.
 */
export function AnnouncementMapping({ preview, onApply }: Props) {
  const { t } = useI18n();
  const columns = useMemo(() => columnsOf(preview), [preview]);
  const [chosen, setChosen] = useState<Record<string, number | null>>({});
  const current = (f: Field) => (f.field in chosen ? chosen[f.field] ?? null : f.via === 'fallback' ? null : f.column);
  const corrections: ColumnMapping = {};
  for (const [field, column] of Object.entries(chosen)) {
    corrections[field] = column === null ? null : columns.find((c) => c.column === column)?.header ?? null;
  }
  const changed = preview.fields.some((f) => f.field in chosen && (chosen[f.field] ?? null) !== (f.via === 'fallback' ? null : f.column));
  const via = (f: Field) => (f.via === null ? null : <Tag color={f.via === 'override' ? 'gold' : f.via === 'fallback' ? 'default' : 'green'}>{t(`ann.via.${f.via}`)}</Tag>);

  return (
    <div data-testid="announce-mapping">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>{t('ann.mappingHint')}</Typography.Paragraph>
      <Table<Field>
        rowKey="field"
        size="small"
        pagination={false}
        scroll={{ y: 360 }}
        dataSource={preview.fields}
        columns={[
          {
            key: 'label', title: t('ann.field'), width: '32%',
            render: (_, f) => <>{f.label} {f.required && <Tag color="red">{t('ann.required')}</Tag>}</>,
          },
          {
            key: 'column', title: t('ann.column'),
            render: (_, f) => (
              <Select<number>
                allowClear
                aria-label={t('ann.columnFor', { field: f.label })}
                style={{ width: '100%' }}
                value={current(f) ?? undefined}
                placeholder={f.via === 'fallback' && f.header ? `${f.header} ${t('ann.via.fallback')}` : t('ann.notInFile')}
                options={columns.map((c) => ({ value: c.column, label: c.header }))}
                onChange={(value?: number) => setChosen((m) => ({ ...m, [f.field]: value ?? null }))}
              />
            ),
          },
          { key: 'via', title: '', width: 90, render: (_, f) => via(f) },
        ]}
      />
      <div className="page-toolbar" style={{ marginTop: 8, marginBottom: 0 }}>
        {preview.unmapped.length > 0 && (
          <Typography.Text type="secondary">{t('ann.unmapped', { headers: preview.unmapped.map((u) => u.header).join('、') })}</Typography.Text>
        )}
        <span className="grow" />
        <Button disabled={!changed} onClick={() => onApply(corrections)}>{t('ann.recheck')}</Button>
      </div>
    </div>
  );
}
