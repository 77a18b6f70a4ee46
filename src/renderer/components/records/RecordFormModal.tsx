import { Modal } from 'antd';
import type { CreditRecordView } from '../../../contract/records';
import type { RecordKind } from '../../../core/records/record';
import { useDossier } from '../../hooks/use-dossier';
import { useI18n } from '../../i18n/use-i18n';
import { kindLabel } from '../../lib/record-labels';
import { RecordForm } from './RecordForm';

type Props = { kind: RecordKind; record?: CreditRecordView; onClose: () => void; onSaved: (saved: CreditRecordView) => void };

/** The form's buttons live inside the form so that Enter submits; Esc closes. Mount only while open. */
export function RecordFormModal({ kind, record, onClose, onSaved }: Props) {
  const { t, locale } = useI18n();
  const { enterpriseId, products } = useDossier();
  const title = t(record ? 'record.editTitle' : 'record.createTitle', { kind: kindLabel(kind, locale) });
  return (
    <Modal open title={title} footer={null} onCancel={onClose} destroyOnHidden mask={{ closable: false }} width={820}>
      <RecordForm kind={kind} enterpriseId={enterpriseId} record={record} products={products} onCancel={onClose} onSaved={onSaved} />
    </Modal>
  );
}
