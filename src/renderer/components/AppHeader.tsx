import { Button, Layout, Space, Tag, Typography } from 'antd';
import { useAuth } from '../auth/use-auth';
import { useI18n } from '../i18n/use-i18n';
import { roleLabel } from '../lib/labels';
import { LanguageSwitch } from './LanguageSwitch';

export function AppHeader() {
  const { t } = useI18n();
  const { user, info, signOut } = useAuth();
  return (
    <Layout.Header className="app-header">
      <span className="app-header-workspace" title={info.workspace} data-testid="workspace-path">
        {t('header.workspace')}
        {t('common.colon')}
        <span className="mono">{info.workspace}</span>
      </span>
      <Space size="middle">
        <span data-testid="current-user">
          <Typography.Text strong>{user.displayName}</Typography.Text>
          <Tag color="blue" style={{ marginInlineStart: 8 }}>
            {roleLabel(user.role, t)}
          </Tag>
        </span>
        <LanguageSwitch />
        <Button onClick={() => void signOut()}>{t('header.logout')}</Button>
      </Space>
    </Layout.Header>
  );
}
