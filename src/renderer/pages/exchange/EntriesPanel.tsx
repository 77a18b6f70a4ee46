import { useState } from 'react';
import { Alert, Select, Table, Tag, Typography } from 'antd';
import type { OutputOf } from '../../../contract';
import { errorText } from '../../api/api-error';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { listStateLabel, listTypeLabel } from '../../lib/list-labels';
import { navigate } from '../../lib/route';
import { MATCH_COLORS, matchLabel } from './exchange-labels';

type Entry = OutputOf<'exchange:entries'>['items'][number];
type MatchState = Entry['matchState'];

const PAGE_SIZE = 50;

/** Entries other agencies listed (joint punishment), filterable by how they match our register. */
export function EntriesPanel() {
  const { t, locale } = useI18n();
  const [page, setPage] = useState(1);
  const [matchState, setMatchState] = useState<MatchState | 'all'>('all');
  const entries = useQuery('exchange:entries', { page, pageSize: PAGE_SIZE, ...(matchState === 'all' ? {} : { matchState }) });
  const states: MatchState[] = ['linked', 'review', 'none'];
  return (
    <div data-testid="ex-entries" aria-busy={entries.loading}>
      <div className="page-toolbar">
        <Typography.Text>{t('ex.filterMatch')}</Typography.Text>
        <Select<MatchState | 'all'> value={matchState} style={{ width: 160 }} aria-label={t('ex.filterMatch')}
          onChange={(v) => { setMatchState(v); setPage(1); }}
          options={[{ value: 'all', label: t('ex.filterAll') }, ...states.map((s) => ({ value: s, label: matchLabel(s, t) }))]} />
      </div>
      {entries.error !== null && <Alert type="error" showIcon role="alert" title={errorText(entries.error, locale)} style={{ marginBottom: 12 }} />}
      <Table<Entry> rowKey="entryId" size="small" loading={entries.loading} dataSource={entries.data?.items ?? []} data-testid="ex-entries-table"
        locale={{ emptyText: t('ex.noEntries') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: entries.data?.total ?? 0, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          {
            key: 'subject', title: t('ex.subject'),
            render: (_, e) => <><div>{e.enterpriseId !== null
              ? <Typography.Link onClick={() => e.enterpriseId !== null && navigate({ page: 'enterprise', id: e.enterpriseId })}>{e.subjectName}</Typography.Link>
              : e.subjectName}</div><Typography.Text type="secondary" className="mono">{e.subjectUscc ?? '—'}</Typography.Text></>,
          },
          { key: 'issuer', title: t('ex.issuer'), render: (_, e) => e.agencyName ?? e.issuer },
          { key: 'listType', title: t('ex.listType'), dataIndex: 'listType', width: 200, render: (v: string) => listTypeLabel(v, locale) },
          { key: 'status', title: t('ex.status'), dataIndex: 'status', width: 90, render: (v: string) => listStateLabel(v, locale) },
          { key: 'reason', title: t('ex.reason'), dataIndex: 'reason', ellipsis: true },
          { key: 'listedOn', title: t('ex.listedOn'), dataIndex: 'listedOn', width: 110, render: (v: string | null) => v ?? '—' },
          { key: 'match', title: t('ex.match'), dataIndex: 'matchState', width: 100, render: (v: MatchState) => <Tag color={MATCH_COLORS[v]}>{matchLabel(v, t)}</Tag> },
        ]} />
    </div>
  );
}
