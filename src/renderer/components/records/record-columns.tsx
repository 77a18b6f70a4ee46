import { Button, Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { CreditRecordView } from '../../../contract/records';
import type { Locale } from '../../../core/shared/errors';
import type { Translate } from '../../i18n/translate';
import { kindLabel, stateLabel } from '../../lib/record-labels';
import { EffectTag } from './EffectTag';
import { OutcomeTag } from './OutcomeTag';

type Options = {
  /** The timeline mixes kinds and says which; a kind's own tab does not need to. */
  withKind: boolean;
  withState: boolean;
  onEdit?: (record: CreditRecordView) => void;
  onDelete?: (record: CreditRecordView) => void;
};

/** Columns of a record table; a row click opens the record, the buttons edit or delete it. */
export function recordColumns(t: Translate, locale: Locale, options: Options): TableColumnsType<CreditRecordView> {
  const { onEdit, onDelete } = options;
  return [
    { key: 'occurredOn', title: t('record.occurredOn'), dataIndex: 'occurredOn', width: 120 },
    ...(options.withKind ? [{ key: 'kind', title: t('record.kind'), width: 150, render: (_: unknown, r: CreditRecordView) => kindLabel(r.kind, locale) }] : []),
    { key: 'summary', title: t('record.summary'), dataIndex: 'summary', ellipsis: true },
    { key: 'outcome', title: t('record.outcome'), width: 100, render: (_, r) => <OutcomeTag outcome={r.outcome} /> },
    ...(options.withState
      ? [{ key: 'state', title: t('record.state'), width: 170, render: (_: unknown, r: CreditRecordView) => (r.state ? <Tag color="purple">{stateLabel(r.state, locale)}</Tag> : null) }]
      : []),
    { key: 'authority', title: t('record.authority'), dataIndex: 'authority', width: 200, ellipsis: true },
    { key: 'effect', title: t('record.effect'), width: 80, render: (_, r) => <EffectTag effect={r.effect} /> },
    ...(onEdit && onDelete
      ? [
          {
            key: 'actions',
            title: t('backups.actions'),
            width: 110,
            render: (_: unknown, r: CreditRecordView) => (
              // Buttons stop the click from reaching the row, which would open the record instead.
              <Space size={4} onClick={(e) => e.stopPropagation()}>
                <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => onEdit(r)}>
                  {t('detail.edit')}
                </Button>
                <Button type="link" size="small" danger style={{ paddingInline: 0 }} onClick={() => onDelete(r)}>
                  {t('action.delete')}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];
}
