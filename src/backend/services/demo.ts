import { createHash } from 'node:crypto';
import { demoEnterpriseGenerator } from '../../core/demo/enterprises';
import type { EnterpriseFields } from '../../core/enterprises/enterprise';
import { toBeijingIso } from '../../core/shared/time';
import { fail } from '../failure';
import type { Handler } from '../router/context';

const CHUNK = 20_000;
/** Demo firms are registered in Hunan, the province whose 2013 opinion this app grew from. */
const DEMO_PROVINCE_PREFIX = '43';

/** Shared with the bench's raw-insert baseline, so that both write exactly the same rows. */
export const DEMO_INSERT = `INSERT INTO enterprises (uscc, uscc_check_ack, name, region_code, industry_code, legal_representative,
  address, status, created_at, updated_at, org_code, registration_region_code) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** The values of DEMO_INSERT for one enterprise. */
export function demoInsertValues(e: EnterpriseFields, at: string): unknown[] {
  return [e.uscc, e.name, e.regionCode, e.industryCode, e.legalRepresentative, e.address, e.status, at, at, e.uscc.slice(8, 17), e.uscc.slice(2, 8)];
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Fills an empty workspace with a deterministic synthetic population, in one transaction (the
 * router's): cancelling or failing part-way leaves nothing behind. Rows go through one prepared
 * statement, because the ORM's per-row builder is ten times slower on a million rows.
 */
export const demoGenerate: Handler<'demo:generate'> = async (input, ctx) => {
  const db = ctx.ws.db;
  if ((db.prepare('SELECT count(*) FROM enterprises').pluck().get() as number) > 0) {
    fail('E_VALIDATION', '演示数据只能载入到尚无企业的工作区', { field: 'enterprises' });
  }
  const generate = demoEnterpriseGenerator({ seed: input.seed, regions: ctx.codes.demoRegions(DEMO_PROVINCE_PREFIX) });
  const insert = db.prepare(DEMO_INSERT);
  const at = toBeijingIso(ctx.now());
  const digest = createHash('sha256');
  for (let start = 0; start < input.enterprises; start += CHUNK) {
    const end = Math.min(start + CHUNK, input.enterprises);
    for (let i = start; i < end; i++) {
      const e = generate(i);
      insert.run(...demoInsertValues(e, at));
      digest.update(e.uscc);
    }
    ctx.progress(end, input.enterprises, '正在生成演示企业');
    await yieldToEventLoop();
    if (ctx.signal.aborted) fail('E_CANCELLED');
  }
  ctx.audit({
    action: 'demo:generate', entity: 'enterprise', entityId: null, before: null,
    after: { enterprises: input.enterprises, seed: input.seed, usccSha256: digest.digest('hex') },
  });
  return { enterprises: input.enterprises };
};
