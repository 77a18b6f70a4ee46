import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE } from '../../../src/backend/workspace/open';
import { insertEntry, insertPerson } from '../../backend/publications-fixtures';
import type { Workspace } from './host';
import { beijingToday, daysBefore } from './list-entries';

const AT = '2026-01-01T09:00:00.000+08:00';

/** A proposal's basis as `lists:propose` stores it, so the machine replays the seeded history. */
const basis = (penaltyId: number) => ({
  listType: 'serious-dishonesty', subjects: ['enterprise'], penaltyRecordIds: [penaltyId],
  art12: { malice: '明知不合格仍继续销售', frequency: '两年内三次', duration: '持续约八个月', amount: '罚没款合计 32 万元' },
  reason: '生产销售不合格产品，货值金额较大', legalBasis: '《市场监督管理严重违法失信名单管理办法》第九条', authority: '长沙市市场监督管理局',
  authorityLevel: 'province', restrictionEndsOn: null,
});

export type SeededTodo = { overdueFirm: string; soonFirm: string; overdueUid: string; bannedPerson: string; listedFirm: string; servingFirm: string };

/**
 * Rows the to-do view reads, written before the host starts (the steps may not be dated by the
 * browser): two entries decided and not yet published — one whose 20-working-day publication
 * period ran out weeks ago, one whose period ends within two weeks — and a listed person who is
 * now legal representative of another demo firm.
 */
export function seedTodo(workspace: Workspace): SeededTodo {
  const today = beijingToday();
  const db = new Database(join(workspace.dir, DB_FILE));
  try {
    const firms = db.prepare('SELECT id, name, uscc FROM enterprises ORDER BY id LIMIT 4').all() as { id: number; name: string; uscc: string }[];
    const [a, b, c, d] = firms;
    if (!a || !b || !c || !d) throw new Error(`the demo has ${firms.length} enterprises; 4 are needed`);
    const event = db.prepare(`INSERT INTO list_events (entry_id, event, on_date, by_user, by_role, doc_no, evidence, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    const penalty = db.prepare(`INSERT INTO credit_records (kind, enterprise_id, subject_name, effect, authority, doc_no, occurred_on, summary, source, created_at, created_by, updated_at)
      VALUES ('penalties', ?, ?, 'negative', '长沙市市场监督管理局', ?, ?, '销售不合格产品', 'manual', ?, 'officer', ?)`);
    const decided = (firm: typeof a, uid: string, decideDaysAgo: number) => {
      const penaltyId = Number(penalty.run(firm.id, firm.name, `长市监罚〔2026〕${uid.slice(-2)}号`, daysBefore(today, decideDaysAgo + 30), AT, AT).lastInsertRowid);
      const id = insertEntry(db, { uid, name: firm.name, uscc: firm.uscc, enterpriseId: firm.id, state: 'decided' });
      event.run(id, 'propose', daysBefore(today, decideDaysAgo + 25), 'officer', 'officer', null, JSON.stringify({ basis: basis(penaltyId), documents: [] }), AT);
      event.run(id, 'serve-notice', daysBefore(today, decideDaysAgo + 20), 'officer', 'officer', `长市监信告〔2026〕${uid.slice(-2)}号`, '{"documents":[]}', AT);
      event.run(id, 'decide', daysBefore(today, decideDaysAgo), 'reviewer', 'reviewer', `长市监信决〔2026〕${uid.slice(-2)}号`, '{"documents":[]}', AT);
    };
    const person = '钱失信';
    db.transaction(() => {
      decided(a, 'TODO-0001', 60);
      decided(b, 'TODO-0002', 20);
      const p = insertPerson(db, person, '430102198501019999');
      insertEntry(db, { uid: 'TODO-0003', name: c.name, uscc: c.uscc, enterpriseId: c.id, personId: p, state: 'active', listedOn: daysBefore(today, 100) });
      db.prepare("INSERT INTO enterprise_persons (enterprise_id, person_id, role, from_date, recorded_at) VALUES (?, ?, 'legal_representative', ?, ?)")
        .run(c.id, p, daysBefore(today, 2000), AT);
      db.prepare("INSERT INTO enterprise_persons (enterprise_id, person_id, role, from_date, recorded_at) VALUES (?, ?, 'legal_representative', ?, ?)")
        .run(d.id, p, daysBefore(today, 5), AT);
      // What enterprises:set-legal-representative does to the display text, so the dossier agrees with the appointment.
      db.prepare('UPDATE enterprises SET legal_representative = ? WHERE id = ?').run(person, d.id);
    })();
    return { overdueFirm: a.name, soonFirm: b.name, overdueUid: 'TODO-0001', bannedPerson: person, listedFirm: c.name, servingFirm: d.name };
  } finally {
    db.close();
  }
}
