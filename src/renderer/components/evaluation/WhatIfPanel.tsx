import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Col, Row, Space, Typography } from 'antd';
import type { z } from 'zod';
import type { EvaluationRun, WhatIfOverrideSchema } from '../../../contract/evaluation';
import type { OutputOf } from '../../../contract';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { CompareGradeChart } from '../../charts/CompareGradeChart';
import { useEvaluationModel, type ModelOutline } from '../../hooks/use-evaluation-model';
import { useI18n } from '../../i18n/use-i18n';
import { MovesTable } from './MovesTable';
import { WhatIfInputs, type Draft } from './WhatIfInputs';

type Override = z.infer<typeof WhatIfOverrideSchema>;

function draftOf(m: ModelOutline): Draft {
  return {
    weights: Object.fromEntries(m.dimensions.map((d) => [d.id, d.weight])),
    mins: Object.fromEntries(m.grades.map((g) => [g.grade, g.minScore])),
  };
}

/** Only what differs from the model goes to the backend, so an untouched panel has nothing to try. */
function overridesOf(m: ModelOutline, d: Draft): Override[] {
  const out: Override[] = [];
  for (const dim of m.dimensions) {
    const value = d.weights[dim.id];
    if (value !== undefined && value !== dim.weight) out.push({ target: 'dimension-weight', dimensionId: dim.id, value });
  }
  for (const g of m.grades) {
    const value = d.mins[g.grade];
    if (value !== undefined && value !== g.minScore) out.push({ target: 'grade-min', grade: g.grade, value });
  }
  return out;
}

/**
 * 假设分析: change dimension weights and grade thresholds, try them on the run's own data, see the
 * distributions side by side and who would move. Nothing is saved — not the model, not the run.
 */
export function WhatIfPanel({ run }: { run: EvaluationRun }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const { outline, error: modelError } = useEvaluationModel(run.modelRowId);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [result, setResult] = useState<OutputOf<'evaluation:what-if'> | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (outline) setDraft(draftOf(outline));
  }, [outline]);

  if (modelError !== null) return <Alert type="error" showIcon role="alert" title={errorText(modelError, locale)} />;
  if (!outline || !draft) return <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>;
  const overrides = overridesOf(outline, draft);

  async function tryIt() {
    setBusy(true);
    setError(null);
    try {
      setResult(await call('evaluation:what-if', { runId: run.id, overrides }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  function discard() {
    if (outline) setDraft(draftOf(outline));
    setResult(null);
    setError(null);
    message.info(t('whatIf.discarded'));
  }

  return (
    <section aria-label={t('eval.tab.whatIf')} data-testid="what-if">
      <Alert type="info" showIcon title={t('whatIf.notSaved')} style={{ marginBottom: 12 }} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Card size="small" title={t('whatIf.changes')}>
            <WhatIfInputs outline={outline} draft={draft} onChange={setDraft} />
            <Space style={{ marginTop: 12 }}>
              <Button type="primary" loading={busy} disabled={overrides.length === 0} onClick={() => void tryIt()}>
                {t('whatIf.try')}
              </Button>
              <Button disabled={overrides.length === 0 && result === null} onClick={discard}>
                {t('whatIf.discard')}
              </Button>
            </Space>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {overrides.length === 0 ? t('whatIf.noChanges') : t('whatIf.changeCount', { n: overrides.length })}
            </Typography.Paragraph>
            {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginTop: 12 }} />}
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <Card size="small" title={result ? t('whatIf.resultTitle', { n: result.moved }) : t('whatIf.result')} data-testid="what-if-result">
            {result ? (
              <>
                <CompareGradeChart before={result.before} after={result.after} beforeLabel={t('whatIf.before')} afterLabel={t('whatIf.after')} label={t('whatIf.result')} />
                <MovesTable runId={run.id} moves={result.movers} total={result.moved} testId="what-if-movers" />
              </>
            ) : (
              <Typography.Text type="secondary">{t('whatIf.hint')}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </section>
  );
}
