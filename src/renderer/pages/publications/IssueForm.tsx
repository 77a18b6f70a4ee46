import { useState } from 'react';
import { Alert, Button, Card, Col, Form, Input, Row, Select } from 'antd';
import type { OutputOf } from '../../../contract';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../i18n/use-i18n';
import { blamedField } from '../../lib/form-errors';
import { publishableScopes } from '../../lib/signing-labels';

export type IssueRequest = { listType: string; from: string; to: string; docNo: string; passphrase: string };
export type Previewed = { request: IssueRequest; preview: OutputOf<'publications:preview'> };

const FIELDS = ['listType', 'from', 'to', 'docNo'] as const;

/**
 * What to publish: list type, period, document number and the signing passphrase. Submitting only
 * previews (nothing is issued): the confirmation shows the counts before the irreversible step.
 */
export function IssueForm({ onPreviewed }: { onPreviewed: (previewed: Previewed) => void }) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<IssueRequest>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(request: IssueRequest) {
    setBusy(true);
    setError(null);
    try {
      const preview = await call('publications:preview', { listType: request.listType, from: request.from, to: request.to });
      onPreviewed({ request, preview });
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
    <Card title={t('pub.issueTitle')} size="small" style={{ marginBottom: 16 }}>
      <Form<IssueRequest> name="publication" form={form} layout="vertical" initialValues={{ listType: 'black' }} onFinish={(v) => void submit(v)} aria-label={t('pub.issueTitle')}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="listType" label={t('pub.listType')} rules={[required(t('pub.listType'))]}>
              <Select options={publishableScopes(t, locale)} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="from" label={t('pub.from')} rules={[required(t('pub.from'))]}>
              <DateField />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="to" label={t('pub.to')} extra={t('pub.toHelp')} dependencies={['from']} rules={[
              required(t('pub.to')),
              ({ getFieldValue }) => ({
                validator: (_, v: string | undefined) => {
                  const from = getFieldValue('from') as string | undefined;
                  return !v || !from || from <= v ? Promise.resolve() : Promise.reject(new Error(t('pub.datesReversed')));
                },
              }),
            ]}>
              <DateField />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="docNo" label={t('pub.docNo')} extra={t('pub.docNoHelp')} rules={[required(t('pub.docNo')), { max: 200 }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16} align="bottom">
          <Col xs={24} md={8}>
            <Form.Item name="passphrase" label={t('pub.passphrase')} rules={[required(t('pub.passphrase'))]}>
              <Input.Password autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={busy}>{t('pub.previewSubmit')}</Button>
            </Form.Item>
          </Col>
        </Row>
        {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} />}
      </Form>
    </Card>
  );
}
