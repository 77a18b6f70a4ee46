import { useState } from 'react';
import { Alert, App, Empty, Input, Pagination, Spin, Typography } from 'antd';
import { errorText } from '../api/api-error';
import { call } from '../api/client';
import { ReviewGroupCard, type Decision } from '../components/announcements/ReviewGroupCard';
import { useQuery } from '../hooks/use-query';
import { useI18n } from '../i18n/use-i18n';

type Filter = { page: number; pageSize: number; query?: string };

/**
 * 待核实: firms that announcements name without a code, grouped by name and place. A person
 * decides per candidate (same / not the same / unsure) or links by credit code; a 'same' links
 * every waiting record of the firm. Nothing here is decided by the program.
 */
export function ReviewPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<Filter>({ page: 1, pageSize: 20 });
  const { data, error, loading, reload } = useQuery('review:list', filter);
  const [busy, setBusy] = useState(false);

  async function act(run: () => Promise<string>) {
    setBusy(true);
    try {
      message.success(await run());
      reload();
    } catch (e) {
      message.error(errorText(e, locale));
    } finally {
      setBusy(false);
    }
  }

  const decide = (group: NonNullable<typeof data>['items'][number], candidate: { enterpriseId: number; name: string } | null, decision: Decision) =>
    void act(async () => {
      const recordId = group.records[0]?.id ?? 0;
      const r = await call('review:resolve', { recordId, enterpriseId: candidate?.enterpriseId ?? null, decision });
      if (decision === 'same') return t('rev.linked', { name: candidate?.name ?? '', count: r.linkedRecordIds.length });
      return decision === 'not-same' ? t('rev.ruledOut') : t('rev.keptWaiting');
    });

  const link = (group: NonNullable<typeof data>['items'][number], uscc: string) =>
    void act(async () => {
      const r = await call('review:link-uscc', { recordId: group.records[0]?.id ?? 0, uscc });
      return t('rev.linked', { name: uscc, count: r.linkedRecordIds.length });
    });

  return (
    <section aria-labelledby="review-title" aria-busy={loading} data-testid="review">
      <div className="page-toolbar">
        <Typography.Title level={4} id="review-title" style={{ margin: 0 }}>{t('nav.review')}</Typography.Title>
        {data && <Typography.Text type="secondary" data-testid="review-count">{t('rev.count', { firms: data.total, records: data.records })}</Typography.Text>}
        <span className="grow" />
        <Input.Search
          allowClear
          style={{ width: 260 }}
          placeholder={t('rev.search')}
          aria-label={t('rev.search')}
          onSearch={(q) => setFilter((f) => ({ page: 1, pageSize: f.pageSize, ...(q.trim() ? { query: q.trim() } : {}) }))}
        />
      </div>
      <Typography.Paragraph type="secondary">{t('rev.intro')}</Typography.Paragraph>
      {error !== null && error !== undefined && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
      {!data && loading && <Spin />}
      {data && data.items.length === 0 && <Empty description={t('rev.empty')} />}
      {data?.items.map((g) => <ReviewGroupCard key={g.subjectKey} group={g} busy={busy} onDecide={decide} onLink={link} />)}
      {data && data.total > filter.pageSize && (
        <Pagination current={filter.page} pageSize={filter.pageSize} total={data.total} showSizeChanger={false} onChange={(page) => setFilter((f) => ({ ...f, page }))} />
      )}
    </section>
  );
}
