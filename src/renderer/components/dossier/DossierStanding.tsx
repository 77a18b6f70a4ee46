import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import type { DossierSummary } from '../../../contract/dossier';
import { useI18n } from '../../i18n/use-i18n';
import { kindLabel, stateLabel } from '../../lib/record-labels';

type Props = { summary: DossierSummary | undefined; onOpenRecord: (id: number) => void };

/** Where the enterprise stands now: the lists it is on, and the spot checks still being followed up. */
export function DossierStanding({ summary, onOpenRecord }: Props) {
  const { t, locale } = useI18n();
  const counts = (summary?.counts ?? []).filter((c) => c.total > 0);
  return (
    <Row gutter={16} style={{ marginTop: 16 }}>
      <Col span={12}>
        <Card size="small" title={t('dossier.lists')} data-testid="dossier-lists" style={{ height: '100%' }}>
          {!summary ? null : summary.lists.length === 0 ? (
            <Typography.Text type="secondary">{t('dossier.noLists')}</Typography.Text>
          ) : (
            <ul className="plain-list">
              {summary.lists.map((l) => (
                <li key={`${l.listType}-${l.from}`}>
                  <Tag color={/black|黑/.test(l.listType + l.label) ? 'black' : /red|红/.test(l.listType + l.label) ? 'red' : 'blue'}>{l.label}</Tag>
                  <span className="muted">
                    {l.from} – {l.to ?? t('dossier.open')} · {l.source}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {counts.length > 0 && (
            <Space size={[4, 4]} wrap style={{ display: 'flex', marginTop: 8 }} data-testid="dossier-counts">
              {counts.map((c) => (
                <Tag key={c.kind}>
                  {kindLabel(c.kind, locale)} {c.total}
                  {c.negative > 0 && <span className="overdue"> · {t('effect.negative')} {c.negative}</span>}
                </Tag>
              ))}
            </Space>
          )}
        </Card>
      </Col>
      <Col span={12}>
        <Card size="small" title={t('dossier.followUps')} data-testid="dossier-follow-ups" style={{ height: '100%' }}>
          {!summary ? null : summary.openFollowUps.length === 0 ? (
            <Typography.Text type="secondary">{t('dossier.noFollowUps')}</Typography.Text>
          ) : (
            <ul className="plain-list">
              {summary.openFollowUps.map((f) => (
                <li key={f.recordId}>
                  <Typography.Link onClick={() => onOpenRecord(f.recordId)}>{f.summary}</Typography.Link>{' '}
                  <Tag color="purple">{stateLabel(f.state, locale)}</Tag>
                  <span className={f.overdue ? 'overdue' : 'muted'}>
                    {f.nextDue ? t(f.overdue ? 'dossier.overdueOn' : 'dossier.nextDue', { date: f.nextDue }) : t('dossier.noDue')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </Col>
    </Row>
  );
}
