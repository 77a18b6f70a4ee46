import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import type { Explanation } from '../../../contract/evaluation';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useAuth } from '../../auth/use-auth';
import { useI18n } from '../../i18n/use-i18n';
import { mayCall } from '../../lib/access';
import { formatDateTime } from '../../lib/format';
import { GradeTag } from './GradeTag';

type Adjustment = Explanation['adjustments'][number];
type Props = { runId: number; explanation: Explanation; grades: readonly string[]; onChanged: () => void };

const STATUS_COLORS: Record<Adjustment['status'], string> = { proposed: 'gold', approved: 'green', rejected: 'red' };

/**
 * 人工调整: an officer proposes another grade with a reason, a reviewer (not the proposer)
 * decides. Every proposal stays listed with both grades, approved or not.
 */
export function AdjustmentPanel({ runId, explanation, grades, onChanged }: Props) {
  const { t, locale } = useI18n();
  const { user } = useAuth();
  const { message } = App.useApp();
  const [toGrade, setToGrade] = useState<string | undefined>();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const pending = explanation.adjustments.some((a) => a.status === 'proposed');

  async function act(work: () => Promise<unknown>, done: string) {
    setBusy(true);
    setError(null);
    try {
      await work();
      message.success(done);
      setToGrade(undefined);
      setReason('');
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const propose = () => act(() => call('evaluation:adjust', { runId, enterpriseId: explanation.enterpriseId, toGrade: toGrade ?? '', reason }), t('adjust.proposed'));
  const decide = (a: Adjustment, approve: boolean) => act(() => call('evaluation:adjust-decide', { id: a.id, approve }), approve ? t('adjust.approved') : t('adjust.rejected'));

  return (
    <Card size="small" title={t('adjust.title')} data-testid="adjustments">
      {explanation.adjustments.length > 0 && (
        <List
          size="small"
          dataSource={explanation.adjustments}
          renderItem={(a) => (
            <List.Item
              actions={
                a.status === 'proposed' && mayCall(user.role, 'evaluation:adjust-decide')
                  ? [
                      <Button key="no" size="small" danger disabled={busy} onClick={() => void decide(a, false)}>{t('adjust.reject')}</Button>,
                      <Button key="yes" size="small" type="primary" disabled={busy} onClick={() => void decide(a, true)}>{t('adjust.approve')}</Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Space>
                    <GradeTag grade={a.fromGrade} />→<GradeTag grade={a.toGrade} />
                    <Tag color={STATUS_COLORS[a.status]}>{t(`eval.status.${a.status}`)}</Tag>
                  </Space>
                }
                description={
                  <>
                    <div>{t('adjust.reasonText', { reason: a.reason })}</div>
                    <div style={{ fontSize: 12 }}>
                      {t('adjust.by', { by: a.proposedBy, at: formatDateTime(a.proposedAt) })}
                      {a.decidedBy && ` · ${t('adjust.decidedBy', { by: a.decidedBy, at: formatDateTime(a.decidedAt ?? '') })}`}
                    </div>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      {explanation.adjustments.length === 0 && <Typography.Paragraph type="secondary">{t('adjust.none')}</Typography.Paragraph>}
      {mayCall(user.role, 'evaluation:adjust') && !pending && (
        <Form layout="vertical" style={{ marginTop: 8 }}>
          <Form.Item label={t('adjust.toGrade')} htmlFor="adjust-grade">
            <Select id="adjust-grade" value={toGrade} onChange={setToGrade} options={grades.filter((g) => g !== explanation.grade).map((g) => ({ value: g, label: g }))} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label={t('adjust.reason')} htmlFor="adjust-reason" extra={t('adjust.reasonHelp')}>
            <Input.TextArea id="adjust-reason" rows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Form.Item>
          <Button type="primary" loading={busy} disabled={!toGrade || reason.trim().length < 5} onClick={() => void propose()}>
            {t('adjust.submit')}
          </Button>
        </Form>
      )}
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginTop: 12 }} />}
    </Card>
  );
}
