import { useState } from 'react';
import { Alert, App, Button, Col, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import type { ProgressEvent } from '../../../contract';
import { ApiError, errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/use-i18n';
import { packageTypeLabel, publishableScopes } from '../../lib/signing-labels';
import { downloadIssued } from '../publications/download';

type Values = { stream: string; kind: 'delta' | 'snapshot'; validDays: number; audience?: string; passphrase: string };

/** Codes separated by commas (either width), semicolons or spaces; none means every agency. */
const audienceOf = (text: string | undefined): string[] => {
  const codes = (text ?? '').split(/[\s,，;；]+/).filter((c) => c !== '');
  return codes.length > 0 ? codes : ['*'];
};

/**
 * Issue this agency's exchange package for one stream — a delta since the last one, or a full
 * snapshot that restarts the chain — signed with the agency's keys, and save the file.
 */
export function ExportPanel() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function issue(values: Values) {
    setBusy(true);
    setError(null);
    try {
      const issued = await call('exchange:export', {
        stream: values.stream, snapshot: values.kind === 'snapshot', validDays: values.validDays, audience: audienceOf(values.audience), passphrase: values.passphrase,
      }, { onProgress: setProgress });
      // The passphrase must not linger in the page once it has signed.
      form.setFieldsValue({ passphrase: '' });
      const saved = await downloadIssued(issued.id);
      message.success(t('ex.exported', { sequence: issued.sequence, type: packageTypeLabel(issued.packageType, t), entries: issued.stats.entries, file: saved.fileName }));
    } catch (cause) {
      if (cause instanceof ApiError && cause.code === 'E_KEY_PASSPHRASE') form.setFields([{ name: 'passphrase', errors: [errorText(cause, locale)] }]);
      else setError(cause);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  const required = (field: string) => ({ required: true, message: t('form.required', { field }) });
  return (
    <Form<Values> form={form} name="exchange-export" layout="vertical" initialValues={{ stream: 'black', kind: 'delta', validDays: 90 }}
      onFinish={(v) => void issue(v)} aria-label={t('ex.exportTitle')} data-testid="ex-export">
      <Typography.Title level={5}>{t('ex.exportTitle')}</Typography.Title>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="stream" label={t('ex.stream')} rules={[required(t('ex.stream'))]}>
            <Select options={publishableScopes(t, locale)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="kind" label={t('ex.kind')}>
            <Radio.Group options={[{ value: 'delta', label: t('ex.kind.delta') }, { value: 'snapshot', label: t('ex.kind.snapshot') }]} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="validDays" label={t('ex.validDays')} extra={t('ex.validDaysHelp')} rules={[required(t('ex.validDays'))]}>
            <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16} align="bottom">
        <Col xs={24} md={10}>
          <Form.Item name="audience" label={t('ex.audience')} extra={t('ex.audienceHelp')}>
            <Input className="mono" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="passphrase" label={t('ex.passphrase')} rules={[required(t('ex.passphrase'))]}>
            <Input.Password autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>{t('ex.exportSubmit')}</Button>
          </Form.Item>
        </Col>
      </Row>
      {busy && progress && <Typography.Text type="secondary">{t('ex.progressSteps', { done: progress.done, total: progress.total })}</Typography.Text>}
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} />}
    </Form>
  );
}
