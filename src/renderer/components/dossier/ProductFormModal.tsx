import { useState } from 'react';
import { Alert, Button, Col, Form, Input, Modal, Row, Select } from 'antd';
import type { Product, ProductDraftInput } from '../../../contract/products';
import { isValidGtin } from '../../../core/identifiers/gtin';
import { normaliseCode } from '../../../core/identifiers/normalise';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/use-i18n';
import { blamedField } from '../../lib/form-errors';

type Props = { enterpriseId: number; product?: Product; onClose: () => void; onSaved: (saved: Product) => void };
type Values = { name: string; gtin?: string; brand?: string; model?: string; category?: string; riskGrade?: 'I' | 'II' | 'III'; standards?: string; licenceNo?: string };

const FIELDS = ['name', 'gtin', 'brand', 'model', 'category', 'riskGrade', 'standards', 'licenceNo'] as const;
const RISK = [
  { value: 'I', label: 'Ⅰ' },
  { value: 'II', label: 'Ⅱ' },
  { value: 'III', label: 'Ⅲ' },
];

/** A product of the enterprise. The GTIN is checked as typed (full-width digits and spaces are fine). */
export function ProductFormModal({ enterpriseId, product, onClose, onSaved }: Props) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const title = product ? t('product.editTitle') : t('product.createTitle');

  async function submit(v: Values) {
    setBusy(true);
    setError(null);
    const draft: ProductDraftInput = {
      name: v.name,
      gtin: v.gtin?.trim() || null,
      brand: v.brand?.trim() || null,
      model: v.model?.trim() || null,
      category: v.category?.trim() || null,
      riskGrade: v.riskGrade ?? null,
      standards: v.standards?.trim() || null,
      licenceNo: v.licenceNo?.trim() || null,
    };
    try {
      onSaved(product ? await call('products:update', { id: product.id, draft }) : await call('products:create', { enterpriseId, draft }));
    } catch (cause) {
      const field = blamedField(cause, FIELDS);
      if (field) form.setFields([{ name: field, errors: [errorText(cause, locale)] }]);
      else setError(cause);
      setBusy(false);
    }
  }

  const gtinRule = {
    validator: (_: unknown, value: string | undefined) => {
      const code = normaliseCode(value ?? '');
      return code === '' || isValidGtin(code) ? Promise.resolve() : Promise.reject(new Error(t('product.gtinInvalid')));
    },
  };
  const initial: Partial<Values> = product
    ? Object.fromEntries(FIELDS.map((f) => [f, product[f] ?? undefined]))
    : {};

  return (
    <Modal open title={title} footer={null} onCancel={onClose} destroyOnHidden mask={{ closable: false }} width={720}>
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)} aria-label={title}>
        <Form.Item name="name" label={t('product.name')} rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('product.name') }) }, { max: 200 }]}>
          <Input autoFocus maxLength={200} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="gtin" label={t('product.gtin')} rules={[gtinRule]} validateTrigger={['onChange', 'onBlur']} hasFeedback>
              <Input className="mono" maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="riskGrade" label={t('product.riskGrade')}>
              <Select allowClear options={RISK} placeholder={t('form.choose')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="brand" label={t('product.brand')} rules={[{ max: 100 }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="model" label={t('product.model')} rules={[{ max: 200 }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="category" label={t('product.category')} rules={[{ max: 200 }]}>
              <Input maxLength={200} placeholder={t('product.categoryHint')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="licenceNo" label={t('product.licenceNo')} rules={[{ max: 100 }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="standards" label={t('product.standards')} rules={[{ max: 500 }]}>
          <Input maxLength={500} />
        </Form.Item>
        {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
        <div className="modal-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </Modal>
  );
}
