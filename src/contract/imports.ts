import { z } from 'zod';
import { ErrorCodeSchema } from './common';
import { defineCall } from './define';
import { RECORD_KINDS } from '../core/records/record';
import { enterprisesList } from './enterprises';

/** The kinds of file that can be imported and exported: enterprises, persons, products and every record kind. */
export const ImportKindSchema = z.enum(['enterprises', 'persons', 'products', ...RECORD_KINDS]);
export type ImportKindName = z.infer<typeof ImportKindSchema>;

/** 50 MB of file as base64 (4 characters per 3 bytes), plus room for padding. */
export const MAX_IMPORT_BASE64 = Math.ceil((50 * 1024 * 1024) / 3) * 4;

export const ImportIssueSchema = z.object({
  /** The row number the spreadsheet shows. */
  row: z.number().int(),
  /** The column header as the file spells it. */
  column: z.string(),
  code: ErrorCodeSchema,
  message: z.string(),
  /** The cell's text exactly as it was in the file. */
  original: z.string(),
});

const ImportColumnSchema = z.object({ key: z.string(), header: z.string(), source: z.string().nullable() });

export const importsPreview = defineCall({
  channel: 'imports:preview', summary: '导入预览：读取并校验文件，不写入数据', access: ['officer', 'admin'], mutates: false,
  input: z.object({
    kind: ImportKindSchema,
    fileName: z.string().trim().min(1).max(255),
    /** Size is checked by the handler, so that a too-large file gets E_IMPORT_TOO_LARGE. */
    contentBase64: z.string().default(''),
    /**
     * Instead of the content: a token for a file on this computer that the command line granted
     * in its own process (any size; see backend/io/stream/local-files). Not usable from the app.
     */
    localFile: z.string().min(1).max(64).optional(),
    /** Field key → the header used for it in this file, overriding the synonym table. */
    mapping: z.record(z.string().max(40), z.string().max(100)).optional(),
  }),
  output: z.object({
    previewId: z.string(),
    rows: z.number().int(),
    valid: z.number().int(),
    invalid: z.number().int(),
    columns: z.array(ImportColumnSchema),
    items: z.array(z.object({ row: z.number().int(), valid: z.boolean(), values: z.record(z.string(), z.string()), errors: z.array(ImportIssueSchema) })),
    /** Every invalid row's number; the details of the first 1,000 are in `problems`. */
    invalidRows: z.array(z.number().int()),
    problems: z.array(z.object({ row: z.number().int(), errors: z.array(ImportIssueSchema) })),
    fileSha256: z.string(),
  }),
  errors: ['E_IMPORT_TOO_LARGE', 'E_IMPORT_FORMAT', 'E_IMPORT_HEADER'],
});

export const importsCommit = defineCall({
  channel: 'imports:commit', summary: '确认导入：只写入有效且未被排除的行', access: ['officer', 'admin'], mutates: true, progress: true,
  input: z.object({
    previewId: z.string().min(1).max(64),
    /** Row numbers the person chose to leave out; every invalid row must be among them. */
    rejectRows: z.array(z.number().int().positive()).max(2_000_000).default([]),
    /** Invalid rows are never imported: the field exists so that callers state it. */
    acceptInvalid: z.literal(false).default(false),
  }),
  output: z.object({ batchId: z.number().int(), rows: z.number().int(), imported: z.number().int(), rejected: z.number().int() }),
  errors: ['E_IMPORT_PREVIEW_EXPIRED', 'E_IMPORT_INVALID_ROWS', 'E_USCC_DUPLICATE', 'E_IMPORT_SUBJECT_UNKNOWN', 'E_CANCELLED'],
});

export const importsUndo = defineCall({
  channel: 'imports:undo', summary: '撤销整批导入（导入后未被修改时）', access: ['officer', 'admin'], mutates: true,
  input: z.object({ batchId: z.number().int().positive() }),
  output: z.object({ batchId: z.number().int(), removed: z.number().int() }),
  errors: ['E_NOT_FOUND', 'E_IMPORT_ALREADY_UNDONE', 'E_IMPORT_UNDO_CHANGED'],
});

export const ImportBatchSchema = z.object({
  id: z.number().int(), kind: z.string(), fileName: z.string(), fileSha256: z.string(),
  rows: z.number().int(), imported: z.number().int(), rejected: z.number().int(),
  status: z.enum(['committed', 'undone']), createdBy: z.string(), createdAt: z.string(),
  undoneBy: z.string().nullable(), undoneAt: z.string().nullable(),
});

export const importsList = defineCall({
  channel: 'imports:list', summary: '导入批次列表', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({}), output: z.array(ImportBatchSchema), errors: [],
});

export const exportsCreate = defineCall({
  channel: 'exports:create', summary: '导出为模板格式（可再次导入）', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ kind: ImportKindSchema, format: z.enum(['csv', 'xlsx']) }),
  output: z.object({ fileName: z.string(), rows: z.number().int(), contentBase64: z.string() }),
  errors: [],
});

/** Search results beyond this are refused: narrow the search (a whole-register export is exports:create). */
export const MAX_SEARCH_EXPORT = 100_000;

export const exportsSearch = defineCall({
  channel: 'exports:search', summary: '导出检索结果（企业名录模板格式）', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: enterprisesList.input.omit({ page: true, pageSize: true }).extend({ format: z.enum(['csv', 'xlsx']) }),
  output: z.object({ fileName: z.string(), rows: z.number().int(), contentBase64: z.string() }),
  errors: ['E_EXPORT_TOO_MANY'],
});
