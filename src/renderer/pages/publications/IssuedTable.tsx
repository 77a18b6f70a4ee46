import { useMemo } from 'react';
import { Button, Empty, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { IssuedPackage } from '../../../contract';
import { useI18n } from '../../i18n/use-i18n';
import { formatDateTime } from '../../lib/format';
import { listScopeLabel } from '../../lib/signing-labels';

type Props = {
  rows: IssuedPackage[] | undefined;
  loading: boolean;
  emptyText: string;
  onExport: (p: IssuedPackage) => void;
  onVerify: (p: IssuedPackage) => void;
};

/** 已发布的公告: one row per publication, newest first, with the digest receivers compare. */
export function IssuedTable({ rows, loading, emptyText, onExport, onVerify }: Props) {
  const { t, locale } = useI18n();
  const columns = useMemo<TableColumnsType<IssuedPackage>>(() => [
    { key: 'docNo', title: t('pub.docNo'), dataIndex: 'docNo', width: 190 },
    { key: 'listType', title: t('pub.listType'), dataIndex: 'listType', width: 130, render: (v: string | null) => listScopeLabel(v, t, locale) },
    { key: 'period', title: t('pub.period'), width: 190, render: (_, p) => `${p.periodFrom ?? '—'} — ${p.periodTo ?? '—'}` },
    { key: 'entries', title: t('pub.entries'), dataIndex: 'entries', width: 70, align: 'right' },
    { key: 'sequence', title: t('pub.sequence'), dataIndex: 'sequence', width: 60, align: 'right' },
    { key: 'issuedAt', title: t('pub.issuedAt'), width: 170, render: (_, p) => `${formatDateTime(p.issuedAt).slice(0, 10)} · ${p.issuedBy}` },
    { key: 'manifest', title: t('pub.manifestSha256'), dataIndex: 'manifestSha256', render: (v: string) => <span className="mono small hash-cell">{v}</span> },
    {
      key: 'actions', title: t('backups.actions'), width: 150,
      render: (_, p) => (
        <Space size={4} wrap>
          <Button type="link" size="small" style={{ paddingInline: 0 }} aria-label={t('pub.exportLabel', { docNo: p.docNo ?? '' })} onClick={() => onExport(p)}>{t('pub.exportAgain')}</Button>
          <Button type="link" size="small" aria-label={t('pub.verifyLabel', { docNo: p.docNo ?? '' })} onClick={() => onVerify(p)}>{t('pub.verify')}</Button>
        </Space>
      ),
    },
  ], [t, locale, onExport, onVerify]);
  return (
    <Table<IssuedPackage> rowKey="id" size="middle" columns={columns} dataSource={rows ? [...rows].reverse() : []} loading={loading}
      data-testid="issued-table" locale={{ emptyText: !rows ? ' ' : <Empty description={emptyText} /> }}
      pagination={rows && rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false} />
  );
}
