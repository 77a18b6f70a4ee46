import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../src/contract';
import type { TestBackend } from '../helpers/workspace';
import { AGENCY_A, AGENCY_B, agencyWorkspace, PASSPHRASE, type Clock } from './exchange-fixtures';
import { insertEnterprise, insertEntry } from './publications-fixtures';

const clockA: Clock = { at: new Date('2026-07-06T02:00:00Z') };
const clockB: Clock = { at: new Date('2026-07-06T03:00:00Z') };
let A: TestBackend;
let B: TestBackend;
let aReviewer: string;
let bOfficer: string;
const firms: Record<string, number> = {};

/** A's entries, named as another agency's register spells them (no code unless given). */
const SENT: [uid: string, name: string, uscc: string | null][] = [
  ['QL-0101', '某某（北京）科技有限公司', null],
  ['QL-0102', '廣東華興實業有限公司', null],
  ['QL-0103', '湖南某某食品有限公司长沙分公司', null],
  ['QL-0104', '长沙星城电器有限公司', '91430100MA4L000033'],
  ['QL-0105', '完全不同的名称有限公司', '91430100MA4L000044'],
];

async function send(snapshot: boolean): Promise<OutputOf<'exchange:import-apply'>> {
  clockA.at = new Date(clockA.at.getTime() + 3600_000);
  clockB.at = new Date(clockB.at.getTime() + 3600_000);
  const out = (await A.value('exchange:export', { stream: 'black', snapshot, passphrase: PASSPHRASE }, aReviewer)) as OutputOf<'exchange:export'>;
  const file = (await A.value('publications:export', { id: out.id }, aReviewer)) as OutputOf<'publications:export'>;
  return (await B.value('exchange:import-apply', { contentBase64: file.contentBase64, fileName: file.fileName }, bOfficer)) as OutputOf<'exchange:import-apply'>;
}

const state = (uid: string) => B.ws.db.prepare("SELECT enterprise_id AS enterpriseId, match_state AS matchState FROM list_entries WHERE external_id = ?").get(uid);
const entryId = (uid: string) => B.ws.db.prepare('SELECT id FROM list_entries WHERE external_id = ?').pluck().get(uid) as number;

beforeAll(async () => {
  const a = await agencyWorkspace(AGENCY_A, clockA);
  const b = await agencyWorkspace(AGENCY_B, clockB);
  A = a.b;
  B = b.b;
  aReviewer = a.reviewer;
  bOfficer = b.officer;
  await B.value('trust:add', { ...AGENCY_A, pem: a.key.spkiPem, fingerprint: a.key.fingerprint }, b.admin);
  for (const [uid, name, uscc] of SENT) insertEntry(A.ws.db, { uid, name, uscc, state: 'active', listedOn: '2026-06-01' });
  firms.beijing = insertEnterprise(B.ws.db, '91110108MA0000001X', '北京某某科技有限公司');
  firms.huaxing = insertEnterprise(B.ws.db, '91440101MA0000002X', '广东华兴实业有限公司');
  firms.head = insertEnterprise(B.ws.db, '91430100MA0000003X', '湖南某某食品有限公司');
  firms.xingcheng = insertEnterprise(B.ws.db, '91440101MA5CJQ4N59', '长沙星城电器有限公司');
  firms.coded = insertEnterprise(B.ws.db, '91430100MA4L000044', '本地另一个名称有限公司');
}, 120_000);
afterAll(() => { A?.cleanup(); B?.cleanup(); });

describe('matching received subjects to our dossiers (formats.md §5)', { timeout: 300_000 }, () => {
  it('links by code only, sends name-only look-alikes to review with the score parts, and never links a branch or a same-name firm with another code', async () => {
    const r = await send(true);
    expect(r.matches).toEqual({ linked: 1, review: 2, none: 2 });
    expect(state('QL-0105')).toEqual({ enterpriseId: firms.coded, matchState: 'linked' });
    expect(state('QL-0104')).toEqual({ enterpriseId: null, matchState: 'none' });
    expect(state('QL-0103')).toEqual({ enterpriseId: null, matchState: 'none' });
    const review = (await B.value('exchange:review-list', {}, bOfficer)) as OutputOf<'exchange:review-list'>;
    expect(review.items.map((i) => [i.externalId, i.candidates.map((c) => c.enterpriseId)])).toEqual(
      expect.arrayContaining([['QL-0101', [firms.beijing]], ['QL-0102', [firms.huaxing]]]));
    for (const item of review.items) {
      expect(item.candidates[0]?.score).toBe(1);
      expect(Object.keys(item.candidates[0]?.parts ?? {})).toEqual(expect.arrayContaining(['tradeName', 'place']));
    }
  });

  it('keeps each decision and replays it on the next import: the same stays linked, a rejected pair does not come back', async () => {
    const same = (await B.value('exchange:review-resolve', { entryId: entryId('QL-0101'), enterpriseId: firms.beijing ?? 0, decision: 'same' }, bOfficer)) as OutputOf<'exchange:review-resolve'>;
    expect(same.linkedEntryIds).toEqual([entryId('QL-0101')]);
    await B.value('exchange:review-resolve', { entryId: entryId('QL-0102'), enterpriseId: firms.huaxing ?? 0, decision: 'not-same' }, bOfficer);
    expect(state('QL-0102')).toEqual({ enterpriseId: null, matchState: 'none' });
    // A amends both records; the delta brings them again and B matches them anew.
    A.ws.db.prepare("UPDATE list_entries SET reason = reason || '（补充说明）' WHERE entry_uid IN ('QL-0101', 'QL-0102')").run();
    const r = await send(false);
    expect(r.counts.amended).toBe(2);
    expect(state('QL-0101')).toEqual({ enterpriseId: firms.beijing, matchState: 'linked' });
    expect(state('QL-0102')).toEqual({ enterpriseId: null, matchState: 'none' });
    const decisions = B.ws.db.prepare('SELECT decision, decided_by FROM match_decisions ORDER BY id').all();
    expect(decisions).toEqual([{ decision: 'same', decided_by: 'officer' }, { decision: 'not-same', decided_by: 'officer' }]);
  });

  it('shows the linked external entry for the dossier (联合惩戒)', async () => {
    const page = (await B.value('exchange:entries', { enterpriseId: firms.beijing ?? 0 }, bOfficer)) as OutputOf<'exchange:entries'>;
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ issuer: AGENCY_A.agencyCode, agencyName: AGENCY_A.agencyName, listType: 'serious-dishonesty', status: 'active', matchState: 'linked' });
  });
});
