import { Result } from 'antd';
import { useAuth } from '../auth/use-auth';
import { useI18n } from '../i18n/use-i18n';
import { mayCall } from '../lib/access';
import type { Route } from '../lib/route';
import { AnnouncementsPage } from '../pages/AnnouncementsPage';
import { AnnualReportPage } from '../pages/AnnualReportPage';
import { AuditPage } from '../pages/AuditPage';
import { BackupsPage } from '../pages/BackupsPage';
import { EnterpriseDetailPage } from '../pages/EnterpriseDetailPage';
import { EnterprisesPage } from '../pages/EnterprisesPage';
import { EvaluationPage } from '../pages/EvaluationPage';
import { HomePage } from '../pages/HomePage';
import { ImportPage } from '../pages/ImportPage';
import { ReviewPage } from '../pages/ReviewPage';
import { SynonymsPage } from '../pages/SynonymsPage';
import { TrashPage } from '../pages/TrashPage';
import { UsersPage } from '../pages/UsersPage';
import { KeysPage } from '../pages/keys/KeysPage';
import { PublicationsPage } from '../pages/publications/PublicationsPage';
import { ListsPage } from '../pages/lists/ListsPage';
import { SupervisionPage } from '../pages/supervision/SupervisionPage';
import { TodoPage } from '../pages/todo/TodoPage';
import { VerifyPage } from '../pages/verify/VerifyPage';
import { ExchangePage } from '../pages/exchange/ExchangePage';
import { TrustPage } from '../pages/trust/TrustPage';

/** Pages a role cannot use say so, rather than showing a table that fails to load. */
export function PageSwitch({ route }: { route: Route }) {
  const { t } = useI18n();
  const { user } = useAuth();
  const forbidden = <Result status="403" title="403" subTitle={t('page.forbidden')} />;
  switch (route.page) {
    case 'enterprises':
      return <EnterprisesPage />;
    case 'enterprise':
      return <EnterpriseDetailPage key={route.id} id={route.id} tab={route.tab} />;
    case 'import':
      return mayCall(user.role, 'imports:preview') ? <ImportPage /> : forbidden;
    case 'announcements':
      return mayCall(user.role, 'announcements:preview') ? <AnnouncementsPage /> : forbidden;
    case 'review':
      return mayCall(user.role, 'review:list') ? <ReviewPage /> : forbidden;
    case 'synonyms':
      return mayCall(user.role, 'synonyms:update') ? <SynonymsPage /> : forbidden;
    case 'trash':
      return <TrashPage />;
    case 'audit':
      return mayCall(user.role, 'audit:list') ? <AuditPage /> : forbidden;
    case 'users':
      return mayCall(user.role, 'users:list') ? <UsersPage /> : forbidden;
    case 'backups':
      return mayCall(user.role, 'backups:list') ? <BackupsPage /> : forbidden;
    case 'home':
      return <HomePage />;
    case 'evaluation':
      return mayCall(user.role, 'evaluation:runs') ? <EvaluationPage runId={route.runId} enterpriseId={route.enterpriseId} tab={route.tab} /> : forbidden;
    case 'keys':
      return mayCall(user.role, 'keys:list') ? <KeysPage /> : forbidden;
    case 'lists':
      return mayCall(user.role, 'lists:list') ? <ListsPage key={route.entryId ?? 0} entryId={route.entryId} /> : forbidden;
    case 'todo':
      return mayCall(user.role, 'todo:list') ? <TodoPage /> : forbidden;
    case 'supervision':
      return mayCall(user.role, 'supervision:classes') ? <SupervisionPage /> : forbidden;
    case 'publications':
      return mayCall(user.role, 'publications:list') ? <PublicationsPage /> : forbidden;
    case 'verify':
      return mayCall(user.role, 'packages:inspect') ? <VerifyPage key={route.id ?? 0} issuedId={route.id} /> : forbidden;
    case 'exchange':
      return mayCall(user.role, 'exchange:streams') ? <ExchangePage /> : forbidden;
    case 'trust':
      return mayCall(user.role, 'trust:list') ? <TrustPage /> : forbidden;
    case 'annual-report':
      return mayCall(user.role, 'evaluation:report') ? <AnnualReportPage key={route.runId ?? 0} runId={route.runId} /> : forbidden;
  }
}
