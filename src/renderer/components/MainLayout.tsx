import { Layout, Menu } from 'antd';
import type { MenuProps } from 'antd';
import { useAuth } from '../auth/use-auth';
import { useRoute } from '../hooks/use-route';
import { useI18n } from '../i18n/use-i18n';
import { mayCall } from '../lib/access';
import { navigate, type Route } from '../lib/route';
import { AppHeader } from './AppHeader';
import { IdleLock } from './IdleLock';
import { PageSwitch } from './PageSwitch';

type MenuKey = Exclude<Route['page'], 'enterprise'>;

function menuKeyOf(route: Route): MenuKey {
  if (route.page === 'annual-report') return 'evaluation';
  // The synonym table is a setting of the announcement import, opened from its page.
  if (route.page === 'synonyms') return 'announcements';
  return route.page === 'enterprise' ? 'enterprises' : route.page;
}

export function MainLayout() {
  const { t } = useI18n();
  const { user } = useAuth();
  const route = useRoute();

  const items: NonNullable<MenuProps['items']> = [
    { key: 'home', label: t('nav.home') },
    ...(mayCall(user.role, 'todo:list') ? [{ key: 'todo', label: t('nav.todo') }] : []),
    { key: 'enterprises', label: t('nav.enterprises') },
    ...(mayCall(user.role, 'evaluation:runs') ? [{ key: 'evaluation', label: t('nav.evaluation') }] : []),
    ...(mayCall(user.role, 'lists:list') ? [{ key: 'lists', label: t('nav.lists') }] : []),
    ...(mayCall(user.role, 'supervision:classes') ? [{ key: 'supervision', label: t('nav.supervision') }] : []),
    ...(mayCall(user.role, 'imports:preview') ? [{ key: 'import', label: t('nav.import') }] : []),
    ...(mayCall(user.role, 'announcements:preview') ? [{ key: 'announcements', label: t('nav.announcements') }] : []),
    ...(mayCall(user.role, 'review:list') ? [{ key: 'review', label: t('nav.review') }] : []),
    ...(mayCall(user.role, 'publications:list') ? [{ key: 'publications', label: t('nav.publications') }] : []),
    ...(mayCall(user.role, 'packages:inspect') ? [{ key: 'verify', label: t('nav.verify') }] : []),
    ...(mayCall(user.role, 'keys:list') ? [{ key: 'keys', label: t('nav.keys') }] : []),
    ...(mayCall(user.role, 'exchange:streams') ? [{ key: 'exchange', label: t('nav.exchange') }] : []),
    ...(mayCall(user.role, 'trust:list') ? [{ key: 'trust', label: t('nav.trust') }] : []),
    { key: 'trash', label: t('nav.trash') },
    ...(mayCall(user.role, 'audit:list') ? [{ key: 'audit', label: t('nav.audit') }] : []),
    ...(mayCall(user.role, 'users:list') ? [{ key: 'users', label: t('nav.users') }] : []),
    ...(mayCall(user.role, 'backups:list') ? [{ key: 'backups', label: t('nav.backups') }] : []),
  ];

  return (
    <Layout style={{ height: '100%' }}>
      <Layout.Sider width={200} breakpoint="lg" collapsedWidth={0}>
        <div className="app-brand">{t('app.title')}</div>
        <nav aria-label={t('nav.menu')}>
          <Menu
            theme="dark"
            mode="inline"
            items={items}
            selectedKeys={[menuKeyOf(route)]}
            onClick={({ key }) => navigate({ page: key as MenuKey })}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <AppHeader />
        <Layout.Content className="app-content">
          <PageSwitch route={route} />
        </Layout.Content>
      </Layout>
      <IdleLock />
    </Layout>
  );
}
