import { Col, InputNumber, Row, Slider, Typography } from 'antd';
import type { ModelOutline } from '../../hooks/use-evaluation-model';
import { useI18n } from '../../i18n/use-i18n';

export type Draft = { weights: Record<string, number>; mins: Record<string, number> };

type Props = { outline: ModelOutline; draft: Draft; onChange: (draft: Draft) => void };

/** Points have at most two decimals in a model; the inputs keep to that. */
const hundredths = (v: number | null) => Math.round((v ?? 0) * 100) / 100;

/** A slider and a number box per dimension weight, a number box per grade's lowest score. */
export function WhatIfInputs({ outline, draft, onChange }: Props) {
  const { t } = useI18n();
  const lowest = outline.grades[outline.grades.length - 1]?.grade;
  const total = Object.values(draft.weights).reduce((s, w) => s + w, 0);
  return (
    <>
      <Typography.Text strong>{t('whatIf.weights', { total: hundredths(total) })}</Typography.Text>
      {outline.dimensions.map((d) => {
        const value = draft.weights[d.id] ?? d.weight;
        const set = (v: number | null) => onChange({ ...draft, weights: { ...draft.weights, [d.id]: hundredths(v) } });
        return (
          <div key={d.id} style={{ marginTop: 8 }}>
            <label htmlFor={`weight-${d.id}`} style={{ fontSize: 12 }}>
              {d.label}（{t('whatIf.modelValue', { value: d.weight })}）
            </label>
            <Row gutter={8} align="middle">
              <Col flex="auto">
                <Slider min={0} max={100} step={1} value={value} onChange={set} aria-label={d.label} />
              </Col>
              <Col flex="90px">
                <InputNumber id={`weight-${d.id}`} min={0} max={100} step={1} value={value} onChange={set} style={{ width: '100%' }} />
              </Col>
            </Row>
          </div>
        );
      })}
      <Typography.Text strong style={{ display: 'block', marginTop: 16 }}>
        {t('whatIf.thresholds')}
      </Typography.Text>
      <Row gutter={[8, 8]} style={{ marginTop: 8 }}>
        {outline.grades.map((g) => (
          <Col span={8} key={g.grade}>
            <label htmlFor={`min-${g.grade}`} style={{ fontSize: 12 }}>
              {t('whatIf.gradeMin', { grade: g.grade })}
            </label>
            <InputNumber
              id={`min-${g.grade}`}
              min={0}
              max={100}
              step={1}
              // The lowest band must start at 0, or some scores would have no grade.
              disabled={g.grade === lowest}
              value={draft.mins[g.grade] ?? g.minScore}
              onChange={(v) => onChange({ ...draft, mins: { ...draft.mins, [g.grade]: hundredths(v) } })}
              style={{ width: '100%' }}
            />
          </Col>
        ))}
      </Row>
    </>
  );
}
