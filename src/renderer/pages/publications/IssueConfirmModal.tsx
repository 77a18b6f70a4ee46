import { useState } from 'react';
import { Alert, Button, Descriptions, Modal, Progress, Result, Typography } from 'antd';
import type { OutputOf, ProgressEvent } from '../../../contract';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/use-i18n';
import { listScopeLabel } from '../../lib/signing-labels';
import type { Previewed } from './IssueForm';

type Issued = OutputOf<'publications:issue'>;
type Props = { previewed: Previewed; onIssued: (issued: Issued) => void; onDownload: (issued: Issued) => void; onClose: () => void };

/**
 * The last question before issuing: what will be published (counts at the cut-off and changes in
 * the period) and that it can never be changed. While it signs it cannot be dismissed; afterwards
 * it shows the document number, the entries and the manifest's SHA-256, and offers the file.
 */
export function IssueConfirmModal({ previewed: { request, preview }, onIssued, onDownload, onClose }: Props) {
  const { t, locale } = useI18n();
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [issued, setIssued] = useState<Issued | null>(null);

  async function issue() {
    setBusy(true);
    setError(null);
    try {
      const done = await call('publications:issue', request, { onProgress: setProgress });
      setIssued(done);
      onIssued(done);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  const { stats } = preview;
  const percent = progress && progress.total > 0 ? Math.floor((progress.done * 100) / progress.total) : 0;
  const footer = issued ? (
    <div className="modal-actions">
      <Button onClick={onClose}>{t('common.close')}</Button>
      <Button type="primary" onClick={() => onDownload(issued)}>{t('pub.downloadQcp')}</Button>
    </div>
  ) : (
    <div className="modal-actions">
      <Button onClick={onClose} disabled={busy}>{t('common.cancel')}</Button>
      <Button type="primary" danger loading={busy} onClick={() => void issue()}>{t('pub.issueOk')}</Button>
    </div>
  );

  return (
    <Modal open title={issued ? t('pub.issuedTitle') : t('pub.confirmTitle')} width={640} footer={footer} onCancel={busy ? undefined : onClose}
      closable={!busy} keyboard={!busy} mask={{ closable: false }}>
      {issued ? (
        <Result status="success" style={{ padding: 0 }} title={t('pub.issuedLead', { docNo: issued.docNo ?? '' })}
          subTitle={<div data-testid="issued-summary">
            <div>{t('pub.issuedEntries', { entries: issued.entries, sequence: issued.sequence })}</div>
            <div>{t('pub.manifestSha256')}{t('common.colon')}<span className="mono small" data-testid="issued-manifest">{issued.manifestSha256}</span></div>
          </div>} />
      ) : (
        <>
          <Descriptions column={1} size="small" bordered data-testid="issue-preview">
            <Descriptions.Item label={t('pub.listType')}>{listScopeLabel(request.listType, t, locale)}</Descriptions.Item>
            <Descriptions.Item label={t('pub.period')}>{`${request.from} — ${request.to}`}</Descriptions.Item>
            <Descriptions.Item label={t('pub.docNo')}>{request.docNo}</Descriptions.Item>
            <Descriptions.Item label={t('pub.activeAtCutoff')}><strong data-testid="preview-active">{preview.active}</strong></Descriptions.Item>
            <Descriptions.Item label={t('pub.changes')}>
              <span data-testid="preview-changes">{t('pub.changesText', { added: stats.added, amended: stats.amended, removed: stats.removed })}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('pub.records')}>{t('pub.recordsText', { entries: stats.entries, sequence: preview.sequence })}</Descriptions.Item>
            <Descriptions.Item label={t('pub.previous')}>
              {preview.previous ? t('pub.previousText', { docNo: preview.previous.docNo ?? '—', to: preview.previous.periodTo ?? '—' }) : t('pub.previousNone')}
            </Descriptions.Item>
          </Descriptions>
          {stats.entries === 0 && <Alert type="warning" showIcon title={t('pub.nothingToPublish')} style={{ marginTop: 12 }} />}
          <Typography.Paragraph strong style={{ marginTop: 12, marginBottom: 4 }}>{t('pub.immutableLead')}</Typography.Paragraph>
          <ul className="confirm-points">
            <li>{t('pub.immutable1')}</li>
            <li>{t('pub.immutable2')}</li>
            <li>{t('pub.immutable3')}</li>
          </ul>
          {busy && <Progress percent={percent} status="active" format={() => t('pub.progressSteps', { done: progress?.done ?? 0, total: progress?.total ?? 0 })} aria-label={t('pub.progress')} />}
          {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginTop: 12 }} />}
        </>
      )}
    </Modal>
  );
}
