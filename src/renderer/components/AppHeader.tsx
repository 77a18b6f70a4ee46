import { useState } from 'react';
import { Button, Dropdown, Layout, Space, Tag, Typography } from 'antd';
import { lockNow } from '../auth/idle-lock-events';
import { useAuth } from '../auth/use-auth';
import { useI18n } from '../i18n/use-i18n';
import { roleLabel } from '../lib/labels';
import { LanguageSwitch } from './LanguageSwitch';
import { PasswordChangeModal } from './PasswordChangeModal';

export function AppHeader() {
  const { t } = useI18n();
  const { user, info, signOut } = useAuth();
  const [changing, setChanging] = useState(false);
  const menu = {
    items: [
      { key: 'password', label: t('password.change') },
      { key: 'lock', label: t('lock.now') },
    ],
    onClick: ({ key }: { key: string }) => (key === 'lock' ? lockNow() : setChanging(true)),
  };
  return (
    <Layout.Header className="app-header">
      <span className="app-header-workspace" title={info.workspace} data-testid="workspace-path">
        {t('header.workspace')}
        {t('common.colon')}
        <span className="mono">{info.workspace}</span>
      </span>
      <Space size="middle">
        <Dropdown menu={menu} trigger={['click']}>
          <Button type="text" data-testid="current-user">
            <Typography.Text strong>{user.displayName}</Typography.Text>
            <Tag color="blue" style={{ marginInlineStart: 8 }}>
              {roleLabel(user.role, t)}
            </Tag>
          </Button>
        </Dropdown>
        <LanguageSwitch />
        <Button onClick={() => void signOut()}>{t('header.logout')}</Button>
      </Space>
      <PasswordChangeModal open={changing} onClose={() => setChanging(false)} />
    </Layout.Header>
  );
}
