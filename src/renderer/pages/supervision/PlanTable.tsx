import { Button, Input, InputNumber, Space, Table } from 'antd';
import { SUPERVISION_MODES, type InspectionPlan, type SupervisionMode } from '../../../core/supervision/schema';
import { useI18n } from '../../i18n/use-i18n';
import { modeLabel } from './labels';

type Props = { plans: InspectionPlan[]; disabled: boolean; onChange: (plans: InspectionPlan[]) => void };

/** Per jurisdiction ('*' = default) and year (empty = every year): the ratio and visits of each mode. */
export function PlanTable({ plans, disabled, onChange }: Props) {
  const { t } = useI18n();
  const rows = plans.map((p, i) => ({ ...p, index: i }));
  const update = (i: number, plan: InspectionPlan) => onChange(plans.map((p, j) => (j === i ? plan : p)));
  const setMode = (i: number, p: InspectionPlan, mode: SupervisionMode, field: 'ratioPercent' | 'visitsPerYear', v: number | null) =>
    update(i, { ...p, modes: { ...p.modes, [mode]: { ...p.modes[mode], [field]: v ?? 0 } } });
  const add = () => {
    const base = plans[0];
    if (base) onChange([...plans, { ...base, jurisdiction: '', year: new Date().getFullYear() + 1 }]);
  };
  return (
    <>
      <Table<(typeof rows)[number]> rowKey="index" size="small" pagination={false} dataSource={rows} scroll={{ x: 'max-content' }} data-testid="sup-plans"
        columns={[
          { title: t('sup.col.jurisdiction'), key: 'j', render: (_, p) => (
            <Input style={{ width: 110 }} disabled={disabled} value={p.jurisdiction} aria-label={t('sup.col.jurisdiction')}
              onChange={(e) => update(p.index, { ...p, jurisdiction: e.target.value.trim() })} />
          ) },
          { title: t('sup.col.year'), key: 'y', render: (_, p) => (
            <InputNumber style={{ width: 90 }} disabled={disabled} value={p.year} min={2000} max={2100} aria-label={t('sup.col.year')}
              onChange={(v) => update(p.index, { ...p, year: v })} />
          ) },
          ...SUPERVISION_MODES.map((mode) => ({
            title: `${modeLabel(mode, t)} (${t('sup.ratio')} · ${t('sup.visits')})`, key: mode,
            render: (_: unknown, p: (typeof rows)[number]) => (
              <Space size={4}>
                <InputNumber style={{ width: 96 }} disabled={disabled} min={0} max={100} step={1} value={p.modes[mode].ratioPercent}
                  aria-label={`${modeLabel(mode, t)} ${t('sup.ratio')}`} suffix="%" onChange={(v) => setMode(p.index, p, mode, 'ratioPercent', v)} />
                <InputNumber style={{ width: 70 }} disabled={disabled} min={1} max={12} value={p.modes[mode].visitsPerYear}
                  aria-label={`${modeLabel(mode, t)} ${t('sup.visits')}`} onChange={(v) => setMode(p.index, p, mode, 'visitsPerYear', v)} />
              </Space>
            ),
          })),
          { title: '', key: 'x', render: (_, p) => (
            <Button size="small" danger disabled={disabled || plans.length < 2} onClick={() => onChange(plans.filter((_x, j) => j !== p.index))}>{t('sup.removePlan')}</Button>
          ) },
        ]} />
      {!disabled && <Button style={{ marginTop: 8 }} onClick={add}>{t('sup.addPlan')}</Button>}
    </>
  );
}
