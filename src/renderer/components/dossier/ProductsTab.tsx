import { useState } from 'react';
import { App, Button, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Product } from '../../../contract/products';
import { call } from '../../api/client';
import { useDossier } from '../../hooks/use-dossier';
import { useI18n } from '../../i18n/use-i18n';
import { DeleteReasonModal } from '../DeleteReasonModal';
import { ProductFormModal } from './ProductFormModal';

type Dialog = { kind: 'create' } | { kind: 'edit'; product: Product } | { kind: 'delete'; product: Product };

const GRADE: Record<string, string> = { I: 'Ⅰ', II: 'Ⅱ', III: 'Ⅲ' };

/** 产品: the enterprise's product directory (the page loads it once, records refer to it). */
export function ProductsTab({ loading }: { loading: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { enterpriseId, products, canEdit, changed } = useDossier();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const dash = (v: string | null) => v || '—';

  const columns: TableColumnsType<Product> = [
    { key: 'name', title: t('product.name'), dataIndex: 'name' },
    { key: 'gtin', title: t('product.gtin'), dataIndex: 'gtin', width: 160, render: (v: string | null) => <span className="mono">{dash(v)}</span> },
    { key: 'brand', title: t('product.brand'), dataIndex: 'brand', width: 120, render: dash },
    { key: 'model', title: t('product.model'), dataIndex: 'model', width: 140, render: dash },
    { key: 'category', title: t('product.category'), dataIndex: 'category', ellipsis: true, render: dash },
    { key: 'riskGrade', title: t('product.riskGrade'), dataIndex: 'riskGrade', width: 100, render: (v: string | null) => (v ? GRADE[v] : '—') },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('backups.actions'),
            width: 110,
            render: (_: unknown, p: Product) => (
              <Space size={4}>
                <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setDialog({ kind: 'edit', product: p })}>
                  {t('detail.edit')}
                </Button>
                <Button type="link" size="small" danger style={{ paddingInline: 0 }} onClick={() => setDialog({ kind: 'delete', product: p })}>
                  {t('action.delete')}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <div data-testid="products">
      <div className="page-toolbar">
        <Typography.Text type="secondary">{t('product.total', { count: products.length })}</Typography.Text>
        <span className="grow" />
        {canEdit && (
          <Button type="primary" onClick={() => setDialog({ kind: 'create' })}>
            {t('product.add')}
          </Button>
        )}
      </div>
      <Table rowKey="id" size="middle" columns={columns} dataSource={products} loading={loading} pagination={false} locale={{ emptyText: t('product.empty') }} />
      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <ProductFormModal
          enterpriseId={enterpriseId}
          product={dialog.kind === 'edit' ? dialog.product : undefined}
          onClose={close}
          onSaved={(saved) => {
            message.success(t('product.saved', { name: saved.name }));
            close();
            changed();
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteReasonModal
          title={t('product.deleteTitle')}
          what={dialog.product.name}
          onClose={close}
          onConfirm={async (reason) => {
            await call('products:delete', { id: dialog.product.id, reason });
            message.success(t('delete.done'));
            close();
            changed();
          }}
        />
      )}
    </div>
  );
}
