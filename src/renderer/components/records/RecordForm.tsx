import { useMemo, useState, type ReactNode } from 'react';
import { Alert, Button, Col, Form, Input, Row, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Product } from '../../../contract/products';
import type { CreditRecordView } from '../../../contract/records';
import { KIND_META } from '../../../core/records/kinds';
import type { RecordKind } from '../../../core/records/record';
import { SEVERITIES } from '../../../core/records/record';
import { ApiError, errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/use-i18n';
import { detailFields, isWide } from '../../lib/record-fields';
import { checkRecordForm, commonFields, formValuesOf, namePath, type CommonField, type RecordFormValues } from '../../lib/record-form';
import { outcomeLabel, severityLabel } from '../../lib/record-labels';
import { DateField } from '../DateField';
import { DetailInput } from './DetailInput';

type Props = {
  kind: RecordKind;
  enterpriseId: number;
  record?: CreditRecordView;
  products: Product[];
  onCancel: () => void;
  onSaved: (saved: CreditRecordView) => void;
};

/** Issues the backend attaches to E_RECORD_INVALID (`details.issues`), or its one blamed field. */
function backendIssues(error: unknown): { field: string; message: string }[] {
  if (!(error instanceof ApiError)) return [];
  const list = error.details['issues'];
  if (Array.isArray(list)) {
    return list.flatMap((i: unknown) => {
      const item = i as { field?: unknown; message?: unknown };
      return typeof item.field === 'string' && typeof item.message === 'string' ? [{ field: item.field, message: item.message }] : [];
    });
  }
  return error.field ? [{ field: error.field, message: error.message }] : [];
}

/**
 * One credit record of any kind. Every field is checked as it is typed with core's rules (the
 * kind's zod schema and cross-field checks); what the backend still refuses lands on its field.
 */
export function RecordForm({ kind, enterpriseId, record, products, onCancel, onSaved }: Props) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<RecordFormValues>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const meta = KIND_META[kind];
  const asked = commonFields(kind);
  const fields = useMemo(() => detailFields(kind, locale).filter((f) => f.widget.type !== 'derived'), [kind, locale]);
  const known = useMemo(() => new Set([...asked, ...fields.map((f) => `details.${f.key}`)]), [asked, fields]);

  /** A rule that runs the whole check and reports what concerns this one field. */
  const ruleFor = (field: string): Rule => ({
    validator: () => {
      const { issues } = checkRecordForm(kind, form.getFieldsValue(true) as RecordFormValues, t);
      const mine = issues.filter((i) => namePath(i.field).join('.') === field);
      return mine.length > 0 ? Promise.reject(new Error(mine.map((i) => i.message).join('；'))) : Promise.resolve();
    },
  });

  async function submit() {
    const { issues, draft } = checkRecordForm(kind, form.getFieldsValue(true) as RecordFormValues, t);
    const stray = issues.filter((i) => !known.has(namePath(i.field).join('.')));
    if (!draft) {
      if (stray.length > 0) setError(new Error(stray.map((i) => i.message).join('；')));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = record
        ? await call('records:update', { id: record.id, draft })
        : await call('records:create', { enterpriseId, kind, draft });
      onSaved(saved);
    } catch (cause) {
      const placed = backendIssues(cause).filter((i) => known.has(namePath(i.field).join('.')));
      if (placed.length > 0) form.setFields(placed.map((i) => ({ name: namePath(i.field), errors: [i.message] })));
      else setError(cause);
      setBusy(false);
    }
  }

  const common = (field: CommonField) => asked.includes(field);
  const item = (name: CommonField, label: string, child: ReactNode, required = false) => (
    <Col span={12} key={name}>
      <Form.Item name={name} label={label} required={required} rules={[ruleFor(name)]} validateTrigger={['onChange', 'onBlur']}>
        {child}
      </Form.Item>
    </Col>
  );
  const title = t(record ? 'record.editTitle' : 'record.createTitle', { kind: meta[locale] });

  return (
    <Form<RecordFormValues>
      name={`record-${kind}`}
      form={form}
      layout="vertical"
      initialValues={formValuesOf(kind, record)}
      onFinish={() => void submit()}
      onFinishFailed={() => void submit()}
      aria-label={title}
      scrollToFirstError
    >
      <Row gutter={16}>
        {common('outcome') &&
          item('outcome', t('record.outcome'), <Select options={meta.outcomes.map((o) => ({ value: o, label: outcomeLabel(o, locale) }))} placeholder={t('form.choose')} />, true)}
        {common('severity') &&
          item('severity', t('record.severity'), <Select options={SEVERITIES.map((s) => ({ value: s, label: severityLabel(s, t) }))} placeholder={t('form.choose')} />, true)}
        {common('authority') && item('authority', t('record.authority'), <Input maxLength={200} />, true)}
        {common('docNo') && item('docNo', t('record.docNo'), <Input maxLength={200} />)}
        {common('occurredOn') && item('occurredOn', t('record.occurredOn'), <DateField />, true)}
        {common('productId') &&
          item(
            'productId',
            t('record.product'),
            <Select allowClear options={products.map((p) => ({ value: p.id, label: p.model ? `${p.name}（${p.model}）` : p.name }))} placeholder={t('record.noProduct')} />,
          )}
        {fields.map(({ key, label, widget, required }) => (
          <Col span={isWide(widget) ? 24 : 12} key={key}>
            <Form.Item
              name={['details', key]}
              label={label}
              required={required}
              rules={[ruleFor(`details.${key}`)]}
              validateTrigger={['onChange', 'onBlur']}
              valuePropName={widget.type === 'bool' ? 'value' : undefined}
            >
              <DetailInput widget={widget} />
            </Form.Item>
          </Col>
        ))}
      </Row>
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
