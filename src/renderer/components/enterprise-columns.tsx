import type { TableColumnsType } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import type { Enterprise } from '../../contract';
import type { SortField } from '../hooks/use-enterprise-list';
import type { Translate } from '../i18n/translate';
import { StatusTag } from './StatusTag';

/** The list's columns; those the backend can sort by carry a sorter bound to the list's state. */
export function enterpriseColumns(t: Translate, sort: SortField, order: 'asc' | 'desc'): TableColumnsType<Enterprise> {
  const sortOrder = (field: SortField): SortOrder => (sort === field ? (order === 'asc' ? 'ascend' : 'descend') : null);
  const sortable = (field: SortField) => ({ sorter: true, sortOrder: sortOrder(field), sortDirections: ['ascend', 'descend'] as SortOrder[] });
  return [
    { key: 'uscc', title: t('field.uscc'), dataIndex: 'uscc', width: 200, render: (v: string) => <span className="mono">{v}</span>, ...sortable('uscc') },
    { key: 'name', title: t('field.name'), dataIndex: 'name', ...sortable('name') },
    { key: 'regionCode', title: t('field.region'), dataIndex: 'regionName', width: 160, ellipsis: true, ...sortable('regionCode') },
    { key: 'industry', title: t('field.industry'), dataIndex: 'industryName', width: 200, ellipsis: true },
    { key: 'legalRepresentative', title: t('field.legalRepresentative'), dataIndex: 'legalRepresentative', width: 150 },
    { key: 'status', title: t('field.status'), dataIndex: 'status', width: 100, render: (_, e) => <StatusTag status={e.status} /> },
  ];
}
