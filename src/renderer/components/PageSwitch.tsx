import { Result } from 'antd';
import { useAuth } from '../auth/use-auth';
import { useI18n } from '../i18n/use-i18n';
import { mayCall } from '../lib/access';
import type { Route } from '../lib/route';
import { AuditPage } from '../pages/AuditPage';
import { BackupsPage } from '../pages/BackupsPage';
import { EnterpriseDetailPage } from '../pages/EnterpriseDetailPage';
import { EnterprisesPage } from '../pages/EnterprisesPage';
import { UsersPage } from '../pages/UsersPage';

/** Pages a role cannot use say so, rather than showing a table that fails to load. */
export function PageSwitch({ route }: { route: Route }) {
  const { t } = useI18n();
  const { user } = useAuth();
  const forbidden = <Result status="403" title="403" subTitle={t('page.forbidden')} />;
  switch (route.page) {
    case 'enterprises':
      return <EnterprisesPage />;
    case 'enterprise':
      return <EnterpriseDetailPage key={route.id} id={route.id} />;
    case 'audit':
      return mayCall(user.role, 'audit:list') ? <AuditPage /> : forbidden;
    case 'users':
      return mayCall(user.role, 'users:list') ? <UsersPage /> : forbidden;
    case 'backups':
      return mayCall(user.role, 'backups:list') ? <BackupsPage /> : forbidden;
  }
}
