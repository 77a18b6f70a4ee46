import type { TableColumnsType } from 'antd';
import type { Enterprise } from '../../contract';
import type { Translate } from '../i18n/translate';
import { StatusTag } from './StatusTag';

export function enterpriseColumns(t: Translate): TableColumnsType<Enterprise> {
  return [
    { key: 'uscc', title: t('field.uscc'), dataIndex: 'uscc', width: 200, render: (v: string) => <span className="mono">{v}</span> },
    { key: 'name', title: t('field.name'), dataIndex: 'name' },
    { key: 'region', title: t('field.region'), dataIndex: 'regionName', width: 160, ellipsis: true },
    { key: 'industry', title: t('field.industry'), dataIndex: 'industryName', width: 200, ellipsis: true },
    { key: 'legalRepresentative', title: t('field.legalRepresentative'), dataIndex: 'legalRepresentative', width: 150 },
    { key: 'status', title: t('field.status'), dataIndex: 'status', width: 100, render: (_, e) => <StatusTag status={e.status} /> },
  ];
}
