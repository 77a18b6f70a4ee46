import { useMemo } from 'react';
import { Button, Result, Spin } from 'antd';
import { errorText } from './api/api-error';
import { AuthContext, type Auth } from './auth/context';
import { useBoot } from './auth/use-boot';
import { MainLayout } from './components/MainLayout';
import { useI18n } from './i18n/use-i18n';
import { FirstStartPage } from './pages/FirstStartPage';
import { LoginPage } from './pages/LoginPage';

/** Chooses the screen: loading, backend unreachable, first start, login, or the app itself. */
export function Shell() {
  const { t, locale } = useI18n();
  const { state, retry, signedIn, signOut, sessionEnded } = useBoot();

  const auth = useMemo<Auth | null>(
    () => (state.phase === 'ready' ? { user: state.user, info: state.info, signOut, sessionEnded } : null),
    [state, signOut, sessionEnded],
  );

  switch (state.phase) {
    case 'loading':
      return (
        <div className="centered-page">
          <Spin size="large" description={t('common.loading')} />
        </div>
      );
    case 'failed':
      return (
        <Result
          status="error"
          title={t('boot.failed')}
          subTitle={state.noBridge ? t('boot.noBridge') : errorText(state.error, locale)}
          extra={<Button onClick={retry}>{t('common.retry')}</Button>}
        />
      );
    case 'setup':
      return <FirstStartPage info={state.info} onSignedIn={signedIn} onRestart={retry} />;
    case 'login':
      return <LoginPage info={state.info} notice={state.notice} onSignedIn={signedIn} />;
    case 'ready':
      return (
        <AuthContext.Provider value={auth}>
          <MainLayout />
        </AuthContext.Provider>
      );
  }
}
