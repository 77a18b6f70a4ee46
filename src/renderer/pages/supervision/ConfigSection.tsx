import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Select, Space, Table, Typography } from 'antd';
import type { SupervisionConfig, SupervisionMode } from '../../../core/supervision/schema';
import { RISK_GRADES, SUPERVISION_MODES, type RiskGrade } from '../../../core/supervision/schema';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useAuth } from '../../auth/use-auth';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { mayCall } from '../../lib/access';
import { modeLabel, riskLabel } from './labels';
import { PlanTable } from './PlanTable';

type Row = { key: string; grade: string | null };

/** The matrix editor (grade rows × risk columns) and the plans; saved whole, checked by the backend. */
export function ConfigSection({ onSaved }: { onSaved: () => void }) {
  const { t, locale } = useI18n();
  const { user } = useAuth();
  const { message } = App.useApp();
  const view = useQuery('supervision:config-get', {});
  const [draft, setDraft] = useState<SupervisionConfig | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const mayEdit = mayCall(user.role, 'supervision:config-save');
  useEffect(() => { if (view.data) setDraft(view.data.config); }, [view.data]);
  if (!draft || !view.data) return <Card title={t('sup.config')} loading />;
  const { matrix } = draft;
  const grades = [...new Set([...view.data.grades, ...Object.keys(matrix.rows)])];
  const rows: Row[] = [...grades.map((g) => ({ key: g, grade: g })), { key: '', grade: null }];
  const cell = (grade: string | null, risk: RiskGrade): SupervisionMode | undefined => (grade === null ? matrix.ungraded[risk] : matrix.rows[grade]?.[risk]);
  const setCell = (grade: string | null, risk: RiskGrade, mode: SupervisionMode) => {
    if (grade === null) setDraft({ ...draft, matrix: { ...matrix, ungraded: { ...matrix.ungraded, [risk]: mode } } });
    else {
      // A grade the model gives but the saved matrix lacks starts as the ungraded row.
      const row = matrix.rows[grade] ?? matrix.ungraded;
      setDraft({ ...draft, matrix: { ...matrix, rows: { ...matrix.rows, [grade]: { ...row, [risk]: mode } } } });
    }
  };
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      // Every saved matrix is a new version, so a draw's digest tells which matrix it used.
      await call('supervision:config-save', { config: { ...draft, matrix: { ...matrix, version: matrix.version + 1 } } });
      message.success(t('sup.configSavedMsg'));
      view.reload();
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card title={t('sup.config')} data-testid="sup-config"
      extra={mayEdit && <Button type="primary" loading={saving} onClick={() => void save()}>{t('sup.saveConfig')}</Button>}>
      <Typography.Paragraph type="secondary">
        {view.data.saved ? t('sup.configSaved', { user: view.data.updatedBy ?? '', at: view.data.updatedAt ?? '' }) : t('sup.configDefault')}
        {!mayEdit && ` ${t('sup.mayNotEdit')}`}
      </Typography.Paragraph>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
      <Typography.Title level={5}>{t('sup.matrix')}</Typography.Title>
      <Table<Row> rowKey="key" size="small" pagination={false} dataSource={rows} data-testid="sup-matrix"
        columns={[
          { title: t('sup.col.gradeRow'), dataIndex: 'grade', render: (g: string | null) => g ?? t('sup.ungraded') },
          ...RISK_GRADES.map((risk) => ({
            title: riskLabel(risk, t), key: risk,
            render: (_: unknown, r: Row) => (
              <Select<SupervisionMode> style={{ width: 160 }} disabled={!mayEdit} value={cell(r.grade, risk)}
                aria-label={`${r.grade ?? t('sup.ungraded')} × ${riskLabel(risk, t)}`}
                options={SUPERVISION_MODES.map((m) => ({ value: m, label: modeLabel(m, t) }))} onChange={(m) => setCell(r.grade, risk, m)} />
            ),
          })),
        ]} />
      <Space orientation="vertical" style={{ width: '100%', marginTop: 16 }}>
        <Typography.Title level={5}>{t('sup.plans')}</Typography.Title>
        <PlanTable plans={draft.plans} disabled={!mayEdit} onChange={(plans) => setDraft({ ...draft, plans })} />
      </Space>
    </Card>
  );
}
