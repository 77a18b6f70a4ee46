import { Button, Card, Empty, List, Tag } from 'antd';
import type { Explanation } from '../../../contract/evaluation';
import { useI18n } from '../../i18n/use-i18n';

type Hit = Explanation['vetoes'][number];
type Props = { explanation: Explanation; onRecord: (id: number) => void };

/** 门槛、封顶与一票否决: the rules that bound the grade whatever the score, with their records. */
export function RuleHits({ explanation, onRecord }: Props) {
  const { t } = useI18n();
  const hits: { hit: Hit; kind: 'veto' | 'cap' | 'gate'; color: string }[] = [
    ...explanation.vetoes.map((hit) => ({ hit, kind: 'veto' as const, color: 'red' })),
    ...explanation.caps.map((hit) => ({ hit, kind: 'cap' as const, color: 'orange' })),
    ...explanation.gatesFailed.map((hit) => ({ hit, kind: 'gate' as const, color: 'gold' })),
  ];
  return (
    <Card size="small" title={t('eval.ruleHits')} data-testid="rule-hits">
      {hits.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('eval.noRuleHits')} />
      ) : (
        <List
          size="small"
          dataSource={hits}
          renderItem={({ hit, kind, color }) => (
            <List.Item>
              <span>
                <Tag color={color}>{t(`eval.hit.${kind}`, { grade: hit.grade })}</Tag>
                {hit.label}
                {hit.recordIds.map((id) => (
                  <Button key={id} type="link" size="small" data-record={id} onClick={() => onRecord(id)}>
                    {t('eval.recordLink', { id })}
                  </Button>
                ))}
              </span>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
