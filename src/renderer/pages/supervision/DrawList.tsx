import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import type { Draw } from '../../../contract/supervision';
import type { SupervisionMode } from '../../../core/supervision/schema';
import { errorText } from '../../api/api-error';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { downloadBlob } from '../../lib/files';
import { drawCsv } from './draw-csv';
import { MODE_COLORS, gradeText, modeLabel, riskLabel } from './labels';

type Item = Draw['list'][number];

/** One stored draw: its quotas per mode, whether today's data still reproduce it, and the list. */
export function DrawList({ id }: { id: number }) {
  const { t, locale } = useI18n();
  const q = useQuery('supervision:draw-get', { id });
  if (q.error !== null) return <Alert type="error" showIcon role="alert" title={errorText(q.error, locale)} style={{ marginTop: 12 }} />;
  const d = q.data;
  if (!d) return null;
  const exportCsv = () => downloadBlob(new Blob([drawCsv(d, t)], { type: 'text/csv;charset=utf-8' }), `inspection-${d.year}-${d.region ?? 'all'}-${d.id}.csv`);
  return (
    <section data-testid="sup-draw-list" style={{ marginTop: 16 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('sup.listOf', { id: d.id, year: d.year, region: d.region ?? t('sup.regionAll'), seed: d.seed })}
        </Typography.Title>
        <Button onClick={exportCsv}>{t('sup.export')}</Button>
      </Space>
      <Space wrap style={{ margin: '8px 0' }}>
        {d.perMode.map((m) => (
          <Tag key={m.mode} color={MODE_COLORS[m.mode]}>
            {t('sup.perMode', { mode: modeLabel(m.mode, t), eligible: m.eligible, quota: m.quota, ratio: m.ratioPercent })}
          </Tag>
        ))}
      </Space>
      <Alert type={d.inputsUnchanged ? 'success' : 'warning'} showIcon title={d.inputsUnchanged ? t('sup.inputsSame') : t('sup.inputsChanged')} style={{ marginBottom: 8 }} />
      <Table<Item> rowKey="enterpriseId" size="small" dataSource={d.list} pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: t('sup.col.name'), dataIndex: 'name' },
          { title: t('sup.col.uscc'), dataIndex: 'uscc' },
          { title: t('sup.col.region'), dataIndex: 'regionCode' },
          { title: t('sup.col.grade'), dataIndex: 'grade', render: (g: string | null) => gradeText(g, t) },
          { title: t('sup.col.risk'), dataIndex: 'riskGrade', render: (r: Item['riskGrade']) => riskLabel(r, t) },
          { title: t('sup.col.mode'), dataIndex: 'mode', render: (m: SupervisionMode) => <Tag color={MODE_COLORS[m]}>{modeLabel(m, t)}</Tag> },
          { title: t('sup.col.visits'), dataIndex: 'visits' },
        ]} />
    </section>
  );
}
