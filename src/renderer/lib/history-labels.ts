import { KIND_SPECS } from '../../core/records/kinds';
import { RECORD_KINDS } from '../../core/records/record';
import type { Locale } from '../../core/shared/errors';
import type { Translate } from '../i18n/translate';
import type { MessageKey } from '../i18n/zh';
import { fieldLabel } from './labels';
import { recordTerm } from './record-fields';

/** Columns of a credit record as its audit snapshots name them. */
const RECORD_FIELDS: Record<string, MessageKey> = {
  authority: 'record.authority',
  authorityCode: 'record.authorityCode',
  docNo: 'record.docNo',
  occurredOn: 'record.occurredOn',
  datePrecision: 'record.datePrecision',
  endsOn: 'record.endsOn',
  outcome: 'record.outcome',
  severity: 'record.severity',
  state: 'record.state',
  effect: 'record.effect',
  summary: 'record.summary',
  kind: 'record.kind',
  productId: 'record.product',
  deletedAt: 'history.deletedAt',
  deletedBy: 'history.deletedBy',
  deleteReason: 'delete.reason',
  event: 'spot.step',
  onDate: 'spot.onDate',
  note: 'spot.note',
  warnings: 'history.warnings',
};

const PRODUCT_FIELDS: Record<string, MessageKey> = {
  name: 'product.name',
  gtin: 'product.gtin',
  brand: 'product.brand',
  model: 'product.model',
  category: 'product.category',
  riskGrade: 'product.riskGrade',
  standards: 'product.standards',
  licenceNo: 'product.licenceNo',
};

const ATTACHMENT_FIELDS: Record<string, MessageKey> = {
  fileName: 'attach.file',
  size: 'attach.size',
  mediaType: 'attach.type',
  sha256: 'attach.sha256',
};

/** Detail keys of every kind with their Chinese labels (CF_WSH → 行政处罚决定书文号 …). */
const DETAIL_LABELS: Record<string, string> = Object.assign({}, ...RECORD_KINDS.map((k) => KIND_SPECS[k].labels)) as Record<string, string>;

/**
 * The label of a field of a dossier's history: enterprise fields as on the form, record
 * columns, a record's details (`details.CF_WSH`) by core's labels, product and evidence fields.
 * Unknown fields stay as they are, so nothing is hidden.
 */
export function historyFieldLabel(entity: string, field: string, t: Translate, locale: Locale): string {
  const table = entity === 'record' ? RECORD_FIELDS : entity === 'product' ? PRODUCT_FIELDS : entity === 'attachment' ? ATTACHMENT_FIELDS : null;
  const key = table?.[field];
  if (key) return t(key);
  if (entity === 'record' && DETAIL_LABELS[field]) return recordTerm(DETAIL_LABELS[field], locale);
  return fieldLabel(field, t);
}

export const ENTITY_KEYS: Record<string, MessageKey> = {
  enterprise: 'entity.enterprise',
  record: 'entity.record',
  product: 'entity.product',
  attachment: 'entity.attachment',
};
