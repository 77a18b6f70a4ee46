import { useState } from 'react';
import { Alert, Button, Checkbox, Form, Input, Modal, Select, Typography } from 'antd';
import type { OutputOf } from '../../../contract';
import { ART12_FACTORS, ART12_LABELS, type Art12Factor } from '../../../core/lists/events';
import { DEFAULT_LIST_TYPES } from '../../../core/lists/list-types';
import { AUTHORITY_LEVELS, type AuthorityLevel } from '../../../core/rules/schema';
import { toBeijingDate } from '../../../core/shared/time';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { blamedField } from '../../lib/form-errors';
import { EnterprisePicker } from './EnterprisePicker';

type Props = {
  /** Preset from a dossier; otherwise the officer picks the enterprise. */
  enterprise?: { id: number; name: string };
  onClose: () => void;
  onProposed: (r: OutputOf<'lists:propose'>) => void;
};
type Values = {
  enterpriseId: number; listType: string; withRepresentative?: boolean; reason: string; legalBasis: string; penaltyRecordIds: number[];
  art12: Partial<Record<Art12Factor, string>>; art12Other?: string; authority: string; authorityLevel: AuthorityLevel; on: string;
};

/** Only the black-list life cycle has a procedure here; the other lists have their own flows. */
const PROPOSABLE = DEFAULT_LIST_TYPES.filter((l) => l.lifeCycle === 'blacklist');
const LEVEL_KEYS = { county: 'lists.level.county', city: 'lists.level.city', province: 'lists.level.province', national: 'lists.level.national' } as const satisfies Record<AuthorityLevel, string>;
const FIELDS = ['enterpriseId', 'penaltyRecordIds', 'listType', 'on'] as const;

/**
 * 提出列入建议: the enterprise, the list, the penalty decisions it rests on and the four Art 12
 * factors, each in words. The backend checks it all again (E_LIST_BASIS names what is missing).
 */
export function ProposeModal({ enterprise, onClose, onProposed }: Props) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const enterpriseId = Form.useWatch('enterpriseId', form);
  const penalties = useQuery('records:list', enterpriseId ? { enterpriseId, kind: 'penalties', page: 1, pageSize: 200 } : null);
  const noPenalties = penalties.data !== undefined && penalties.data.total === 0;

  async function submit(v: Values) {
    setBusy(true);
    setError(null);
    try {
      onProposed(await call('lists:propose', {
        enterpriseId: v.enterpriseId, listType: v.listType, subjects: v.withRepresentative ? ['enterprise', 'person'] : ['enterprise'],
        reason: v.reason, legalBasis: v.legalBasis, penaltyRecordIds: v.penaltyRecordIds, art12: v.art12,
        ...(v.art12Other?.trim() ? { art12Other: v.art12Other.trim() } : {}), authority: v.authority, authorityLevel: v.authorityLevel, on: v.on,
      }));
    } catch (cause) {
      const field = blamedField(cause, FIELDS);
      if (field) form.setFields([{ name: field, errors: [errorText(cause, locale)] }]);
      else setError(cause);
    } finally {
      setBusy(false);
    }
  }

  const required = (field: string) => ({ required: true, message: t('form.required', { field }) });
  const first = PROPOSABLE[0];
  return (
    <Modal open width={720} title={t('lists.propose')} footer={null} onCancel={onClose} destroyOnHidden mask={{ closable: false }}>
      <Form<Values> name="list-propose" form={form} layout="vertical" onFinish={(v) => void submit(v)} aria-label={t('lists.propose')}
        initialValues={{ enterpriseId: enterprise?.id, listType: first?.id, legalBasis: first?.legalBasis, authorityLevel: 'city', on: toBeijingDate(new Date()), penaltyRecordIds: [] }}
        onValuesChange={(changed: Partial<Values>) => {
          const type = PROPOSABLE.find((l) => l.id === changed.listType);
          if (type) form.setFieldValue('legalBasis', type.legalBasis);
          if (changed.enterpriseId !== undefined) form.setFieldValue('penaltyRecordIds', []);
        }}>
        <Form.Item name="enterpriseId" label={t('lists.propose.enterprise')} rules={[required(t('lists.propose.enterprise'))]}>
          <EnterprisePicker preset={enterprise} />
        </Form.Item>
        <Form.Item name="listType" label={t('lists.col.listType')} rules={[required(t('lists.col.listType'))]}>
          <Select options={PROPOSABLE.map((l) => ({ value: l.id, label: l.label[locale] }))} />
        </Form.Item>
        <Form.Item name="withRepresentative" valuePropName="checked"><Checkbox>{t('lists.propose.withRepresentative')}</Checkbox></Form.Item>
        <Form.Item name="penaltyRecordIds" label={t('lists.propose.penalties')} rules={[{ required: true, type: 'array', min: 1, message: t('form.required', { field: t('lists.propose.penalties') }) }]}
          extra={noPenalties ? t('lists.propose.noPenalties') : undefined}>
          <Select mode="multiple" loading={penalties.loading && enterpriseId !== undefined} disabled={!enterpriseId}
            options={(penalties.data?.items ?? []).map((r) => ({ value: r.id, label: `${r.occurredOn} ${r.docNo ?? ''} ${r.summary}` }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('lists.field.reason')} rules={[required(t('lists.field.reason')), { max: 1000 }]}><Input.TextArea rows={2} /></Form.Item>
        <Form.Item name="legalBasis" label={t('lists.field.legalBasis')} rules={[required(t('lists.field.legalBasis')), { max: 500 }]}><Input /></Form.Item>
        <Typography.Text strong>{t('lists.propose.art12')}</Typography.Text>
        <div role="group" aria-label={t('lists.propose.art12')} style={{ paddingInlineStart: 12, marginTop: 8 }}>
          {ART12_FACTORS.map((f) => (
            <Form.Item key={f} name={['art12', f]} label={ART12_LABELS[f][locale]} rules={[required(ART12_LABELS[f][locale]), { max: 1000 }]}>
              <Input.TextArea rows={1} autoSize />
            </Form.Item>
          ))}
          <Form.Item name="art12Other" label={t('lists.propose.art12Other')} rules={[{ max: 1000 }]}><Input.TextArea rows={1} autoSize /></Form.Item>
        </div>
        <Form.Item name="authority" label={t('lists.field.authority')} rules={[required(t('lists.field.authority')), { max: 200 }]}><Input /></Form.Item>
        <Form.Item name="authorityLevel" label={t('lists.propose.authorityLevel')} rules={[required(t('lists.propose.authorityLevel'))]}>
          <Select options={AUTHORITY_LEVELS.map((l) => ({ value: l, label: t(LEVEL_KEYS[l]) }))} />
        </Form.Item>
        <Form.Item name="on" label={t('lists.propose.on')} rules={[required(t('lists.propose.on'))]}><DateField aria-label={t('lists.propose.on')} /></Form.Item>
        {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
        <div className="modal-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy}>{t('lists.propose')}</Button>
        </div>
      </Form>
    </Modal>
  );
}
