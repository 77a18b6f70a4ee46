import { Tabs } from 'antd';
import type { TabsProps } from 'antd';
import type { DossierSummary } from '../../../contract/dossier';
import { RECORD_KINDS, type RecordKind } from '../../../core/records/record';
import { useI18n } from '../../i18n/use-i18n';
import { kindLabel } from '../../lib/record-labels';
import { replaceRoute } from '../../lib/route';
import { RecordTable } from '../records/RecordTable';
import { RecordTimeline } from '../records/RecordTimeline';
import { AttachmentList } from './AttachmentList';
import { DossierHistoryTab } from './DossierHistoryTab';
import { ProductsTab } from './ProductsTab';

type Props = { enterpriseId: number; tab: string | undefined; summary: DossierSummary | undefined; productsLoading: boolean };

/** The dossier's tabs; the open one is part of the address, so reload and back keep it. */
export function DossierTabs({ enterpriseId, tab, summary, productsLoading }: Props) {
  const { t, locale } = useI18n();
  const count = (kind: RecordKind) => summary?.counts.find((c) => c.kind === kind)?.total ?? 0;
  const items: TabsProps['items'] = [
    { key: 'timeline', label: t('dossier.timeline'), children: <RecordTimeline /> },
    ...RECORD_KINDS.map((kind) => ({
      key: kind,
      label: count(kind) > 0 ? `${kindLabel(kind, locale)} (${count(kind)})` : kindLabel(kind, locale),
      children: <RecordTable kind={kind} />,
    })),
    { key: 'products', label: t('dossier.products'), children: <ProductsTab loading={productsLoading} /> },
    {
      key: 'attachments',
      label: t('dossier.attachments'),
      children: <AttachmentList title={t('attach.ofDossier')} attachments={summary?.attachments ?? []} />,
    },
    { key: 'history', label: t('dossier.history'), children: <DossierHistoryTab /> },
  ];
  const active = items.some((i) => i.key === tab) ? tab : 'timeline';
  return (
    <Tabs
      style={{ marginTop: 16 }}
      activeKey={active}
      items={items}
      onChange={(key) => replaceRoute({ page: 'enterprise', id: enterpriseId, tab: key })}
      destroyOnHidden
    />
  );
}
