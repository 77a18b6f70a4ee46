import { Modal } from 'antd';
import type { Enterprise } from '../../contract';
import { useI18n } from '../i18n/use-i18n';
import { EnterpriseForm } from './EnterpriseForm';

type Props = { open: boolean; enterprise?: Enterprise; onClose: () => void; onSaved: (saved: Enterprise) => void };

/** The form's buttons live inside the form so that Enter submits; Esc closes the modal. */
export function EnterpriseFormModal({ open, enterprise, onClose, onSaved }: Props) {
  const { t } = useI18n();
  return (
    <Modal
      open={open}
      title={enterprise ? t('form.editTitle') : t('form.createTitle')}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      width={720}
    >
      <EnterpriseForm enterprise={enterprise} onCancel={onClose} onSaved={onSaved} />
    </Modal>
  );
}
