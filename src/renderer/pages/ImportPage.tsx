import { useRef, useState } from 'react';
import { Alert, App, Button, Card, Progress, Result, Select, Space, Spin, Typography } from 'antd';
import type { ImportKindName } from '../../contract/imports';
import { errorText } from '../api/api-error';
import { ImportBatches } from '../components/imports/ImportBatches';
import { ImportMapping } from '../components/imports/ImportMapping';
import { ImportRows } from '../components/imports/ImportRows';
import { ImportTemplateButton } from '../components/imports/ImportTemplateButton';
import { useImportWizard } from '../hooks/use-import-wizard';
import { useI18n } from '../i18n/use-i18n';
import { IMPORT_KINDS, importKindLabel } from '../lib/import-kinds';

const ACCEPT = '.csv,.xlsx,.xls';

/**
 * 导入: choose what the file holds and the file, look at the column mapping and every row's
 * problems, leave rows out, commit all at once (with progress and cancel), undo a batch later.
 */
export function ImportPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [kind, setKind] = useState<ImportKindName>(IMPORT_KINDS[0] ?? 'enterprises');
  const [batchesVersion, setBatchesVersion] = useState(0);
  const wizard = useImportWizard(kind);
  const input = useRef<HTMLInputElement>(null);
  const { state } = wizard;
  const preview = state.step === 'preview' || state.step === 'committing' ? state.preview : null;
  const accepted = preview ? preview.rows - new Set([...wizard.rejected, ...preview.invalidRows]).size : 0;

  async function commit() {
    const outcome = await wizard.commit();
    if (outcome === 'cancelled') message.info(t('import.cancelled'));
    if (outcome === 'done') setBatchesVersion((v) => v + 1);
  }

  return (
    <section aria-labelledby="import-title">
      <Typography.Title level={4} id="import-title" style={{ marginTop: 0 }}>
        {t('nav.import')}
      </Typography.Title>
      <Card size="small">
        <div className="page-toolbar" style={{ marginBottom: 0 }}>
          <span>{t('import.kind')}</span>
          <Select<ImportKindName>
            aria-label={t('import.kind')}
            value={kind}
            style={{ width: 200 }}
            disabled={state.step !== 'choose' && state.step !== 'done'}
            onChange={(k) => {
              setKind(k);
              wizard.reset();
            }}
            options={IMPORT_KINDS.map((k) => ({ value: k, label: importKindLabel(k, locale) }))}
          />
          <input
            ref={input}
            type="file"
            accept={ACCEPT}
            hidden
            data-testid="import-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void wizard.pick(file);
            }}
          />
          <Button type="primary" onClick={() => input.current?.click()} disabled={state.step === 'reading' || state.step === 'committing'}>
            {t('import.pickFile')}
          </Button>
          <Typography.Text type="secondary">{t('import.fileTypes')}</Typography.Text>
          <span className="grow" />
          <ImportTemplateButton kind={kind} />
        </div>
      </Card>

      {state.step === 'choose' && state.error !== null && (
        <Alert type="error" showIcon role="alert" title={errorText(state.error, locale)} style={{ marginTop: 12 }} />
      )}
      {state.step === 'reading' && (
        <Card size="small" style={{ marginTop: 12 }}>
          <Spin /> <span style={{ marginInlineStart: 8 }}>{t('import.reading', { file: state.fileName })}</span>
        </Card>
      )}
      {state.step === 'done' && (
        <Result
          status="success"
          title={t('import.doneTitle', { count: state.result.imported })}
          subTitle={t('import.doneDetail', { batch: state.result.batchId, rows: state.result.rows, rejected: state.result.rejected })}
          extra={<Button onClick={wizard.reset}>{t('import.another')}</Button>}
          data-testid="import-done"
        />
      )}
      {preview && (
        <>
          <Card size="small" title={t('import.mapping')} style={{ marginTop: 12 }}>
            <ImportMapping key={preview.previewId} columns={preview.columns} onApply={(mapping) => void wizard.preview(mapping)} />
          </Card>
          <Card
            size="small"
            style={{ marginTop: 12 }}
            title={t('import.previewTitle')}
            extra={
              <Typography.Text data-testid="import-counts">
                {t('import.counts', { rows: preview.rows, valid: preview.valid, invalid: preview.invalid })}
              </Typography.Text>
            }
          >
            {preview.rows > preview.items.length && (
              <Typography.Paragraph type="secondary">{t('import.firstRows', { shown: preview.items.length })}</Typography.Paragraph>
            )}
            <ImportRows preview={preview} rejected={wizard.rejected} onToggle={wizard.toggle} />
            {state.step === 'preview' && state.error !== null && (
              <Alert type="error" showIcon role="alert" title={errorText(state.error, locale)} style={{ marginTop: 12 }} />
            )}
            <div className="page-toolbar" style={{ marginTop: 12, marginBottom: 0 }}>
              {state.step === 'committing' ? (
                <Space style={{ flex: 1 }}>
                  <Progress percent={wizard.percent} style={{ width: 360 }} aria-label={t('import.progress')} />
                  <Button onClick={wizard.cancel}>{t('import.cancel')}</Button>
                </Space>
              ) : (
                <>
                  <Typography.Text strong data-testid="import-accepted">
                    {t('import.willImport', { count: accepted, rejected: preview.rows - accepted })}
                  </Typography.Text>
                  <span className="grow" />
                  <Button onClick={wizard.reset}>{t('common.cancel')}</Button>
                  <Button type="primary" disabled={accepted === 0} onClick={() => void commit()}>
                    {t('import.commit', { count: accepted })}
                  </Button>
                </>
              )}
            </div>
          </Card>
        </>
      )}
      <ImportBatches key={batchesVersion} />
    </section>
  );
}
