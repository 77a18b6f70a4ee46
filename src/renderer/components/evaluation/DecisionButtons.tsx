import { useState } from 'react';
import { Alert, App, Button, Input, Modal, Typography } from 'antd';
import type { EvaluationRun } from '../../../contract/evaluation';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/use-i18n';

type Props = { run: EvaluationRun; onDecided: () => void };

/**
 * 审核通过 / 退回 with a confirmation and an optional note. The backend refuses the proposer
 * (E_SELF_APPROVAL); the refusal is shown in the dialog rather than hidden by a greyed button,
 * so the reviewer learns why.
 */
export function DecisionButtons({ run, onDecided }: Props) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [approve, setApprove] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  function open(value: boolean) {
    setApprove(value);
    setNote('');
    setError(null);
  }

  async function decide() {
    if (approve === null) return;
    setBusy(true);
    setError(null);
    try {
      await call('evaluation:decide', { runId: run.id, approve, note: note.trim() || undefined });
      message.success(approve ? t('eval.approved') : t('eval.rejected'));
      setApprove(null);
      onDecided();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button danger onClick={() => open(false)}>
        {t('eval.reject')}
      </Button>
      <Button type="primary" onClick={() => open(true)}>
        {t('eval.approve')}
      </Button>
      <Modal
        open={approve !== null}
        title={approve ? t('eval.approveTitle', { id: run.id }) : t('eval.rejectTitle', { id: run.id })}
        okText={approve ? t('eval.approveOk') : t('eval.rejectOk')}
        okButtonProps={{ danger: approve === false, loading: busy }}
        onOk={() => void decide()}
        onCancel={() => setApprove(null)}
        destroyOnHidden
      >
        <Typography.Paragraph>{approve ? t('eval.approveBody') : t('eval.rejectBody')}</Typography.Paragraph>
        <label htmlFor="decision-note">{t('eval.note')}</label>
        <Input.TextArea id="decision-note" rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
        {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginTop: 12 }} />}
      </Modal>
    </>
  );
}
