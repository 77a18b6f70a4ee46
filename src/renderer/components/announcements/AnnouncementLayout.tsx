import { Alert, Descriptions, Tag, Typography } from 'antd';
import type { AnnouncementPreview } from '../../hooks/use-announcement-wizard';
import { useI18n } from '../../i18n/use-i18n';
import { formatLocaleDateTime } from '../../lib/format';

/**
 * What the importer found by itself: the sheet, the header rows, how many data rows (titles,
 * footnotes and blank rows left out), and the rows it skipped and why — for a person to check
 * before trusting the rest.
 */
export function AnnouncementLayout({ preview }: { preview: AnnouncementPreview }) {
  const { t, locale } = useI18n();
  const { sheet, footnotes, skipped } = preview;
  const lines = (items: string[]) => (
    <ul className="import-errors" style={{ margin: 0 }}>
      {items.map((text, i) => <li key={i}>{text}</li>)}
    </ul>
  );
  return (
    <div data-testid="announce-layout">
      {preview.alreadyImported && (
        <Alert type="warning" showIcon style={{ marginBottom: 8 }}
          title={t('ann.alreadyImported', { at: formatLocaleDateTime(preview.alreadyImported.createdAt, locale), batch: preview.alreadyImported.batchId })} />
      )}
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }} bordered>
        <Descriptions.Item label={t('ann.sheet')}>
          <span data-testid="announce-sheet">{sheet.name}</span>
          {sheet.scores.length > 1 && <Typography.Text type="secondary">{` / ${sheet.scores.map((s) => s.name).join('、')}`}</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label={t('ann.headerRows')}>
          <span data-testid="announce-header-rows">{sheet.headerRows.join('、')}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('ann.dataRows')}>
          <span data-testid="announce-data-rows">{t('ann.rowsFound', { count: preview.counts.rows })}</span>
          {preview.rows.length > 0 && <Typography.Text type="secondary">{` (${preview.rows[0]?.row ?? ''}–${preview.rows.at(-1)?.row ?? ''})`}</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label={t('ann.kind')}>
          <Tag color={preview.mode === 'follow-up' ? 'purple' : 'blue'}>{t(preview.mode === 'follow-up' ? 'ann.mode.follow-up' : 'ann.mode.records')}</Tag>
          {preview.remembered && <Tag color="green">{t('ann.remembered')}</Tag>}
        </Descriptions.Item>
        {footnotes.length > 0 && (
          <Descriptions.Item label={t('ann.footnotes')} span="filled">
            <span data-testid="announce-footnotes">{lines(footnotes.map((f) => t('ann.skippedLine', { row: f.row, reason: f.text })))}</span>
          </Descriptions.Item>
        )}
        {skipped.length > 0 && (
          <Descriptions.Item label={t('ann.skipped')} span="filled">
            {lines(skipped.slice(0, 8).map((s) => t('ann.skippedLine', { row: s.row, reason: s.text ? `${s.reason}（${s.text}）` : s.reason })))}
          </Descriptions.Item>
        )}
        {preview.assumptions.length > 0 && (
          <Descriptions.Item label={t('ann.assumptions')} span="filled">{lines(preview.assumptions)}</Descriptions.Item>
        )}
      </Descriptions>
    </div>
  );
}
