import type { BanWarning } from '../../../contract/todo';
import { DEFAULT_LIST_TYPES } from '../../../core/lists/list-types';
import { IN_FORCE_LIST_STATES } from '../../../core/lists/states';
import type { CallContext } from '../../router/context';

type BanRow = {
  entryId: number; listType: string; personId: number; personName: string; listedEnterpriseId: number | null; listedSubject: string;
  enterpriseId: number; enterpriseName: string; appointedOn: string | null; listedOn: string | null; plannedEnd: string | null;
};

/** Red lists reward; only lists that restrict (and types this agency does not know) can ban a person. */
const REWARDING = DEFAULT_LIST_TYPES.filter((t) => t.effect === 'positive').map((t) => t.id);

const labelOf = (listType: string): string => DEFAULT_LIST_TYPES.find((t) => t.id === listType)?.label.zh ?? listType;

/**
 * Persons under a listing in force who, on `asOf`, are legal representative of an enterprise other
 * than the one the listing was about. Computed from the stored appointments, so an appointment
 * typed in and one imported are caught alike. One query: it starts from the few listed persons and
 * reaches their appointments by index, whatever the number of enterprises.
 *
 * @example banAppointments(ctx, '2026-12-01', { enterpriseId: 42 }) // [{ personName: '赵大海', enterpriseName: '…', … }]
 */
export function banAppointments(ctx: CallContext, asOf: string, filter: { enterpriseId?: number } = {}): BanWarning[] {
  const states = IN_FORCE_LIST_STATES.map(() => '?').join(', ');
  const rewarding = REWARDING.map(() => '?').join(', ');
  const rows = ctx.ws.db.prepare(`
    SELECT le.id AS entryId, le.list_type AS listType, p.id AS personId, p.name AS personName, le.enterprise_id AS listedEnterpriseId,
      le.subject_name AS listedSubject, e.id AS enterpriseId, e.name AS enterpriseName, ep.from_date AS appointedOn,
      le.listed_on AS listedOn, le.planned_end AS plannedEnd
    FROM list_entries le
    JOIN persons p ON p.id = le.person_id AND p.deleted_at IS NULL
    JOIN enterprise_persons ep ON ep.person_id = le.person_id AND ep.role = 'legal_representative'
      AND (ep.from_date IS NULL OR ep.from_date <= @asOf) AND (ep.to_date IS NULL OR ep.to_date > @asOf)
    JOIN enterprises e ON e.id = ep.enterprise_id AND e.deleted_at IS NULL
    WHERE le.person_id IS NOT NULL AND le.state IN (${states}) AND le.list_type NOT IN (${rewarding})
      AND (le.enterprise_id IS NULL OR le.enterprise_id <> ep.enterprise_id)
      ${filter.enterpriseId !== undefined ? 'AND ep.enterprise_id = @enterpriseId' : ''}
    ORDER BY le.id, e.id`)
    .all(...IN_FORCE_LIST_STATES, ...REWARDING, { asOf, ...(filter.enterpriseId !== undefined ? { enterpriseId: filter.enterpriseId } : {}) }) as BanRow[];
  return rows.map((r) => ({ ...r, listLabel: labelOf(r.listType) }));
}
