import { useState } from 'react';
import { Alert, Button, Col, Form, Input, Row, Select } from 'antd';
import type { Enterprise } from '../../contract';
import { ENTERPRISE_STATUSES } from '../../core/enterprises/enterprise';
import { errorText } from '../api/api-error';
import { call } from '../api/client';
import { useI18n } from '../i18n/use-i18n';
import { draftOf, ENTERPRISE_FORM_FIELDS, formValuesOf, type EnterpriseFormValues } from '../lib/enterprise-form';
import { blamedField } from '../lib/form-errors';
import { statusLabel } from '../lib/labels';
import { CodeSelect } from './CodeSelect';
import { UsccField } from './UsccField';

type Props = { enterprise?: Enterprise; onCancel: () => void; onSaved: (saved: Enterprise) => void };

/** Registers a new enterprise, or edits `enterprise`. Enter submits; backend errors land on their field. */
export function EnterpriseForm({ enterprise, onCancel, onSaved }: Props) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<EnterpriseFormValues>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: EnterpriseFormValues) {
    setBusy(true);
    setError(null);
    try {
      const draft = draftOf(values);
      const saved = enterprise
        ? await call('enterprises:update', { id: enterprise.id, draft })
        : await call('enterprises:create', draft);
      onSaved(saved);
    } catch (cause) {
      const field = blamedField(cause, ENTERPRISE_FORM_FIELDS);
      if (field) form.setFields([{ name: field, errors: [errorText(cause, locale)] }]);
      else setError(cause);
      setBusy(false);
    }
  }

  const required = (field: string) => ({ required: true, message: t('form.required', { field }) });
  const chosen = (field: string) => ({ required: true, message: t('form.chooseRequired', { field }) });
  return (
    <Form<EnterpriseFormValues>
      name="enterprise"
      form={form}
      layout="vertical"
      initialValues={formValuesOf(enterprise)}
      onFinish={(v) => void submit(v)}
      aria-label={enterprise ? t('form.editTitle') : t('form.createTitle')}
    >
      <UsccField autoFocus />
      <Form.Item name="name" label={t('field.name')} rules={[required(t('field.name')), { max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="regionCode" label={t('field.region')} rules={[chosen(t('field.region'))]}>
            <CodeSelect channel="codes:regions" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="industryCode" label={t('field.industry')} rules={[chosen(t('field.industry'))]}>
            <CodeSelect channel="codes:industries" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="legalRepresentative" label={t('field.legalRepresentative')} rules={[{ max: 60 }]}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="status" label={t('field.status')} rules={[chosen(t('field.status'))]}>
            <Select options={ENTERPRISE_STATUSES.map((s) => ({ value: s, label: statusLabel(s, locale) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="address" label={t('field.address')} rules={[{ max: 300 }]}>
        <Input maxLength={300} />
      </Form.Item>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
      <div className="modal-actions">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('common.save')}
        </Button>
      </div>
    </Form>
  );
}
