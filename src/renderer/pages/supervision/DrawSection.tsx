import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, InputNumber, Table, Typography } from 'antd';
import type { DrawSummary } from '../../../contract/supervision';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { CodeSelect } from '../../components/CodeSelect';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { DrawList } from './DrawList';

type Values = { year: number; region?: string; seed?: string };

/** The draw form (confirmed first: a draw is stored and audited), the open list and the past draws. */
export function DrawSection() {
  const { t, locale } = useI18n();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [openId, setOpenId] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const draws = useQuery('supervision:draws', {});
  const draw = (v: Values) => {
    const region = v.region ?? null;
    modal.confirm({
      title: t('sup.drawConfirm', { year: v.year, region: region ?? t('sup.regionAll') }),
      content: t('sup.drawConfirmBody'),
      okText: t('sup.drawButton'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        setError(null);
        try {
          const seed = v.seed?.trim();
          const d = await call('supervision:draw', { year: v.year, region, ...(seed ? { seed } : {}) });
          message.success(t('sup.drawn', { n: d.selected, seed: d.seed }));
          setOpenId(d.id);
          draws.reload();
        } catch (e) {
          setError(e);
        }
      },
    });
  };
  return (
    <Card title={t('sup.draw')} data-testid="sup-draw">
      <Form<Values> form={form} layout="inline" initialValues={{ year: new Date().getFullYear() }} onFinish={draw} style={{ rowGap: 8 }}>
        <Form.Item name="year" label={t('sup.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} style={{ width: 100 }} aria-label={t('sup.year')} />
        </Form.Item>
        <Form.Item name="region" label={t('sup.region')}>
          <CodeSelect channel="codes:regions" allowClear style={{ width: 260 }} aria-label={t('sup.region')} />
        </Form.Item>
        <Form.Item name="seed" label={t('sup.seed')} tooltip={t('sup.seedHint')}>
          <Input style={{ width: 200 }} maxLength={100} aria-label={t('sup.seed')} />
        </Form.Item>
        <Button type="primary" htmlType="submit">{t('sup.drawButton')}</Button>
      </Form>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginTop: 12 }} />}
      {openId !== null && <DrawList key={openId} id={openId} />}
      <Typography.Title level={5} style={{ marginTop: 16 }}>{t('sup.pastDraws')}</Typography.Title>
      <Table<DrawSummary> rowKey="id" size="small" loading={draws.loading} dataSource={draws.data ?? []} data-testid="sup-past-draws"
        locale={{ emptyText: t('sup.noDraws') }} pagination={{ pageSize: 10, showSizeChanger: false }}
        columns={[
          { title: t('sup.col.drawId'), dataIndex: 'id' },
          { title: t('sup.year'), dataIndex: 'year' },
          { title: t('sup.region'), dataIndex: 'region', render: (r: string | null) => r ?? t('sup.regionAll') },
          { title: t('sup.col.seed'), dataIndex: 'seed', render: (s: string) => <Typography.Text code copyable>{s}</Typography.Text> },
          { title: t('sup.col.seedGenerated'), dataIndex: 'seedGenerated', render: (g: boolean) => (g ? t('sup.seedAuto') : t('sup.seedGiven')) },
          { title: t('sup.col.selected'), dataIndex: 'selected' },
          { title: t('sup.col.digest'), dataIndex: 'inputsDigest', render: (d: string) => <Typography.Text code title={d}>{d.slice(0, 12)}</Typography.Text> },
          { title: t('sup.col.drawnBy'), dataIndex: 'drawnBy' },
          { title: t('sup.col.drawnAt'), dataIndex: 'drawnAt' },
          { title: '', key: 'open', render: (_, d) => <Button size="small" onClick={() => setOpenId(d.id)}>{t('sup.open')}</Button> },
        ]} />
    </Card>
  );
}
