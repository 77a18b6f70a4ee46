import { useState } from 'react';
import { Alert, Card, Select, Space, Table, Tag, Typography } from 'antd';
import type { SupervisionClass } from '../../../contract/supervision';
import { SUPERVISION_MODES, type SupervisionMode } from '../../../core/supervision/schema';
import { errorText } from '../../api/api-error';
import { CodeSelect } from '../../components/CodeSelect';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { MODE_COLORS, gradeText, modeLabel, riskLabel } from './labels';
import { ModeChart } from './ModeChart';

const PAGE_SIZE = 20;

/** Each enterprise's class (remounted after a save, so it is read again under the new matrix) under the matrix in force, with the counts per mode; filtered by region and mode. */
export function ClassesSection() {
  const { t, locale } = useI18n();
  const [region, setRegion] = useState<string | null>(null);
  const [mode, setMode] = useState<SupervisionMode | undefined>();
  const [page, setPage] = useState(1);
  const classes = useQuery('supervision:classes', { region, ...(mode ? { mode } : {}), page, pageSize: PAGE_SIZE });
  const data = classes.data;
  return (
    <Card title={t('sup.classes')} data-testid="sup-classes">
      <Space wrap style={{ marginBottom: 12 }}>
        <CodeSelect channel="codes:regions" allowClear style={{ width: 280 }} aria-label={t('sup.region')} value={region ?? undefined}
          onChange={(v: string | undefined) => { setRegion(v ?? null); setPage(1); }} />
        <Select allowClear style={{ width: 200 }} placeholder={t('sup.filterMode')} aria-label={t('sup.filterMode')} value={mode}
          options={SUPERVISION_MODES.map((m) => ({ value: m, label: modeLabel(m, t) }))} onChange={(v: SupervisionMode | undefined) => { setMode(v); setPage(1); }} />
      </Space>
      {classes.error !== null && <Alert type="error" showIcon role="alert" title={errorText(classes.error, locale)} style={{ marginBottom: 12 }} />}
      {data && (
        <Typography.Paragraph type="secondary">{data.runId === null ? t('sup.classesNoRun') : t('sup.classesRun', { id: data.runId })}</Typography.Paragraph>
      )}
      {data && <ModeChart counts={data.counts} />}
      <Table<SupervisionClass> rowKey="enterpriseId" size="small" loading={classes.loading} dataSource={data?.items ?? []}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
        columns={[
          { title: t('sup.col.name'), dataIndex: 'name' },
          { title: t('sup.col.uscc'), dataIndex: 'uscc' },
          { title: t('sup.col.region'), dataIndex: 'regionCode' },
          { title: t('sup.col.grade'), dataIndex: 'grade', render: (g: string | null) => gradeText(g, t) },
          { title: t('sup.col.risk'), dataIndex: 'riskGrade', render: (r: SupervisionClass['riskGrade']) => riskLabel(r, t) },
          { title: t('sup.col.mode'), dataIndex: 'mode', render: (m: SupervisionMode) => <Tag color={MODE_COLORS[m]}>{modeLabel(m, t)}</Tag> },
        ]} />
    </Card>
  );
}
