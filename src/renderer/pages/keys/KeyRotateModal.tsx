import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Select } from 'antd';
import type { OutputOf, SigningKeyView } from '../../../contract';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/use-i18n';
import { blamedField } from '../../lib/form-errors';
import { algLabel, contractAlgOf } from '../../lib/signing-labels';
import { PassphraseFields } from './PassphraseFields';

type Values = { alg: 'ed25519' | 'sm2'; passphrase: string; newPassphrase: string; newPassphrase2: string };
type Props = { active: readonly SigningKeyView[]; onClose: () => void; onRotated: (result: OutputOf<'keys:rotate'>) => void };

const FIELDS = ['alg', 'passphrase', 'newPassphrase'] as const;

/**
 * 轮换签名密钥, behind its consequences: the old key stops signing and stays valid only for
 * packages already issued, and a rotation package signed by both keys must reach every receiver.
 */
export function KeyRotateModal({ active, onClose, onRotated }: Props) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(v: Values) {
    setBusy(true);
    setError(null);
    try {
      onRotated(await call('keys:rotate', { alg: v.alg, passphrase: v.passphrase, newPassphrase: v.newPassphrase }));
    } catch (cause) {
      const field = blamedField(cause, FIELDS);
      if (field) form.setFields([{ name: field, errors: [errorText(cause, locale)] }]);
      else setError(cause);
    } finally {
      setBusy(false);
    }
  }

  const first = active[0];
  return (
    <Modal open title={t('keys.rotateTitle')} footer={null} onCancel={busy ? undefined : onClose} closable={!busy} destroyOnHidden mask={{ closable: false }}>
      <ul className="confirm-points">
        <li>{t('keys.rotatePoint1')}</li>
        <li>{t('keys.rotatePoint2')}</li>
        <li>{t('keys.rotatePoint3')}</li>
      </ul>
      <Form<Values> name="key-rotate" form={form} layout="vertical" initialValues={{ alg: first ? contractAlgOf(first.alg) : 'ed25519' }} onFinish={(v) => void submit(v)} aria-label={t('keys.rotateTitle')}>
        <Form.Item name="alg" label={t('keys.rotateWhich')}>
          <Select options={active.map((k) => ({ value: contractAlgOf(k.alg), label: `${algLabel(k.alg, t)} · ${k.fingerprint.slice(0, 19)}…` }))} />
        </Form.Item>
        <Form.Item name="passphrase" label={t('keys.currentPassphrase')} rules={[{ required: true, message: t('form.required', { field: t('keys.currentPassphrase') }) }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <PassphraseFields name="newPassphrase" repeatName="newPassphrase2" label={t('keys.newPassphrase')} repeatLabel={t('keys.newPassphrase2')} />
        {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
        <div className="modal-actions">
          <Button onClick={onClose} disabled={busy}>{t('common.cancel')}</Button>
          <Button type="primary" danger htmlType="submit" loading={busy}>{t('keys.rotateOk')}</Button>
        </div>
      </Form>
    </Modal>
  );
}
