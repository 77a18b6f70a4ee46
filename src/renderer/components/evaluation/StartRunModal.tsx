import { useEffect, useState } from 'react';
import { Alert, App, Button, Form, Modal, Progress, Result, Select, Typography } from 'antd';
import type { EvaluationRun } from '../../../contract/evaluation';
import { errorText } from '../../api/api-error';
import { useEvaluationRun } from '../../hooks/use-evaluation-run';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { DateField } from '../DateField';
import { countsText } from './run-columns';

type Props = { open: boolean; onClose: () => void; onDone: (run: EvaluationRun) => void };

/** Today in Beijing: the evaluation's default as-of date, whatever zone the machine is set to. */
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * 发起评价: as-of date and model, then the progress bar with a cancel. A cancelled run leaves
 * nothing behind (the backend rolls the whole run back), and the dialog says so.
 */
export function StartRunModal({ open, onClose, onDone }: Props) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const models = useQuery('evaluation:models', open ? {} : null);
  const runner = useEvaluationRun();
  const [asOf, setAsOf] = useState<string | undefined>(today());
  const [modelRowId, setModelRowId] = useState<number | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [finished, setFinished] = useState<EvaluationRun | null>(null);
  const newest = models.data?.reduce<number | undefined>((best, m) => (best === undefined || m.id > best ? m.id : best), undefined);
  const { reset } = runner;

  useEffect(() => {
    if (!open) return;
    setFinished(null);
    setError(null);
    reset();
  }, [open, reset]);

  async function start() {
    if (!asOf) return;
    setError(null);
    const outcome = await runner.start(asOf, modelRowId ?? newest);
    if (outcome.kind === 'done') setFinished(outcome.run);
    else if (outcome.kind === 'cancelled') {
      message.info(t('eval.cancelled'));
      runner.reset();
    } else setError(outcome.error);
  }

  const busy = runner.running;
  const footer = finished ? (
    <Button type="primary" onClick={() => onDone(finished)}>
      {t('eval.openRun')}
    </Button>
  ) : busy ? (
    <Button danger onClick={runner.cancel}>
      {t('eval.cancelRun')}
    </Button>
  ) : (
    <>
      <Button onClick={onClose}>{t('common.cancel')}</Button>
      <Button type="primary" disabled={!asOf} onClick={() => void start()}>
        {t('eval.startOk')}
      </Button>
    </>
  );

  return (
    <Modal open={open} title={t('eval.start')} onCancel={busy ? undefined : onClose} closable={!busy} maskClosable={false} footer={footer} destroyOnHidden>
      {finished ? (
        <Result
          status="success"
          title={t('eval.finished', { id: finished.id, count: finished.enterprises, ms: finished.durationMs })}
          subTitle={countsText(finished.counts)}
          extra={<Typography.Text type="secondary">{t('eval.awaitReview')}</Typography.Text>}
        />
      ) : (
        <Form layout="vertical" disabled={busy}>
          <Form.Item label={t('eval.asOf')} htmlFor="eval-as-of" extra={t('eval.asOfHelp')}>
            <DateField id="eval-as-of" value={asOf} onChange={setAsOf} aria-label={t('eval.asOf')} />
          </Form.Item>
          <Form.Item label={t('eval.model')} htmlFor="eval-model">
            <Select
              id="eval-model"
              loading={models.loading}
              value={modelRowId ?? newest}
              onChange={setModelRowId}
              options={(models.data ?? []).map((m) => ({ value: m.id, label: `${m.name}（${m.modelId} v${m.version}）` }))}
            />
          </Form.Item>
        </Form>
      )}
      {(busy || finished) && (
        <section aria-label={t('eval.progress')} data-testid="run-progress">
          <Progress percent={runner.percent} status={finished ? 'success' : 'active'} aria-label={t('eval.progress')} />
          <Typography.Text type="secondary" data-testid="run-progress-text">
            {runner.progress ? t('eval.progressText', { done: runner.progress.done, total: runner.progress.total }) : t('common.loading')}
          </Typography.Text>
        </section>
      )}
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
