import { z } from 'zod';
import { AnnouncementKindSchema } from './announcements';
import { defineCall } from './define';

/**
 * The workspace's own header variants for the announcement importer: the shipped synonyms stay
 * as they are (and improve with each release); officers add the variants their files use.
 */

const VariantSchema = z.string().trim().min(1, '表头不能为空').max(100);

export const SynonymFieldSchema = z.object({
  field: z.string(),
  label: z.string(),
  /** The shipped headers for the field (read-only). */
  shipped: z.array(z.string()),
  /** This workspace's own variants. */
  added: z.array(z.string()),
});

const SynonymsOutputSchema = z.object({
  kind: AnnouncementKindSchema,
  fields: z.array(SynonymFieldSchema),
  /** When the workspace's variants last changed, and by whom; null when never. */
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});

export const synonymsGet = defineCall({
  channel: 'synonyms:get', summary: '表头同义词：随程序提供的及本工作区添加的', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ kind: AnnouncementKindSchema }),
  output: SynonymsOutputSchema,
  errors: [],
});

export const synonymsUpdate = defineCall({
  channel: 'synonyms:update', summary: '修改本工作区的表头同义词（用于公告及外部门名单导入）', access: ['officer', 'admin'], mutates: true,
  input: z.object({
    kind: AnnouncementKindSchema,
    /** Field → the workspace's variants for it, replacing the earlier ones; a field left out keeps none. */
    added: z.record(z.string().min(1).max(40), z.array(VariantSchema).max(200)),
  }),
  output: SynonymsOutputSchema,
  errors: ['E_SYNONYM_CONFLICT'],
});
