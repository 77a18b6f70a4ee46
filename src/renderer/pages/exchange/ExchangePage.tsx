import { useState } from 'react';
import { Alert, Tabs, Typography } from 'antd';
import { useAuth } from '../../auth/use-auth';
import { useI18n } from '../../i18n/use-i18n';
import { mayCall } from '../../lib/access';
import { EntriesPanel } from './EntriesPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { ReviewPanel } from './ReviewPanel';
import { StreamsPanel } from './StreamsPanel';

/**
 * 互联共享: red/black list packages exchanged with partner agencies — import a partner's package
 * after a preview, issue our own (reviewers and administrators), the streams, the external entries
 * held here and the ones waiting for a person to identify the enterprise.
 */
export function ExchangePage() {
  const { t } = useI18n();
  const { user } = useAuth();
  const [tab, setTab] = useState('import');
  const mayExport = mayCall(user.role, 'exchange:export');
  const items = [
    { key: 'import', label: t('ex.tab.import'), children: <ImportPanel /> },
    {
      key: 'export', label: t('ex.tab.export'),
      children: mayExport ? <ExportPanel /> : <Alert type="info" showIcon title={t('ex.exportOnly')} />,
    },
    { key: 'streams', label: t('ex.tab.streams'), children: <StreamsPanel /> },
    { key: 'entries', label: t('ex.tab.entries'), children: <EntriesPanel /> },
    { key: 'review', label: t('ex.tab.review'), children: <ReviewPanel /> },
  ];
  return (
    <section aria-labelledby="exchange-title" data-testid="exchange-page">
      <div className="page-toolbar">
        <Typography.Title level={4} id="exchange-title" style={{ margin: 0 }}>{t('nav.exchange')}</Typography.Title>
      </div>
      <Typography.Paragraph type="secondary">{t('ex.intro')}</Typography.Paragraph>
      {/* Hidden tabs are unmounted so each one reads fresh data when opened after an import. */}
      <Tabs activeKey={tab} onChange={setTab} items={items} destroyOnHidden />
    </section>
  );
}
