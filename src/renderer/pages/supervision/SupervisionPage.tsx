import { useState } from 'react';
import { Space, Typography } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import { ClassesSection } from './ClassesSection';
import { ConfigSection } from './ConfigSection';
import { DrawSection } from './DrawSection';

/** 分级分类监管: who falls in which mode, the matrix and plans behind it, and the year's random lists. */
export function SupervisionPage() {
  const { t } = useI18n();
  // Bumped after a save: the classes are computed on read, so remounting re-reads them under the new matrix.
  const [version, setVersion] = useState(0);
  return (
    <section aria-labelledby="sup-title" data-testid="supervision-page">
      <div className="page-toolbar">
        <Typography.Title level={4} id="sup-title" style={{ margin: 0 }}>{t('nav.supervision')}</Typography.Title>
      </div>
      <Typography.Paragraph type="secondary">{t('sup.intro')}</Typography.Paragraph>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <ClassesSection key={version} />
        <DrawSection />
        <ConfigSection onSaved={() => setVersion((v) => v + 1)} />
      </Space>
    </section>
  );
}
