import { Space, Tag } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { EnterpriseDetail } from '../../../contract';
import type { Translate } from '../../i18n/translate';
import { formatDateTime } from '../../lib/format';
import { StatusTag } from '../StatusTag';

/** The enterprise's own fields for the dossier header; former names follow the current one. */
export function enterpriseItems(e: EnterpriseDetail, t: Translate): DescriptionsProps['items'] {
  const orDash = (text: string | null) => text || '—';
  const former = e.formerNames.filter((n) => !n.current).map((n) => n.name);
  return [
    {
      key: 'uscc',
      label: t('field.uscc'),
      children: (
        <Space wrap>
          <span className="mono">{e.uscc}</span>
          {e.usccCheckAcknowledged && <Tag color="orange">{t('detail.ackTag')}</Tag>}
        </Space>
      ),
    },
    { key: 'name', label: t('field.name'), children: former.length > 0 ? `${e.name}（${t('dossier.formerNames')}${t('common.colon')}${former.join('、')}）` : e.name, span: 2 },
    { key: 'region', label: t('field.region'), children: `${e.regionCode} ${e.regionName}` },
    { key: 'industry', label: t('field.industry'), children: `${e.industryCode} ${e.industryName}` },
    { key: 'status', label: t('field.status'), children: <StatusTag status={e.status} /> },
    { key: 'legalRepresentative', label: t('field.legalRepresentative'), children: orDash(e.legalRepresentative) },
    { key: 'chiefQualityOfficer', label: t('dossier.chiefQualityOfficer'), children: orDash(e.chiefQualityOfficer) },
    { key: 'keyProduct', label: t('dossier.keyProduct'), children: e.keyProduct ? t('common.yes') : t('common.no') },
    { key: 'address', label: t('field.address'), children: orDash(e.address), span: 2 },
    { key: 'updatedAt', label: t('field.updatedAt'), children: formatDateTime(e.updatedAt) },
  ];
}
