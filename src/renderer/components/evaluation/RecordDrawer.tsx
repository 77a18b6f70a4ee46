import { Alert, Button, Descriptions, Drawer, Skeleton } from 'antd';
import { errorText } from '../../api/api-error';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { effectLabel, kindLabel, outcomeLabel, severityLabel, stateLabel } from '../../lib/record-labels';
import { navigate } from '../../lib/route';

type Props = { recordId: number | null; enterpriseId: number; asOf: string; onClose: () => void };

/**
 * The record behind a point, read with `records:get` as of the run's date (what the evaluation
 * saw), with a way on to the dossier tab that holds it for everything else about it.
 */
export function RecordDrawer({ recordId, enterpriseId, asOf, onClose }: Props) {
  const { t, locale } = useI18n();
  const { data, error } = useQuery('records:get', recordId ? { id: recordId, asOf } : null);
  const shown = data && data.id === recordId ? data : undefined;
  return (
    <Drawer open={recordId !== null} onClose={onClose} size={560} title={shown ? shown.summary : t('common.loading')} destroyOnHidden>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} />}
      {!shown && error === null && <Skeleton active />}
      {shown && (
        <div data-testid="evidence-record">
          <Descriptions
            bordered
            size="small"
            column={1}
            styles={{ label: { width: 140 } }}
            items={[
              { key: 'id', label: t('eval.recordNo'), children: `#${shown.id}` },
              { key: 'kind', label: t('record.kind'), children: kindLabel(shown.kind, locale) },
              { key: 'effect', label: t('record.effect'), children: effectLabel(shown.effect, t) },
              { key: 'occurredOn', label: t('record.occurredOn'), children: shown.occurredOn },
              { key: 'authority', label: t('record.authority'), children: shown.authority || '—' },
              { key: 'docNo', label: t('record.docNo'), children: shown.docNo || '—' },
              ...(shown.outcome ? [{ key: 'outcome', label: t('record.outcome'), children: outcomeLabel(shown.outcome, locale) }] : []),
              ...(shown.severity ? [{ key: 'severity', label: t('record.severity'), children: severityLabel(shown.severity, t) }] : []),
              ...(shown.state ? [{ key: 'state', label: t('record.state'), children: stateLabel(shown.state, locale) }] : []),
              ...(shown.endsOn ? [{ key: 'endsOn', label: t('eval.endsOn'), children: shown.endsOn }] : []),
            ]}
          />
          <Button type="primary" style={{ marginTop: 16 }} onClick={() => navigate({ page: 'enterprise', id: enterpriseId, tab: shown.kind })}>
            {t('eval.openInDossier')}
          </Button>
        </div>
      )}
    </Drawer>
  );
}
