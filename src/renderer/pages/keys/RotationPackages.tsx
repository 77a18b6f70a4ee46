import { useEffect } from 'react';
import { App, Button, Table, Typography } from 'antd';
import type { IssuedPackage } from '../../../contract';
import { errorText } from '../../api/api-error';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { formatDateTime } from '../../lib/format';
import { downloadIssued } from '../publications/download';

/**
 * The key-rotation packages issued so far, to send (again) to receiving agencies; shown only once
 * there is one. `generation` changes after a rotation, so the list asks again.
 */
export function RotationPackages({ generation }: { generation: number }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const { data, reload } = useQuery('publications:list', { packageType: 'key-rotation' });
  useEffect(() => {
    if (generation) reload();
  }, [generation, reload]);
  const rows = data ?? [];
  if (rows.length === 0) return null;

  async function save(p: IssuedPackage) {
    try {
      const saved = await downloadIssued(p.id);
      message.success(t('pub.downloaded', { file: saved.fileName }));
    } catch (cause) {
      message.error(errorText(cause, locale));
    }
  }

  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 24 }}>{t('keys.rotationPackages')}</Typography.Title>
      <Table<IssuedPackage> rowKey="id" size="small" pagination={false} dataSource={rows} data-testid="rotation-packages" columns={[
        { key: 'sequence', title: t('pub.sequence'), dataIndex: 'sequence', width: 70 },
        { key: 'issuedAt', title: t('pub.issuedAt'), dataIndex: 'issuedAt', width: 170, render: (v: string) => formatDateTime(v) },
        { key: 'file', title: t('pub.file'), dataIndex: 'fileName', render: (v: string) => <span className="mono small">{v}</span> },
        { key: 'actions', title: t('backups.actions'), width: 110, render: (_, p) => <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => void save(p)}>{t('pub.download')}</Button> },
      ]} />
    </>
  );
}
