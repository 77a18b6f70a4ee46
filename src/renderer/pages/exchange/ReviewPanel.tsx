import { useState } from 'react';
import { Alert, App, Empty, Spin, Typography } from 'antd';
import type { OutputOf } from '../../../contract';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { ReviewEntryCard, type Decision } from './ReviewEntryCard';

type Item = OutputOf<'exchange:review-list'>['items'][number];

/** External entries named without a settling code: a person says whether a similar firm of ours is the same. */
export function ReviewPanel() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const queue = useQuery('exchange:review-list', { page: 1, pageSize: 50 });
  const [busy, setBusy] = useState(false);

  async function decide(item: Item, enterpriseId: number | null, decision: Decision) {
    setBusy(true);
    try {
      const done = await call('exchange:review-resolve', { entryId: item.entryId, enterpriseId, decision });
      message.success(done.decision === 'same' ? t('ex.decided.same', { count: done.linkedEntryIds.length }) : t('ex.decided.other'));
      queue.reload();
    } catch (cause) {
      message.error(errorText(cause, locale));
    } finally {
      setBusy(false);
    }
  }

  const items = queue.data?.items ?? [];
  return (
    <div data-testid="ex-review" aria-busy={queue.loading}>
      <Typography.Paragraph type="secondary">{t('ex.reviewIntro')}</Typography.Paragraph>
      {queue.error !== null && <Alert type="error" showIcon role="alert" title={errorText(queue.error, locale)} style={{ marginBottom: 12 }} />}
      {queue.loading && !queue.data && <Spin />}
      {queue.data && items.length === 0 && <Empty description={t('ex.noReview')} />}
      {items.map((item) => <ReviewEntryCard key={item.entryId} item={item} busy={busy} onDecide={(id, d) => void decide(item, id, d)} />)}
    </div>
  );
}
