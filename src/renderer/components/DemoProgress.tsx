import { useEffect, useRef } from 'react';
import { App, Button, Progress, Typography } from 'antd';
import type { ProgressEvent } from '../../contract';
import { useI18n } from '../i18n/use-i18n';

type Props = { progress: ProgressEvent | null; percent: number; onCancel: () => void };

/** The demo generation's progress bar, with a Cancel that asks before it stops the job. */
export function DemoProgress({ progress, percent, onCancel }: Props) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const confirm = useRef<{ destroy: () => void } | null>(null);

  // The job can finish while the question is still open; the question must not outlive it.
  useEffect(() => () => confirm.current?.destroy(), []);

  function askCancel() {
    confirm.current = modal.confirm({
      title: t('setup.cancelTitle'),
      content: t('setup.cancelBody'),
      okText: t('setup.cancelYes'),
      cancelText: t('setup.cancelNo'),
      okButtonProps: { danger: true },
      onOk: onCancel,
    });
  }

  return (
    <section aria-label={t('setup.generating')} data-testid="demo-progress">
      <Typography.Paragraph>{t('setup.generating')}…</Typography.Paragraph>
      <Progress percent={percent} status="active" aria-label={t('setup.generating')} />
      <Typography.Paragraph type="secondary" data-testid="demo-progress-text">
        {progress ? t('setup.progress', { done: progress.done, total: progress.total }) : t('common.loading')}
        {progress?.label ? ` · ${progress.label}` : ''}
      </Typography.Paragraph>
      <Button onClick={askCancel}>{t('setup.cancel')}</Button>
    </section>
  );
}
