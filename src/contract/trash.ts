import { z } from 'zod';
import { defineCall } from './define';
import { PageInputSchema, pageOf } from './common';

export const TrashEntitySchema = z.enum(['enterprise', 'person', 'record', 'product']);
export type TrashEntity = z.infer<typeof TrashEntitySchema>;

export const TrashItemSchema = z.object({
  entity: TrashEntitySchema,
  id: z.number().int(),
  /** The enterprise's or person's name, a record's summary, a product's name. */
  name: z.string(),
  /** The USCC (of a record's or product's enterprise too), or the person's ID number masked as everywhere else (full for administrators). */
  code: z.string().nullable(),
  deletedAt: z.string(),
  deletedBy: z.string(),
  /** As given when deleting (kept in the audit trail). */
  reason: z.string().nullable(),
});
export type TrashItem = z.infer<typeof TrashItemSchema>;

export const trashList = defineCall({
  channel: 'trash:list', summary: '回收站', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: PageInputSchema.extend({ entity: TrashEntitySchema.optional() }),
  output: pageOf(TrashItemSchema), errors: [],
});

export const trashRestore = defineCall({
  channel: 'trash:restore', summary: '从回收站恢复', access: ['officer', 'admin'], mutates: true,
  input: z.object({ entity: TrashEntitySchema, id: z.number().int().positive() }),
  output: z.object({ entity: TrashEntitySchema, id: z.number().int() }), errors: ['E_NOT_FOUND'],
});
