import type { ReactNode } from 'react';
import { Card, Typography } from 'antd';
import { useI18n } from '../i18n/use-i18n';
import { LanguageSwitch } from './LanguageSwitch';

type Props = { title: string; workspace: string; children: ReactNode; width?: number };

/** The frame of the screens before sign-in: app name, workspace, language, and the form. */
export function AuthCard({ title, workspace, children, width }: Props) {
  const { t } = useI18n();
  return (
    <main className="centered-page">
      <Card className="auth-card" style={width ? { width } : undefined}>
        <div className="auth-card-header">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('app.title')}
          </Typography.Title>
          <LanguageSwitch />
        </div>
        <Typography.Paragraph type="secondary" className="auth-card-workspace" data-testid="workspace-path">
          {t('header.workspace')}
          {t('common.colon')}
          {workspace}
        </Typography.Paragraph>
        <Typography.Title level={4}>{title}</Typography.Title>
        {children}
      </Card>
    </main>
  );
}
