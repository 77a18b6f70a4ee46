import { Input, InputNumber, Select, Switch } from 'antd';
import type { FieldWidget } from '../../lib/record-fields';
import { useI18n } from '../../i18n/use-i18n';
import { DateField } from '../DateField';

type Props = { widget: FieldWidget; id?: string; value?: unknown; onChange?: (value: unknown) => void };

/** The input for one detail field; antd's Form.Item passes `id`, `value` and `onChange`. */
export function DetailInput({ widget, id, value, onChange }: Props) {
  const { t } = useI18n();
  const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  switch (widget.type) {
    case 'date':
      return <DateField id={id} value={text} onChange={onChange} />;
    case 'select':
      return <Select id={id} allowClear value={value ?? undefined} onChange={onChange} options={widget.options} placeholder={t('form.choose')} />;
    case 'tags':
      return (
        <Select
          id={id}
          mode="tags"
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
          options={widget.options}
          placeholder={t('form.chooseOrType')}
          tokenSeparators={['、', '，', ',']}
        />
      );
    case 'bool':
      return <Switch id={id} checked={value === true} onChange={onChange} checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />;
    case 'textarea':
      return <Input.TextArea id={id} value={text} onChange={(e) => onChange?.(e.target.value)} autoSize={{ minRows: 2, maxRows: 6 }} />;
    case 'list':
      return (
        <Input.TextArea
          id={id}
          value={text}
          onChange={(e) => onChange?.(e.target.value)}
          autoSize={{ minRows: 1, maxRows: 6 }}
          placeholder={widget.prose ? t('form.proseListHint') : t('form.listHint')}
        />
      );
    case 'amount':
      // Text, not a number input: amounts are decimal strings in 万元 and must not pass through a float.
      return <Input id={id} value={text} onChange={(e) => onChange?.(e.target.value)} suffix={t('form.unitTenThousandYuan')} inputMode="decimal" placeholder="0.35" />;
    case 'year':
      return <Input id={id} value={text} onChange={(e) => onChange?.(e.target.value)} inputMode="numeric" maxLength={4} placeholder="2025" />;
    case 'number':
      return <InputNumber id={id} value={typeof value === 'number' ? value : null} onChange={(v) => onChange?.(v ?? undefined)} min={1} precision={0} style={{ width: '100%' }} />;
    case 'partialDate':
      return <Input id={id} value={text} onChange={(e) => onChange?.(e.target.value)} placeholder={t('form.partialDateHint')} />;
    case 'text':
    case 'derived':
      return <Input id={id} value={text} onChange={(e) => onChange?.(e.target.value)} />;
  }
}
