import { toBeijingDate } from '../../core/shared/time';
import { KINDS } from '../io/kinds';
import { writeSheet } from '../io/sheet-file';
import type { Handler } from '../router/context';

const FILE_STEM = { enterprises: '企业名录' } as const;

/** Everything not in the trash, in the template's columns, so that the file imports again unchanged. */
export const exportsCreate: Handler<'exports:create'> = async (input, ctx) => {
  const { kind, store } = KINDS[input.kind];
  const { bytes, rows } = await writeSheet(kind, input.format, store.stored(ctx.ws.db));
  const date = toBeijingDate(ctx.now()).replace(/-/g, '');
  return { fileName: `${FILE_STEM[input.kind]}-${date}.${input.format}`, rows, contentBase64: bytes.toString('base64') };
};
