import { useState, type ReactNode } from 'react';
import { App } from 'antd';
import type { CreditRecordView } from '../../contract/records';
import type { RecordKind } from '../../core/records/record';
import { call } from '../api/client';
import { DeleteReasonModal } from '../components/DeleteReasonModal';
import { RecordDetailModal } from '../components/records/RecordDetailModal';
import { RecordFormModal } from '../components/records/RecordFormModal';
import { useI18n } from '../i18n/use-i18n';
import { kindLabel } from '../lib/record-labels';
import { useDossier } from './use-dossier';

type Dialog =
  | { kind: 'view'; id: number }
  | { kind: 'create'; recordKind: RecordKind }
  | { kind: 'edit'; record: CreditRecordView }
  | { kind: 'delete'; record: CreditRecordView };

/**
 * The record dialogs (view, create, edit, delete) shared by the timeline and the kind tabs.
 * Returns the openers and the element to render; after any change the whole dossier re-reads.
 */
export function useRecordDialogs(): {
  view: (id: number) => void;
  create: (kind: RecordKind) => void;
  edit: (record: CreditRecordView) => void;
  remove: (record: CreditRecordView) => void;
  element: ReactNode;
} {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const { changed } = useDossier();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  let element: ReactNode = null;
  if (dialog?.kind === 'view') {
    element = <RecordDetailModal id={dialog.id} onClose={close} onEdit={(record) => setDialog({ kind: 'edit', record })} onDelete={(record) => setDialog({ kind: 'delete', record })} />;
  } else if (dialog?.kind === 'create' || dialog?.kind === 'edit') {
    const record = dialog.kind === 'edit' ? dialog.record : undefined;
    element = (
      <RecordFormModal
        kind={record?.kind ?? (dialog.kind === 'create' ? dialog.recordKind : 'spot-checks')}
        record={record}
        onClose={close}
        onSaved={(saved) => {
          message.success(record ? t('form.saved') : t('record.created', { kind: kindLabel(saved.kind, locale) }));
          changed();
          // A new spot check goes straight to its follow-up: that is the next thing to do with it.
          setDialog(record || saved.kind !== 'spot-checks' ? null : { kind: 'view', id: saved.id });
        }}
      />
    );
  } else if (dialog?.kind === 'delete') {
    const { record } = dialog;
    element = (
      <DeleteReasonModal
        title={t('record.deleteTitle')}
        what={`${kindLabel(record.kind, locale)}：${record.summary}（${record.occurredOn}）`}
        onClose={close}
        onConfirm={async (reason) => {
          await call('records:delete', { id: record.id, reason });
          message.success(t('delete.done'));
          close();
          changed();
        }}
      />
    );
  }

  return {
    view: (id) => setDialog({ kind: 'view', id }),
    create: (recordKind) => setDialog({ kind: 'create', recordKind }),
    edit: (record) => setDialog({ kind: 'edit', record }),
    remove: (record) => setDialog({ kind: 'delete', record }),
    element,
  };
}
