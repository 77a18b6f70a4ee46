import { Table, Tag, Typography } from 'antd';
import type { OutputOf } from '../../../contract';
import { useI18n } from '../../i18n/use-i18n';
import { listStateLabel, listTypeLabel } from '../../lib/list-labels';
import { CHANGE_COLORS, changeLabel, MATCH_COLORS, matchLabel } from './exchange-labels';

type Change = OutputOf<'exchange:import-preview'>['changes'][number];

/** The records the package would change, each with the local enterprise it matched (if any). */
export function PreviewChanges({ changes, limit }: { changes: Change[]; limit: number }) {
  const { t, locale } = useI18n();
  return (
    <>
      <Typography.Title level={5}>{t('ex.changes', { limit })}</Typography.Title>
      <Table<Change> rowKey="id" size="small" dataSource={changes} pagination={{ pageSize: 20, hideOnSinglePage: true }} data-testid="ex-changes"
        locale={{ emptyText: t('ex.noChanges') }} columns={[
          { key: 'change', title: t('ex.change'), dataIndex: 'change', width: 80, render: (v: Change['change']) => <Tag color={CHANGE_COLORS[v]}>{changeLabel(v, t)}</Tag> },
          { key: 'subject', title: t('ex.subject'), render: (_, c) => <><div>{c.subjectName}</div><Typography.Text type="secondary" className="mono">{c.subjectUscc ?? '—'}</Typography.Text></> },
          { key: 'listType', title: t('ex.listType'), dataIndex: 'listType', width: 200, render: (v: string) => listTypeLabel(v, locale) },
          { key: 'status', title: t('ex.status'), dataIndex: 'status', width: 90, render: (v: string) => listStateLabel(v, locale) },
          { key: 'reason', title: t('ex.reason'), dataIndex: 'reason', ellipsis: true },
          { key: 'listedOn', title: t('ex.listedOn'), dataIndex: 'listedOn', width: 110, render: (v: string | null) => v ?? '—' },
          {
            key: 'match', title: t('ex.match'), width: 180,
            render: (_, c) => <><Tag color={MATCH_COLORS[c.match.verdict]}>{matchLabel(c.match.verdict, t)}</Tag>{c.match.enterprise && <span className="small">{c.match.enterprise.name}</span>}</>,
          },
        ]} />
    </>
  );
}
