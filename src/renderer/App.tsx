import { I18nProvider } from './i18n/I18nProvider';
import { Shell } from './Shell';

export function App() {
  return (
    <I18nProvider>
      <Shell />
    </I18nProvider>
  );
}
