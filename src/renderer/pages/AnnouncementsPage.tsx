import { useRef, useState } from 'react';
import { Alert, Button, Card, Result, Select, Space, Spin, Typography } from 'antd';
import { AnnouncementKindSchema, type AnnouncementKind } from '../../contract/announcements';
import { errorText } from '../api/api-error';
import { AnnouncementLayout } from '../components/announcements/AnnouncementLayout';
import { AnnouncementMapping } from '../components/announcements/AnnouncementMapping';
import { AnnouncementRows } from '../components/announcements/AnnouncementRows';
import { useAnnouncementWizard } from '../hooks/use-announcement-wizard';
import { useI18n } from '../i18n/use-i18n';
import { navigate } from '../lib/route';

const ACCEPT = '.xls,.xlsx,.csv,.txt,.htm,.html';

/**
 * 公告导入: a published table or another department's list, as it is. Pick the file (no
 * options), check what was found and the column mapping, correct a column if needed, look at
 * the rows and their problems, confirm. Firms named without a code go to 待核实.
 */
export function AnnouncementsPage() {
  const { t, locale } = useI18n();
  const [kind, setKind] = useState<AnnouncementKind>('spot-checks');
  const wizard = useAnnouncementWizard(kind);
  const input = useRef<HTMLInputElement>(null);
  const { state } = wizard;
  const preview = state.step === 'preview' || state.step === 'committing' ? state.preview : null;
  const firms = preview?.firms ?? [];
  const count = (v: string) => firms.filter((f) => f.verdict === v).length;

  return (
    <section aria-labelledby="announce-title">
      <div className="page-toolbar">
        <Typography.Title level={4} id="announce-title" style={{ margin: 0 }}>{t('nav.announcements')}</Typography.Title>
        <span className="grow" />
        <Button onClick={() => navigate({ page: 'synonyms' })}>{t('nav.synonyms')}</Button>
        <Button onClick={() => navigate({ page: 'review' })}>{t('nav.review')}</Button>
      </div>
      <Typography.Paragraph type="secondary">{t('ann.intro')}</Typography.Paragraph>
      <Card size="small">
        <div className="page-toolbar" style={{ marginBottom: 0 }}>
          <span>{t('ann.kind')}</span>
          <Select<AnnouncementKind>
            aria-label={t('ann.kind')}
            value={kind}
            style={{ width: 260 }}
            disabled={state.step === 'reading' || state.step === 'committing'}
            onChange={(k) => { setKind(k); wizard.reset(); }}
            options={AnnouncementKindSchema.options.map((k) => ({ value: k, label: t(`ann.kind.${k}`) }))}
          />
          <input
            ref={input} type="file" accept={ACCEPT} hidden data-testid="announce-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void wizard.pick(file);
            }}
          />
          <Button type="primary" onClick={() => input.current?.click()} disabled={state.step === 'reading' || state.step === 'committing'}>{t('ann.pick')}</Button>
          <Typography.Text type="secondary">{t('ann.fileTypes')}</Typography.Text>
        </div>
      </Card>

      {state.step === 'choose' && state.error !== null && (
        <Alert type="error" showIcon role="alert" title={errorText(state.error, locale)} style={{ marginTop: 12 }} />
      )}
      {state.step === 'reading' && (
        <Card size="small" style={{ marginTop: 12 }}>
          <Spin /> <span style={{ marginInlineStart: 8 }}>{t('ann.reading', { file: state.fileName })}</span>
        </Card>
      )}
      {state.step === 'done' && (
        <Result
          status="success"
          data-testid="announce-done"
          title={t('ann.done', { batch: state.result.batchId })}
          subTitle={
            <>
              {t('ann.doneDetail', { rows: state.result.rows, imported: state.result.imported, review: state.result.review, rejected: state.result.rejected })}
              {state.result.mode === 'follow-up' && <div>{t('ann.doneUpdated', { count: state.result.updated })}</div>}
            </>
          }
          extra={[
            state.result.review > 0 && <Button key="review" type="primary" onClick={() => navigate({ page: 'review' })}>{t('ann.toReview')}</Button>,
            <Button key="again" onClick={wizard.reset}>{t('ann.another')}</Button>,
          ]}
        />
      )}
      {preview && (
        <>
          <Card size="small" title={t('ann.layout')} style={{ marginTop: 12 }}>
            <AnnouncementLayout preview={preview} />
          </Card>
          <Card size="small" title={t('ann.mapping')} style={{ marginTop: 12 }}>
            {preview.missing.length > 0 && (
              <Alert type="warning" showIcon style={{ marginBottom: 8 }}
                title={t('ann.missing', { fields: preview.fields.filter((f) => preview.missing.includes(f.field)).map((f) => f.label).join('、') })} />
            )}
            <AnnouncementMapping key={preview.previewId} preview={preview} onApply={(m) => void wizard.preview(m)} />
          </Card>
          <Card
            size="small" style={{ marginTop: 12 }} title={t('ann.preview')}
            extra={<Typography.Text data-testid="announce-counts">{t('ann.counts', { ...preview.counts })}</Typography.Text>}
          >
            {firms.length > 0 && (
              <Typography.Paragraph data-testid="announce-firms">{t('ann.firms', { sure: count('sure'), candidate: count('candidate'), none: count('none') })}</Typography.Paragraph>
            )}
            <AnnouncementRows preview={preview} />
            {state.step === 'preview' && state.error !== null && (
              <Alert type="error" showIcon role="alert" title={errorText(state.error, locale)} style={{ marginTop: 12 }} />
            )}
            <div className="page-toolbar" style={{ marginTop: 12, marginBottom: 0 }}>
              <span className="grow" />
              <Space>
                <Button onClick={wizard.reset} disabled={state.step === 'committing'}>{t('common.cancel')}</Button>
                <Button type="primary" loading={state.step === 'committing'} disabled={preview.counts.importable + preview.counts.review === 0} onClick={() => void wizard.commit()}>
                  {state.step === 'committing' ? t('ann.committing') : t('ann.commit')}
                </Button>
              </Space>
            </div>
          </Card>
        </>
      )}
    </section>
  );
}
