import { useCallback, useMemo, useState } from 'react';
import { Alert, App, Button, Descriptions, Result, Skeleton, Typography } from 'antd';
import { ApiError, errorText } from '../api/api-error';
import { useAuth } from '../auth/use-auth';
import { BanWarnings } from '../components/dossier/BanWarnings';
import { DossierStanding } from '../components/dossier/DossierStanding';
import { DossierTabs } from '../components/dossier/DossierTabs';
import { enterpriseItems } from '../components/dossier/enterprise-items';
import { EnterpriseFormModal } from '../components/EnterpriseFormModal';
import { StatusTag } from '../components/StatusTag';
import { DossierContext, type Dossier } from '../hooks/use-dossier';
import { useDossierQuery } from '../hooks/use-dossier';
import { useQuery } from '../hooks/use-query';
import { useRecordDialogs } from '../hooks/use-record-dialogs';
import { useI18n } from '../i18n/use-i18n';
import { mayCall } from '../lib/access';
import { navigate } from '../lib/route';
import { ProposeModal } from './lists/ProposeModal';

/** The header's standing and the tabs: inside the dossier context, so they share its reloads. */
function DossierBody({ id, tab, productsLoading }: { id: number; tab: string | undefined; productsLoading: boolean }) {
  const { data: summary } = useDossierQuery('dossier:summary', { enterpriseId: id });
  const dialogs = useRecordDialogs();
  return (
    <>
      <BanWarnings warnings={summary?.banWarnings} />
      <DossierStanding summary={summary} onOpenRecord={dialogs.view} />
      <DossierTabs enterpriseId={id} tab={tab} summary={summary} productsLoading={productsLoading} />
      {dialogs.element}
    </>
  );
}

/** 企业档案: the enterprise's fields, where it stands, and everything on record about it. */
export function EnterpriseDetailPage({ id, tab }: { id: number; tab?: string }) {
  const { t, locale } = useI18n();
  const { user } = useAuth();
  const { message } = App.useApp();
  const [version, setVersion] = useState(0);
  const { data, error, reload } = useQuery('enterprises:get', { id });
  const products = useQuery('products:list', { enterpriseId: id });
  const [editing, setEditing] = useState(false);
  const [proposing, setProposing] = useState(false);
  const reloadProducts = products.reload;
  const changed = useCallback(() => {
    setVersion((v) => v + 1);
    reloadProducts();
  }, [reloadProducts]);
  const dossier = useMemo<Dossier>(
    () => ({ enterpriseId: id, version, changed, canEdit: mayCall(user.role, 'records:create'), products: products.data ?? [] }),
    [id, version, changed, user.role, products.data],
  );
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
        {mayCall(user.role, 'lists:propose') && <Button onClick={() => setProposing(true)}>{t('lists.propose')}</Button>}
        {mayCall(user.role, 'enterprises:update') && (
          <Button type="primary" onClick={() => setEditing(true)}>
            {t('detail.edit')}
          </Button>
        )}
      </div>
      <Descriptions
        bordered
        column={3}
        size="small"
        items={enterpriseItems(data, t)}
        styles={{ label: { width: 130 } }}
        data-testid="enterprise-detail"
      />
      <DossierContext.Provider value={dossier}>
        <DossierBody id={id} tab={tab} productsLoading={products.loading} />
      </DossierContext.Provider>
      <EnterpriseFormModal
        open={editing}
        enterprise={data}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          message.success(t('form.saved'));
          reload();
          changed();
        }}
      />
      {proposing && (
        <ProposeModal enterprise={{ id: data.id, name: data.name }} onClose={() => setProposing(false)} onProposed={(r) => {
          setProposing(false);
          message.success(t('lists.proposed', { uid: r.entryUid }));
          navigate({ page: 'lists' });
        }} />
      )}
    </section>
  );
}
