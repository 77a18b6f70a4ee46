import { Typography } from 'antd';
import { useI18n } from '../i18n/use-i18n';
import { changedFields } from '../lib/audit-diff';
import { auditValue } from '../lib/audit-labels';
import { fieldLabel, fieldRank } from '../lib/labels';

/** An audit row's changes as "field: before → after"; a creation shows only the new values. */
export function ChangeList({ before, after }: { before: unknown; after: unknown }) {
  const { t, locale } = useI18n();
  const changes = changedFields(before, after).sort((a, b) => fieldRank(a.field) - fieldRank(b.field));
  if (changes.length === 0) return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  const created = before === null || before === undefined;
  return (
    <ul className="change-list">
      {changes.map((c) => (
        <li key={c.field}>
          <Typography.Text strong>{fieldLabel(c.field, t)}</Typography.Text>
          {t('common.colon')}
          {!created && (
            <>
              <span className="change-before">{auditValue(c.field, c.before, locale, t)}</span> →{' '}
            </>
          )}
          <span>{auditValue(c.field, c.after, locale, t)}</span>
        </li>
      ))}
    </ul>
  );
}
