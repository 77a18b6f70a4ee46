import type { TableColumnsType } from 'antd';
import type { EvaluationRun } from '../../../contract/evaluation';
import type { Translate } from '../../i18n/translate';
import { formatDateTime } from '../../lib/format';
import { RunStatusTag } from './RunStatusTag';

/** The grade counts in one line (AAA 3 · AA 40 · …): the shape of a run at a glance. */
export function countsText(counts: EvaluationRun['counts']): string {
  return counts.map((c) => `${c.grade} ${c.count}`).join(' · ');
}

export function runColumns(t: Translate): TableColumnsType<EvaluationRun> {
  return [
    { key: 'id', title: t('eval.run'), dataIndex: 'id', width: 80, render: (id: number) => `#${id}` },
    { key: 'asOf', title: t('eval.asOf'), dataIndex: 'asOf', width: 120 },
    { key: 'model', title: t('eval.model'), render: (_, r) => `${r.modelId} v${r.modelVersion}` },
    { key: 'enterprises', title: t('eval.enterprises'), dataIndex: 'enterprises', width: 90, align: 'right' },
    { key: 'counts', title: t('eval.counts'), render: (_, r) => countsText(r.counts) },
    { key: 'status', title: t('eval.statusCol'), dataIndex: 'status', width: 90, render: (s: EvaluationRun['status']) => <RunStatusTag status={s} /> },
    { key: 'proposed', title: t('eval.proposed'), render: (_, r) => `${r.proposedBy} · ${formatDateTime(r.proposedAt)}` },
    {
      key: 'decided',
      title: t('eval.decided'),
      render: (_, r) => (r.decidedBy ? `${r.decidedBy} · ${formatDateTime(r.decidedAt ?? '')}` : '—'),
    },
  ];
}
