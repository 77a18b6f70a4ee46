import { useState } from 'react';
import { Alert, Input, Select, Space, Table, Tag } from 'antd';
import type { z } from 'zod';
import type { EvaluationRun, ResultRowSchema } from '../../../contract/evaluation';
import { errorText } from '../../api/api-error';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { navigate } from '../../lib/route';
import { GradeTag } from './GradeTag';

type ResultRow = z.infer<typeof ResultRowSchema>;

/** 评价结果: paged on the server, filtered by grade and searched by name or code. */
export function ResultsTable({ run }: { run: EvaluationRun }) {
  const { t, locale } = useI18n();
  const [filter, setFilter] = useState<{ grade?: string; query?: string; page: number; pageSize: number }>({ page: 1, pageSize: 20 });
  const { data, error, loading } = useQuery('evaluation:results', { runId: run.id, ...filter });
  return (
    <section aria-label={t('eval.tab.results')}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          aria-label={t('eval.gradeFilter')}
          placeholder={t('eval.allGrades')}
          style={{ width: 160 }}
          value={filter.grade}
          onChange={(grade?: string) => setFilter((f) => ({ ...f, grade, page: 1 }))}
          options={run.counts.map((c) => ({ value: c.grade, label: `${c.grade}（${c.count}）` }))}
        />
        <Input.Search
          allowClear
          aria-label={t('eval.search')}
          placeholder={t('eval.search')}
          style={{ width: 360 }}
          onSearch={(query) => setFilter((f) => ({ ...f, query: query.trim() || undefined, page: 1 }))}
        />
      </Space>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
      <Table<ResultRow>
        rowKey="enterpriseId"
        size="small"
        data-testid="results-table"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('eval.noResults') }}
        rowClassName={() => 'clickable-row'}
        onRow={(r) => ({ onClick: () => navigate({ page: 'evaluation', runId: run.id, enterpriseId: r.enterpriseId }) })}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (count, [from, to]) => t('ent.range', { from, to, count }),
          onChange: (page, pageSize) => setFilter((f) => ({ ...f, page: pageSize === f.pageSize ? page : 1, pageSize })),
        }}
        columns={[
          { key: 'name', title: t('field.name'), dataIndex: 'name' },
          { key: 'uscc', title: t('field.uscc'), dataIndex: 'uscc', width: 190 },
          { key: 'score', title: t('eval.score'), dataIndex: 'score', width: 90, align: 'right' },
          { key: 'raw', title: t('eval.rawGrade'), width: 100, render: (_, r) => <GradeTag grade={r.rawGrade} /> },
          {
            key: 'grade',
            title: t('eval.finalGrade'),
            width: 180,
            render: (_, r) => (
              <>
                <GradeTag grade={r.grade} />
                {r.adjustedGrade && <Tag>{t('eval.adjustedTag')}</Tag>}
                {r.vetoed && <Tag color="red">{t('eval.vetoedTag')}</Tag>}
              </>
            ),
          },
        ]}
      />
    </section>
  );
}
