import { useEffect, useState } from 'react';
import { Alert, App, Button, Select, Table, Tag, Typography } from 'antd';
import type { OutputOf } from '../../contract';
import { AnnouncementKindSchema, type AnnouncementKind } from '../../contract/announcements';
import { errorText } from '../api/api-error';
import { call } from '../api/client';
import { useQuery } from '../hooks/use-query';
import { useI18n } from '../i18n/use-i18n';
import { formatLocaleDateTime } from '../lib/format';

type Field = OutputOf<'synonyms:get'>['fields'][number];
const SHOWN = 6;

/**
 * 表头同义词: per kind of file, the shipped headers of each field (read-only) and the ones this
 * workspace added, editable as tags. Saved together; the importer uses them at once.
 */
export function SynonymsPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [kind, setKind] = useState<AnnouncementKind>('spot-checks');
  const { data, error, reload } = useQuery('synonyms:get', { kind });
  const [added, setAdded] = useState<Record<string, string[]>>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);

  useEffect(() => {
    if (data) setAdded(Object.fromEntries(data.fields.map((f) => [f.field, f.added])));
  }, [data]);
  const changed = data?.fields.some((f) => JSON.stringify(added[f.field] ?? []) !== JSON.stringify(f.added)) ?? false;

  async function save() {
    setSaving(true);
    setSaveError(null);
    try {
      await call('synonyms:update', { kind, added: Object.fromEntries(Object.entries(added).filter(([, v]) => v.length > 0)) });
      message.success(t('syn.saved'));
      reload();
    } catch (e) {
      setSaveError(e);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="synonyms-title" data-testid="synonyms">
      <div className="page-toolbar">
        <Typography.Title level={4} id="synonyms-title" style={{ margin: 0 }}>{t('nav.synonyms')}</Typography.Title>
        <Select<AnnouncementKind>
          aria-label={t('ann.kind')}
          value={kind}
          style={{ width: 260 }}
          onChange={setKind}
          options={AnnouncementKindSchema.options.map((k) => ({ value: k, label: t(`ann.kind.${k}`) }))}
        />
        <span className="grow" />
        {data?.updatedAt && data.updatedBy && (
          <Typography.Text type="secondary">{t('syn.updated', { user: data.updatedBy, at: formatLocaleDateTime(data.updatedAt, locale) })}</Typography.Text>
        )}
        <Button type="primary" loading={saving} disabled={!changed} onClick={() => void save()}>{t('common.save')}</Button>
      </div>
      <Typography.Paragraph type="secondary">{t('syn.intro')}</Typography.Paragraph>
      {(error ?? saveError) ? <Alert type="error" showIcon role="alert" title={errorText(saveError ?? error, locale)} style={{ marginBottom: 12 }} /> : null}
      <Table<Field>
        rowKey="field"
        size="small"
        pagination={false}
        loading={!data}
        dataSource={data?.fields ?? []}
        columns={[
          { key: 'label', title: t('ann.field'), dataIndex: 'label', width: 160 },
          {
            key: 'shipped', title: t('syn.shipped'),
            render: (_, f) => (
              <>
                {f.shipped.slice(0, SHOWN).map((s) => <Tag key={s}>{s}</Tag>)}
                {f.shipped.length > SHOWN && <Typography.Text type="secondary" title={f.shipped.slice(SHOWN).join('、')}>{t('syn.more', { count: f.shipped.length - SHOWN })}</Typography.Text>}
              </>
            ),
          },
          {
            key: 'added', title: t('syn.added'), width: '36%',
            render: (_, f) => (
              <Select<string[]>
                mode="tags"
                style={{ width: '100%' }}
                aria-label={t('syn.addedFor', { field: f.label })}
                placeholder={t('syn.addPlaceholder')}
                value={added[f.field] ?? []}
                open={false}
                tokenSeparators={[',', '，', '、']}
                onChange={(v) => setAdded((a) => ({ ...a, [f.field]: v.map((s) => s.trim()).filter((s) => s !== '') }))}
              />
            ),
          },
        ]}
      />
    </section>
  );
}
