import { useState } from 'react';
import { App, Button, Tooltip } from 'antd';
import type { ImportKindName } from '../../../contract/imports';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/use-i18n';
import { base64ToBlob, downloadBlob } from '../../lib/files';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The template's Chinese headers, as an XLSX. The contract has no empty-template call yet, so
 * this is the export in template format: it imports again unchanged, and is empty when the
 * workspace holds nothing of the kind.
 */
export function ImportTemplateButton({ kind }: { kind: ImportKindName }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      const file = await call('exports:create', { kind, format: 'xlsx' });
      downloadBlob(base64ToBlob(file.contentBase64, XLSX), file.fileName);
    } catch (cause) {
      message.error(errorText(cause, locale));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Tooltip title={t('import.templateHint')}>
      <Button loading={busy} onClick={() => void download()}>
        {t('import.template')}
      </Button>
    </Tooltip>
  );
}
