import type Database from 'better-sqlite3';
import { classifyMatch, type MatchSubject } from '../../../core/matching/classify';
import type { z } from 'zod';
import type { FirmMatchSchema, MatchCandidateSchema } from '../../../contract/announcements';
import { nameNeighbours, type FirmIndex } from './subjects';

export type FirmOutcome = Omit<z.infer<typeof FirmMatchSchema>, 'key' | 'name' | 'place' | 'rows'>;
export type Candidate = z.infer<typeof MatchCandidateSchema>;

/** A firm as a row names it: the code is there only when it was read intact. */
export type NamedFirm = { name: string; place: string; code: string | null };

/** What people decided about one subject key, latest decision per pair winning. */
export type KeyDecisions = { same: number | null; notSame: Set<number> };

/** Name comparisons per firm: the 字号 neighbours with most pairs in common, then the best few shown. */
const NEIGHBOURS = 40;
const SHOWN = 5;

/**
 * Every decision, replayed in the order made: a later 'same' undoes an earlier 'not-same' of the
 * same pair, and the reverse.
 */
export function loadDecisions(db: Database.Database): Map<string, KeyDecisions> {
  const rows = db.prepare('SELECT subject_key AS key, enterprise_id AS id, decision FROM match_decisions ORDER BY id').all() as { key: string; id: number | null; decision: string }[];
  const out = new Map<string, KeyDecisions>();
  for (const r of rows) {
    let d = out.get(r.key);
    if (!d) out.set(r.key, (d = { same: null, notSame: new Set() }));
    if (r.id === null) continue;
    if (r.decision === 'same') { d.same = r.id; d.notSame.delete(r.id); }
    if (r.decision === 'not-same') { d.notSame.add(r.id); if (d.same === r.id) d.same = null; }
  }
  return out;
}

function identifierOf(code: string | null): { field: 'uscc' | 'orgCode' | 'registrationNumber'; via: FirmOutcome['via'] } | null {
  if (code === null) return null;
  if (code.length === 18) return { field: 'uscc', via: 'uscc' };
  if (code.length === 9) return { field: 'orgCode', via: 'org-code' };
  if (code.length === 15) return { field: 'registrationNumber', via: 'registration-number' };
  return null;
}

function linked(index: FirmIndex, id: number, via: FirmOutcome['via'], ruledOut = 0): FirmOutcome {
  const e = index.byId.get(id);
  return { verdict: 'sure', via, enterprise: e ? { id: e.id, uscc: e.uscc, name: e.name } : null, candidates: [], ruledOut };
}

/**
 * Matches a named firm to the register (formats.md §5): an intact code decides alone (a code the
 * register lacks means an unregistered firm, never a name match); otherwise a person's earlier
 * 'same' links, and names give at most candidates for review, without the pairs ruled out.
 *
 * @example matchFirm({ name: '长沙某某有限公司', place: '湖南', code: null }, index, undefined).verdict // 'candidate'
 */
export function matchFirm(firm: NamedFirm, index: FirmIndex, decisions: KeyDecisions | undefined): FirmOutcome {
  const id = identifierOf(firm.code);
  if (id && firm.code !== null) {
    const map = id.field === 'uscc' ? index.byUscc : id.field === 'orgCode' ? index.byOrgCode : index.byRegistration;
    const hit = map.get(firm.code);
    if (hit !== undefined) return linked(index, hit, id.via);
    if (id.field === 'uscc') return { verdict: 'none', via: 'none', enterprise: null, candidates: [], ruledOut: 0 };
  }
  if (decisions?.same != null && index.byId.has(decisions.same)) return linked(index, decisions.same, 'decision', decisions.notSame.size);
  const subject: MatchSubject = { name: firm.name, place: firm.place, ...(id?.field === 'orgCode' ? { orgCode: firm.code } : {}), ...(id?.field === 'registrationNumber' ? { registrationNumber: firm.code } : {}) };
  const best = new Map<number, Candidate>();
  let ruledOut = 0;
  for (const n of nameNeighbours(index, firm.name, NEIGHBOURS)) {
    const e = index.byId.get(n.id);
    if (!e) continue;
    const d = classifyMatch(subject, { ...e, name: n.name });
    if (d.verdict === 'none') continue;
    if (decisions?.notSame.has(e.id)) { ruledOut++; continue; }
    const prev = best.get(e.id);
    if (prev && prev.score >= d.name.score) continue;
    best.set(e.id, { enterpriseId: e.id, uscc: e.uscc, name: e.name, address: e.address, score: d.name.score, parts: { ...d.name.parts }, reason: d.reason });
  }
  const candidates = [...best.values()].sort((a, b) => b.score - a.score || (b.parts.place ?? 0) - (a.parts.place ?? 0) || a.enterpriseId - b.enterpriseId).slice(0, SHOWN);
  return { verdict: candidates.length > 0 ? 'candidate' : 'none', via: candidates.length > 0 ? 'name' : 'none', enterprise: null, candidates, ruledOut };
}
