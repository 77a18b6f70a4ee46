import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendar, HolidayCalendarSchema } from '../../src/core/calendar/working-days';
import { validateRecordDraft } from '../../src/core/records/draft';
import { RECORD_KINDS, type RecordKind } from '../../src/core/records/record';
import { replay } from '../../src/core/spot-checks/machine';
import type { SpotCheckEventType } from '../../src/core/spot-checks/states';
import { RESOURCES, testBackend, type TestBackend } from '../helpers/workspace';

type Row = { id: number; kind: RecordKind; enterprise_id: number; effect: string; authority: string; doc_no: string | null; occurred_on: string;
  date_precision: 'day' | 'month' | 'year'; ends_on: string | null; outcome: string | null; severity: string | null; state: string | null; summary: string; details: string };

let b: TestBackend;
let rows: Row[];
beforeAll(async () => {
  b = await testBackend({ now: () => new Date('2026-11-28T02:00:00Z') });
  const admin = await b.login('admin');
  const out = (await b.value('demo:generate', { enterprises: 400, seed: 'records' }, admin)) as { records: number };
  rows = b.ws.db.prepare('SELECT * FROM credit_records').all() as Row[];
  expect(rows).toHaveLength(out.records);
});
afterAll(() => b.cleanup());

describe('demo records', () => {
  it('fills five years of every kind, about ten records a firm', () => {
    const kinds = new Set(rows.map((r) => r.kind));
    for (const k of RECORD_KINDS.filter((x) => x !== 'accidents')) expect(kinds, k).toContain(k);
    expect(rows.length / 400).toBeGreaterThan(8.5);
    expect(rows.length / 400).toBeLessThan(11.5);
    const dates = rows.map((r) => r.occurred_on).sort();
    expect(dates[0]! >= '2021-11-28').toBe(true);
    expect(dates.at(-1)! <= '2026-11-28').toBe(true);
  });

  it('files every record under the firm it was made for (firms are inserted a chunk at a time)', () => {
    const names = new Map((b.ws.db.prepare('SELECT id, name FROM enterprises').all() as { id: number; name: string }[]).map((e) => [e.id, e.name]));
    expect(names.size).toBe(400);
    for (const r of b.ws.db.prepare('SELECT enterprise_id AS id, subject_name AS name FROM credit_records').all() as { id: number; name: string }[]) {
      expect(names.get(r.id), `record of firm ${r.id}`).toBe(r.name);
    }
  });

  it('writes only records the kind rules accept, exactly as stored', () => {
    for (const r of rows) {
      const draft = {
        authority: r.authority, docNo: r.doc_no, occurredOn: r.occurred_on, datePrecision: r.date_precision, endsOn: r.ends_on,
        outcome: r.outcome, severity: r.severity, state: r.state, details: JSON.parse(r.details) as unknown,
      };
      const v = validateRecordDraft(r.kind, draft);
      expect(v.ok ? null : v.error, `${r.kind} ${r.id}`).toBeNull();
      if (v.ok) expect({ effect: v.value.effect, summary: v.value.summary, occurredOn: v.value.occurredOn }).toEqual({ effect: r.effect, summary: r.summary, occurredOn: r.occurred_on });
    }
  });

  it('gives failed checks a follow-up the state machine accepts, ending in the stored state', () => {
    const calendar = createCalendar(HolidayCalendarSchema.parse(JSON.parse(readFileSync(join(RESOURCES, 'calendars', 'cn-holidays.json'), 'utf8'))));
    const events = b.ws.db.prepare('SELECT event, on_date FROM record_events WHERE record_id = ? ORDER BY id');
    const checks = rows.filter((r) => r.kind === 'spot-checks');
    expect(checks.some((r) => r.state === 'closed-pass')).toBe(true);
    for (const r of checks) {
      const history = (events.all(r.id) as { event: SpotCheckEventType; on_date: string }[]).map((e) => ({ type: e.event, on: e.on_date }));
      const folded = replay(history, { calendar });
      expect(folded.ok ? folded.value.case.state : folded.error, `record ${r.id}`).toBe(r.state);
    }
  });
});
