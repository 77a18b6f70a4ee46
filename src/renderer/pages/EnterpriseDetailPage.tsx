import { useState } from 'react';
import { Alert, App, Button, Descriptions, Result, Skeleton, Space, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { Enterprise } from '../../contract';
import { ApiError, errorText } from '../api/api-error';
import { useAuth } from '../auth/use-auth';
import { EnterpriseFormModal } from '../components/EnterpriseFormModal';
import { EnterpriseHistory } from '../components/EnterpriseHistory';
import { StatusTag } from '../components/StatusTag';
import { useQuery } from '../hooks/use-query';
import type { Translate } from '../i18n/translate';
import { useI18n } from '../i18n/use-i18n';
import { mayCall } from '../lib/access';
import { formatDateTime } from '../lib/format';
import { navigate } from '../lib/route';

function items(e: Enterprise, t: Translate): DescriptionsProps['items'] {
  const orDash = (text: string) => text || '—';
  return [
    {
      key: 'uscc',
      label: t('field.uscc'),
      children: (
        <Space wrap>
          <span className="mono">{e.uscc}</span>
          {e.usccCheckAcknowledged && <Tag color="orange">{t('detail.ackTag')}</Tag>}
        </Space>
      ),
    },
    { key: 'name', label: t('field.name'), children: e.name },
    { key: 'region', label: t('field.region'), children: `${e.regionCode} ${e.regionName}` },
    { key: 'industry', label: t('field.industry'), children: `${e.industryCode} ${e.industryName}` },
    { key: 'legalRepresentative', label: t('field.legalRepresentative'), children: orDash(e.legalRepresentative) },
    { key: 'status', label: t('field.status'), children: <StatusTag status={e.status} /> },
    { key: 'address', label: t('field.address'), children: orDash(e.address), span: 2 },
    { key: 'createdAt', label: t('field.createdAt'), children: formatDateTime(e.createdAt) },
    { key: 'updatedAt', label: t('field.updatedAt'), children: formatDateTime(e.updatedAt) },
  ];
}

/** One enterprise: every field, editing for officers, and its change history for reviewers. */
export function EnterpriseDetailPage({ id }: { id: number }) {
  const { t, locale } = useI18n();
  const { user } = useAuth();
  const { message } = App.useApp();
  const { data, error, reload } = useQuery('enterprises:get', { id });
  const [editing, setEditing] = useState(false);
  const back = <Button onClick={() => navigate({ page: 'enterprises' })}>{t('detail.back')}</Button>;

  if (error instanceof ApiError && error.code === 'E_NOT_FOUND') {
    return <Result status="404" title={t('detail.notFound')} subTitle={errorText(error, locale)} extra={back} />;
  }
  if (error !== null) return <Alert type="error" showIcon role="alert" title={errorText(error, locale)} action={back} />;
  if (!data) return <Skeleton active paragraph={{ rows: 6 }} />;

  return (
    <section aria-labelledby="enterprise-title">
      <div className="page-toolbar">
        {back}
        <Typography.Title level={4} id="enterprise-title" style={{ margin: 0 }}>
          {data.name}
        </Typography.Title>
        <StatusTag status={data.status} />
        <span className="grow" />
        {mayCall(user.role, 'enterprises:update') && (
          <Button type="primary" onClick={() => setEditing(true)}>
            {t('detail.edit')}
          </Button>
        )}
      </div>
      <Descriptions
        bordered
        column={2}
        size="small"
        items={items(data, t)}
        styles={{ label: { width: 150 } }}
        data-testid="enterprise-detail"
      />
      {mayCall(user.role, 'audit:list') && <EnterpriseHistory key={data.updatedAt} id={data.id} />}
      <EnterpriseFormModal
        open={editing}
        enterprise={data}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          message.success(t('form.saved'));
          reload();
        }}
      />
    </section>
  );
}
