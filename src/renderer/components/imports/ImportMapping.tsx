import { useState } from 'react';
import { Button, Select, Table, Typography } from 'antd';
import type { Preview } from '../../hooks/use-import-wizard';
import { useI18n } from '../../i18n/use-i18n';

type Column = Preview['columns'][number];
type Props = { columns: Column[]; onApply: (mapping: Record<string, string>) => void };

/**
 * Which column of the file fills which field. The backend guesses from its synonym table; the
 * officer corrects a guess by picking another header, and the file is checked again.
 */
export function ImportMapping({ columns, onApply }: Props) {
  const { t } = useI18n();
  const [mapping, setMapping] = useState<Record<string, string>>(() =>
    Object.fromEntries(columns.flatMap((c) => (c.source ? [[c.key, c.source]] : []))),
  );
  // The preview names only the headers it matched; those are the ones the officer can reassign.
  const headers = [...new Set(columns.flatMap((c) => (c.source ? [c.source] : [])))];
  const changed = columns.some((c) => (mapping[c.key] ?? null) !== c.source);

  return (
    <div data-testid="import-mapping">
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={columns}
        columns={[
          { key: 'header', title: t('import.field'), dataIndex: 'header', width: '40%' },
          {
            key: 'source',
            title: t('import.fileColumn'),
            render: (_, c) => (
              <Select
                allowClear
                aria-label={t('import.columnFor', { field: c.header })}
                style={{ width: '100%' }}
                value={mapping[c.key]}
                placeholder={t('import.unmapped')}
                options={headers.map((h) => ({ value: h, label: h }))}
                onChange={(value?: string) =>
                  setMapping((m) => {
                    const next = { ...m };
                    if (value) next[c.key] = value;
                    else delete next[c.key];
                    return next;
                  })
                }
              />
            ),
          },
        ]}
      />
      <div className="page-toolbar" style={{ marginTop: 8 }}>
        <Typography.Text type="secondary">{t('import.mappingHint')}</Typography.Text>
        <span className="grow" />
        <Button disabled={!changed} onClick={() => onApply(mapping)}>
          {t('import.recheck')}
        </Button>
      </div>
    </div>
  );
}
