import { Alert, Typography } from 'antd';
import type { BanWarning } from '../../../contract/todo';
import { useI18n } from '../../i18n/use-i18n';
import { listTypeLabel } from '../../lib/list-labels';
import { navigate } from '../../lib/route';

/**
 * Bans follow people: a person under a listing in force who serves as this enterprise's legal
 * representative is named at the top of the dossier, with the way to the listing.
 */
export function BanWarnings({ warnings }: { warnings: readonly BanWarning[] | undefined }) {
  const { t, locale } = useI18n();
  if (!warnings || warnings.length === 0) return null;
  const unknown = t('dossier.ban.unknownDate');
  return (
    <Alert type="error" showIcon role="alert" style={{ marginTop: 16 }} data-testid="dossier-ban-warnings" title={t('dossier.ban.title')}
      description={(
        <ul className="plain-list">
          {warnings.map((w) => (
            <li key={`${w.entryId}-${w.personId}`}>
              {t('dossier.ban.line', {
                person: w.personName, list: listTypeLabel(w.listType, locale), subject: w.listedSubject,
                listedOn: w.listedOn ?? unknown, appointedOn: w.appointedOn ?? unknown,
              })}{' '}
              <Typography.Link onClick={() => navigate({ page: 'lists', entryId: w.entryId })}>{t('dossier.ban.open')}</Typography.Link>
            </li>
          ))}
        </ul>
      )} />
  );
}
