import { createHash } from 'node:crypto';
import { demoEnterpriseGenerator } from '../../core/demo/enterprises';
import type { EnterpriseFields } from '../../core/enterprises/enterprise';
import { toBeijingDate, toBeijingIso } from '../../core/shared/time';
import { demoRecordGenerator, type DemoRecord } from '../../core/demo/records';
import { fail } from '../failure';
import { largerCache } from '../io/stream/bulk-insert';
import { stagedInsert } from '../io/stream/staged-insert';
import { requireUser, type Handler } from '../router/context';

const CHUNK = 20_000;
/** Demo firms are registered in Hunan, the province whose 2013 opinion this app grew from. */
const DEMO_PROVINCE_PREFIX = '43';

const DEMO_COLUMNS = ['uscc', 'uscc_check_ack', 'name', 'region_code', 'industry_code', 'legal_representative', 'address', 'status',
  'created_at', 'updated_at', 'org_code', 'registration_region_code'] as const;

/** Shared with the bench's raw-insert baseline, so that both write exactly the same rows. */
export const DEMO_INSERT = `INSERT INTO enterprises (${DEMO_COLUMNS.join(', ')}) VALUES (${DEMO_COLUMNS.map(() => '?').join(', ')})`;

/** The values of DEMO_INSERT (DEMO_COLUMNS) for one enterprise. */
export function demoInsertValues(e: EnterpriseFields, at: string): unknown[] {
  return [e.uscc, 0, e.name, e.regionCode, e.industryCode, e.legalRepresentative, e.address, e.status, at, at, e.uscc.slice(8, 17), e.uscc.slice(2, 8)];
}

/** Shared with the bench's raw-insert baseline of records. */
export const DEMO_RECORD_INSERT = `INSERT INTO credit_records (kind, enterprise_id, subject_name, effect, authority, authority_code, doc_no,
  occurred_on, date_precision, ends_on, outcome, severity, state, summary, details, source, created_at, created_by, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?, ?)`;

export function demoRecordValues(rec: DemoRecord, enterpriseId: number, subjectName: string, at: string, by: string): unknown[] {
  return [rec.kind, enterpriseId, subjectName, rec.effect, rec.authority, rec.authorityCode, rec.docNo, rec.occurredOn, rec.datePrecision,
    rec.endsOn, rec.outcome, rec.severity, rec.state, rec.summary, JSON.stringify(rec.details), at, by, at];
}

const EVENT_INSERT = `INSERT INTO record_events (record_id, event, on_date, note, by_user, at) VALUES (?, ?, ?, '演示数据', ?, ?)`;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Fills an empty workspace with a deterministic synthetic population, in one transaction (the
 * router's): cancelling or failing part-way leaves nothing behind. Rows go through prepared
 * statements, because the ORM's per-row builder is ten times slower on a million rows; firms are
 * staged a chunk at a time and moved by one statement, so the name indexes are written in bulk.
 */
export const demoGenerate: Handler<'demo:generate'> = async (input, ctx) => {
  const db = ctx.ws.db;
  if ((db.prepare('SELECT count(*) FROM enterprises').pluck().get() as number) > 0) {
    fail('E_VALIDATION', '演示数据只能载入到尚无企业的工作区', { field: 'enterprises' });
  }
  const regions = ctx.codes.demoRegions(DEMO_PROVINCE_PREFIX);
  const generate = demoEnterpriseGenerator({ seed: input.seed, regions });
  const cities = new Map(regions.map((r) => [r.code, r.city]));
  const records = input.withRecords
    ? demoRecordGenerator({ seed: input.seed, asOf: toBeijingDate(ctx.now()), cityOf: (code) => (cities.get(code) ?? '湖南省').replace(/市$/, '') })
    : null;
  const firms = stagedInsert(db, 'enterprises', DEMO_COLUMNS);
  const cache = largerCache(db);
  const insertRecord = db.prepare(DEMO_RECORD_INSERT);
  const insertEvent = db.prepare(EVENT_INSERT);
  const at = toBeijingIso(ctx.now());
  const by = requireUser(ctx).username;
  const digest = createHash('sha256');
  let recordCount = 0;
  try {
    for (let start = 0; start < input.enterprises; start += CHUNK) {
      const end = Math.min(start + CHUNK, input.enterprises);
      const chunk = Array.from({ length: end - start }, (_, k) => generate(start + k));
      for (const e of chunk) {
        firms.add(demoInsertValues(e, at));
        digest.update(e.uscc);
      }
      const firstId = firms.flush()?.firstId ?? 0;
      if (records) {
        chunk.forEach((e, k) => {
          for (const rec of records(start + k, e.regionCode)) {
            const recordId = insertRecord.run(...demoRecordValues(rec, firstId + k, e.name, at, by)).lastInsertRowid;
            for (const ev of rec.events) insertEvent.run(recordId, ev.type, ev.on, by, at);
            recordCount++;
          }
        });
      }
      ctx.progress(end, input.enterprises, '正在生成演示企业');
      await yieldToEventLoop();
      if (ctx.signal.aborted) fail('E_CANCELLED');
    }
  } finally {
    firms.close();
    cache.restore();
  }
  ctx.audit({
    action: 'demo:generate', entity: 'enterprise', entityId: null, before: null,
    after: { enterprises: input.enterprises, records: recordCount, seed: input.seed, usccSha256: digest.digest('hex') },
  });
  return { enterprises: input.enterprises, records: recordCount };
};
