import { Alert, Button, Descriptions, Modal, Skeleton, Space } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { CreditRecordView, RecordDetail } from '../../../contract/records';
import { errorText } from '../../api/api-error';
import { useDossier, useDossierQuery } from '../../hooks/use-dossier';
import type { Translate } from '../../i18n/translate';
import { useI18n } from '../../i18n/use-i18n';
import type { Locale } from '../../../core/shared/errors';
import { formatDateTime } from '../../lib/format';
import { detailFields, detailText } from '../../lib/record-fields';
import { kindLabel, severityLabel, stateLabel } from '../../lib/record-labels';
import { AttachmentList } from '../dossier/AttachmentList';
import { EffectTag } from './EffectTag';
import { OutcomeTag } from './OutcomeTag';
import { SpotCheckPanel } from './SpotCheckPanel';

type Props = { id: number; onClose: () => void; onEdit: (record: CreditRecordView) => void; onDelete: (record: CreditRecordView) => void };

function items(r: RecordDetail, t: Translate, locale: Locale, productName: string | null): DescriptionsProps['items'] {
  const dash = (v: string | null) => v || '—';
  const yesNo: [string, string] = [t('common.yes'), t('common.no')];
  return [
    { key: 'kind', label: t('record.kind'), children: kindLabel(r.kind, locale) },
    { key: 'effect', label: t('record.effect'), children: <EffectTag effect={r.effect} /> },
    { key: 'occurredOn', label: t('record.occurredOn'), children: r.occurredOn },
    { key: 'outcome', label: t('record.outcome'), children: r.outcome ? <OutcomeTag outcome={r.outcome} /> : '—' },
    { key: 'authority', label: t('record.authority'), children: dash(r.authority) },
    { key: 'docNo', label: t('record.docNo'), children: dash(r.docNo) },
    ...(r.severity ? [{ key: 'severity', label: t('record.severity'), children: severityLabel(r.severity, t) }] : []),
    ...(r.state ? [{ key: 'state', label: t('record.state'), children: stateLabel(r.state, locale) }] : []),
    ...(r.endsOn ? [{ key: 'endsOn', label: t('record.endsOn'), children: r.endsOn }] : []),
    ...(productName ? [{ key: 'product', label: t('record.product'), children: productName }] : []),
    ...detailFields(r.kind)
      .filter((f) => f.widget.type !== 'derived' && r.details[f.key] !== undefined)
      .map((f) => ({ key: `d-${f.key}`, label: f.label, children: detailText(f.widget, r.details[f.key], yesNo, t('form.unitTenThousandYuan')) })),
    { key: 'source', label: t('record.createdBy'), children: `${r.createdBy} · ${formatDateTime(r.createdAt)}` },
  ];
}

/** One record: every field, its evidence and, for a spot check, its follow-up. */
export function RecordDetailModal({ id, onClose, onEdit, onDelete }: Props) {
  const { t, locale } = useI18n();
  const { canEdit, products } = useDossier();
  const { data, error } = useDossierQuery('records:get', { id });
  const product = data?.productId ? (products.find((p) => p.id === data.productId)?.name ?? null) : null;
  // The summary already names the kind (监督抽查 不合格：…).
  const title = data ? data.summary : t('common.loading');

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      width={960}
      footer={
        <Space>
          {canEdit && data && (
            <>
              <Button danger onClick={() => onDelete(data)}>
                {t('action.delete')}
              </Button>
              <Button onClick={() => onEdit(data)}>{t('detail.edit')}</Button>
            </>
          )}
          <Button type="primary" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Space>
      }
    >
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} />}
      {!data && error === null && <Skeleton active paragraph={{ rows: 6 }} />}
      {data && (
        <div data-testid="record-detail">
          <Descriptions bordered size="small" column={2} items={items(data, t, locale, product)} styles={{ label: { width: 160 } }} />
          {data.kind === 'spot-checks' && <SpotCheckPanel record={data} />}
          <AttachmentList title={t('attach.ofRecord')} attachments={data.attachments} recordId={data.id} />
        </div>
      )}
    </Modal>
  );
}
