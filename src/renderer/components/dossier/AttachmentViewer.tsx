import { useEffect, useState } from 'react';
import { Alert, Button, Modal, Skeleton } from 'antd';
import type { Attachment } from '../../../contract/records';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/use-i18n';
import { base64ToBlob, downloadBlob, viewerFor } from '../../lib/files';

type Loaded = { url: string; blob: Blob };

/**
 * Opens a PDF or an image in place. The PDF goes through a blob URL in an iframe; an image as a
 * data URL, which the content security policy already admits for <img>. If the policy refuses
 * the frame, the officer is offered the download instead of a blank box.
 */
export function AttachmentViewer({ attachment, onClose }: { attachment: Attachment; onClose: () => void }) {
  const { t, locale } = useI18n();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [blocked, setBlocked] = useState(false);
  const kind = viewerFor(attachment.mediaType);

  useEffect(() => {
    let current = true;
    let url: string | null = null;
    call('attachments:get', { id: attachment.id })
      .then((file) => {
        if (!current) return;
        const blob = base64ToBlob(file.contentBase64, file.mediaType);
        url = kind === 'image' ? `data:${file.mediaType};base64,${file.contentBase64}` : URL.createObjectURL(blob);
        setLoaded({ url, blob });
      })
      .catch((cause: unknown) => current && setError(cause));
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      if (event.blockedURI.startsWith('blob')) setBlocked(true);
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    return () => {
      current = false;
      document.removeEventListener('securitypolicyviolation', onViolation);
      if (url?.startsWith('blob:')) URL.revokeObjectURL(url);
    };
  }, [attachment.id, kind]);

  const download = loaded && (
    <Button onClick={() => downloadBlob(loaded.blob, attachment.fileName)}>{t('attach.download')}</Button>
  );

  return (
    <Modal open title={attachment.fileName} onCancel={onClose} width={980} footer={download} destroyOnHidden>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} />}
      {!loaded && error === null && <Skeleton active />}
      {loaded && blocked && <Alert type="warning" showIcon title={t('attach.blocked')} />}
      {loaded && !blocked && kind === 'pdf' && <iframe className="attachment-frame" src={loaded.url} title={attachment.fileName} />}
      {loaded && kind === 'image' && <img className="attachment-image" src={loaded.url} alt={attachment.fileName} />}
    </Modal>
  );
}
