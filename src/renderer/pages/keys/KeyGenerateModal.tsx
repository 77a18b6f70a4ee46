import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Radio, Typography } from 'antd';
import type { OutputOf } from '../../../contract';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/use-i18n';
import { blamedField } from '../../lib/form-errors';
import { PassphraseFields } from './PassphraseFields';

type Agency = OutputOf<'keys:list'>['agency'];
type Values = { alg: 'ed25519' | 'sm2'; agencyCode?: string; agencyName?: string; passphrase: string; passphrase2: string };
type Props = {
  agency: Agency;
  /** Algorithms that already have an active key: a second one is a rotation. */
  taken: readonly string[];
  /** With an active key, the passphrase must be the one that opens it (all keys share one). */
  hasActive: boolean;
  onClose: () => void;
  onGenerated: (result: OutputOf<'keys:generate'>) => void;
};

const FIELDS = ['alg', 'agencyCode', 'agencyName', 'passphrase'] as const;

/** 生成签名密钥: the algorithm, the agency the first time, and the passphrase that seals the key. */
export function KeyGenerateModal({ agency, taken, hasActive, onClose, onGenerated }: Props) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const free = (['ed25519', 'sm2'] as const).filter((a) => !taken.includes(a === 'sm2' ? 'sm2-sm3' : a));

  async function submit(v: Values) {
    setBusy(true);
    setError(null);
    try {
      const agencyInput = agency ? {} : { agencyCode: v.agencyCode, agencyName: v.agencyName };
      onGenerated(await call('keys:generate', { alg: v.alg, passphrase: v.passphrase, ...agencyInput }));
    } catch (cause) {
      const field = blamedField(cause, FIELDS);
      if (field) form.setFields([{ name: field, errors: [errorText(cause, locale)] }]);
      else setError(cause);
    } finally {
      setBusy(false);
    }
  }

  const required = (field: string) => ({ required: true, message: t('form.required', { field }) });
  return (
    <Modal open title={t('keys.generate')} footer={null} onCancel={busy ? undefined : onClose} closable={!busy} destroyOnHidden mask={{ closable: false }}>
      <Form<Values> name="key-generate" form={form} layout="vertical" initialValues={{ alg: free[0] ?? 'ed25519' }} onFinish={(v) => void submit(v)} aria-label={t('keys.generate')}>
        <Form.Item name="alg" label={t('keys.alg')} extra={t('keys.algHelp')}>
          <Radio.Group>
            <Radio value="ed25519" disabled={!free.includes('ed25519')}>Ed25519</Radio>
            <Radio value="sm2" disabled={!free.includes('sm2')}>{t('keys.alg.sm2')}</Radio>
          </Radio.Group>
        </Form.Item>
        {agency ? (
          <Typography.Paragraph>
            {t('keys.agency')}
            {t('common.colon')}
            {agency.name}（{agency.code}）
          </Typography.Paragraph>
        ) : (
          <>
            <Typography.Paragraph type="secondary">{t('keys.agencyFirst')}</Typography.Paragraph>
            <Form.Item name="agencyName" label={t('keys.agencyName')} rules={[required(t('keys.agencyName')), { max: 200 }]}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="agencyCode" label={t('keys.agencyCode')} rules={[required(t('keys.agencyCode')), { max: 64 }]}>
              <Input autoComplete="off" className="mono" />
            </Form.Item>
          </>
        )}
        {hasActive && <Alert type="info" showIcon title={t('keys.sharedPassphrase')} style={{ marginBottom: 12 }} />}
        <PassphraseFields name="passphrase" repeatName="passphrase2" label={t('keys.passphrase')} repeatLabel={t('keys.passphrase2')} />
        {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
        <div className="modal-actions">
          <Button onClick={onClose} disabled={busy}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy}>{t('keys.generateOk')}</Button>
        </div>
      </Form>
    </Modal>
  );
}
