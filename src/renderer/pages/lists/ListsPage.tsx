import { useState } from 'react';
import { Alert, App, Button, Input, Select, Space, Typography } from 'antd';
import { RED_ONLY_STATES, type RedOnlyState } from '../../../core/lists/red-cycle';
import { LIST_STATES, type ListState } from '../../../core/lists/states';
import { DEFAULT_LIST_TYPES } from '../../../core/lists/list-types';
import { errorText } from '../../api/api-error';
import { useAuth } from '../../auth/use-auth';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { mayCall } from '../../lib/access';
import { listStateLabel } from '../../lib/list-labels';
import { EntryDrawer } from './EntryDrawer';
import { ListEntriesTable } from './ListEntriesTable';
import { ProposeModal } from './ProposeModal';
import { RedCandidatesDrawer } from './RedCandidatesDrawer';

const PAGE_SIZE = 20;

/**
 * 红黑名单: every list entry, local and received, filtered by list type, state and text; an entry
 * opens in a drawer with its history and the steps the signed-in user may take next.
 */
export function ListsPage({ entryId }: { entryId?: number }) {
  const { t, locale } = useI18n();
  const { user } = useAuth();
  const { message } = App.useApp();
  const [listType, setListType] = useState<string | undefined>();
  const [state, setState] = useState<ListState | RedOnlyState | undefined>();
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<number | null>(entryId ?? null);
  const [proposing, setProposing] = useState(false);
  const [candidates, setCandidates] = useState(false);
  const entries = useQuery('lists:list', { ...(listType ? { listType } : {}), ...(state ? { state } : {}), query, page, pageSize: PAGE_SIZE });
  const mayPropose = mayCall(user.role, 'lists:propose');
  const filtered = listType !== undefined || state !== undefined || query !== '';

  return (
    <section aria-labelledby="lists-title" aria-busy={entries.loading} data-testid="lists-page">
      <div className="page-toolbar">
        <Typography.Title level={4} id="lists-title" style={{ margin: 0 }}>{t('nav.lists')}</Typography.Title>
        <Space>
          <Button onClick={() => setCandidates(true)} data-testid="red-candidates-open">{t('red.candidates')}</Button>
          {mayPropose && <Button type="primary" onClick={() => setProposing(true)}>{t('lists.propose')}</Button>}
        </Space>
      </div>
      <Typography.Paragraph type="secondary">{t('lists.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select allowClear style={{ width: 220 }} placeholder={t('lists.filter.listType')} aria-label={t('lists.filter.listType')} value={listType}
          options={DEFAULT_LIST_TYPES.map((l) => ({ value: l.id, label: l.label[locale] }))} onChange={(v: string | undefined) => { setListType(v); setPage(1); }} />
        <Select allowClear style={{ width: 220 }} placeholder={t('lists.filter.state')} aria-label={t('lists.filter.state')} value={state}
          options={[...LIST_STATES.filter((s) => s !== 'new'), ...RED_ONLY_STATES].map((s) => ({ value: s, label: listStateLabel(s, locale) }))}
          onChange={(v: ListState | RedOnlyState | undefined) => { setState(v); setPage(1); }} />
        <Input.Search allowClear style={{ width: 320 }} placeholder={t('lists.filter.query')} aria-label={t('lists.filter.query')}
          onSearch={(v) => { setQuery(v.trim()); setPage(1); }} />
      </Space>
      {entries.error !== null && <Alert type="error" showIcon role="alert" title={errorText(entries.error, locale)} style={{ marginBottom: 12 }} />}
      <ListEntriesTable page={entries.data} loading={entries.loading} onOpen={setOpenId} onPage={setPage}
        emptyText={filtered ? t('lists.emptyFiltered') : mayPropose ? `${t('lists.empty')}${t('lists.emptyHint')}` : t('lists.empty')} />
      {openId !== null && <EntryDrawer id={openId} onClose={() => setOpenId(null)} onChanged={entries.reload} />}
      {candidates && <RedCandidatesDrawer onClose={() => setCandidates(false)} onProposed={entries.reload} />}
      {proposing && (
        <ProposeModal onClose={() => setProposing(false)} onProposed={(r) => {
          setProposing(false);
          message.success(t('lists.proposed', { uid: r.entryUid }));
          entries.reload();
          setOpenId(r.id);
        }} />
      )}
    </section>
  );
}
