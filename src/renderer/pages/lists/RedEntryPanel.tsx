import { useState } from 'react';
import { Alert, Button, Space, Typography } from 'antd';
import type { OutputOf } from '../../../contract';
import { pendingSuspension, redActionsIn, type RedAction } from '../../../core/lists/red-cycle';
import { useAuth } from '../../auth/use-auth';
import { useI18n } from '../../i18n/use-i18n';
import { mayCall } from '../../lib/access';
import { listEventLabel } from '../../lib/list-labels';
import { RedActionModal } from './RedActionModal';

type Props = { detail: OutputOf<'lists:get'>; onChanged: () => void };

/**
 * A red entry's own steps in the drawer: a pending suspension proposal (a negative record arrived
 * while listed) shown first, then the decisions a reviewer may take. The proposer is not offered
 * the decision on their own proposal (the backend refuses it anyway).
 */
export function RedEntryPanel({ detail, onChanged }: Props) {
  const { t, locale } = useI18n();
  const { user } = useAuth();
  const [action, setAction] = useState<RedAction | null>(null);
  const { entry, events } = detail;
  const pending = pendingSuspension(entry.state, events);
  const own = entry.proposedBy === user.username;
  const decides = (a: RedAction) => (a === 'approve' || a === 'reject' ? mayCall(user.role, 'red:decide') && !own : mayCall(user.role, 'red:suspension'));
  const actions = redActionsIn(entry.state).filter(decides);

  return (
    <>
      {pending && (
        <Alert type="warning" showIcon data-testid="red-pending-suspension" style={{ marginTop: 12 }}
          title={t('red.pending.title')} description={t('red.pending.body', { date: pending.onDate, note: pending.note ?? '' })} />
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>{t('red.actions')}</Typography.Title>
      {entry.state === 'proposed' && own && <Typography.Paragraph type="secondary">{t('red.ownProposal')}</Typography.Paragraph>}
      {actions.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('red.noActions')}</Typography.Paragraph>
      ) : (
        <Space wrap data-testid="red-entry-actions">
          {actions.map((a) => (
            <Button key={a} type={a === 'approve' || (a === 'suspend' && pending) ? 'primary' : 'default'} danger={a === 'remove'} onClick={() => setAction(a)}>
              {listEventLabel(a, locale, 'red')}
            </Button>
          ))}
        </Space>
      )}
      {action !== null && <RedActionModal entryId={entry.id} action={action} onClose={() => setAction(null)} onDone={() => { setAction(null); onChanged(); }} />}
    </>
  );
}
