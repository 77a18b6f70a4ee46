import { toBeijingDate } from '../../core/shared/time';
import { kindEntry } from '../io/kinds';
import { writeSheet } from '../io/sheet-file';
import { requireUser, type Handler } from '../router/context';
import { MAX_SEARCH_EXPORT } from '../../contract/imports';
import type { EnterpriseFields } from '../../core/enterprises/enterprise';
import { searchEnterprises } from '../db/enterprise-search';
import { fail } from '../failure';
import { enterpriseKind } from '../io/kinds/enterprises';


/** Everything not in the trash, in the template's columns, so that the file imports again unchanged. */
export const exportsCreate: Handler<'exports:create'> = async (input, ctx) => {
  const { kind, store } = kindEntry(input.kind);
  const { bytes, rows } = await writeSheet(kind, input.format, store.stored(ctx.ws.db, { admin: requireUser(ctx).role === 'admin' }));
  const date = toBeijingDate(ctx.now()).replace(/-/g, '');
  return { fileName: `${kind.sheetName}-${date}.${input.format}`, rows, contentBase64: bytes.toString('base64') };
};

const SEARCH_PAGE = 1000;

/** Every hit of a search, in the enterprise template's columns (so the file imports again). */
export const exportsSearch: Handler<'exports:search'> = async (input, ctx) => {
  const { format, ...query } = input;
  const first = searchEnterprises(ctx.ws.db, { ...query, page: 1, pageSize: 1 });
  if (first.capped || first.total > MAX_SEARCH_EXPORT) fail('E_EXPORT_TOO_MANY');
  function* hits(): Generator<EnterpriseFields> {
    for (let page = 1; (page - 1) * SEARCH_PAGE < first.total; page++) {
      const { rows } = searchEnterprises(ctx.ws.db, { ...query, page, pageSize: SEARCH_PAGE });
      yield* rows;
    }
  }
  const { bytes, rows } = await writeSheet(enterpriseKind, format, hits());
  const date = toBeijingDate(ctx.now()).replace(/-/g, '');
  return { fileName: `企业检索结果-${date}.${format}`, rows, contentBase64: bytes.toString('base64') };
};
