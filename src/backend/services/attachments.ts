import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq, isNull } from 'drizzle-orm';
import type { Attachment } from '../../contract/records';
import { toBeijingIso } from '../../core/shared/time';
import { attachments, creditRecords, type AttachmentRow } from '../db/schema';
import { fail } from '../failure';
import { writeFileAtomic } from '../workspace/write-atomic';
import { requireUser, type CallContext, type Handler } from '../router/context';
import { findEnterpriseRow } from './enterprises';

/** Evidence types an officer can open in place or with an office program; anything else is refused. */
const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', txt: 'text/plain',
  doc: 'application/msword', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ofd: 'application/ofd',
};

/** Files that claim a type by name must also start like one: a renamed program is not a PDF. */
const MAGIC: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46], 'image/png': [0x89, 0x50, 0x4e, 0x47], 'image/jpeg': [0xff, 0xd8, 0xff], 'image/gif': [0x47, 0x49, 0x46],
};

export const toAttachment = (r: AttachmentRow): Attachment => ({
  id: r.id, enterpriseId: r.enterpriseId, recordId: r.recordId, sha256: r.sha256, fileName: r.fileName,
  mediaType: r.mediaType, size: r.size, addedBy: r.addedBy, addedAt: r.addedAt,
});

/** attachments/ab/abcdef…: content-addressed, so the same file stored twice takes the space once. */
export function attachmentPath(workspaceDir: string, sha256: string): string {
  return join(workspaceDir, 'attachments', sha256.slice(0, 2), sha256);
}

/** Written under a temporary name, flushed and renamed: a crash leaves either the whole file or none. */
function storeContent(workspaceDir: string, sha256: string, bytes: Buffer): void {
  const path = attachmentPath(workspaceDir, sha256);
  if (existsSync(path)) return;
  mkdirSync(join(workspaceDir, 'attachments', sha256.slice(0, 2)), { recursive: true });
  writeFileAtomic(path, bytes);
}

function mediaTypeOf(fileName: string, bytes: Buffer): string {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const type = MEDIA_TYPES[ext];
  const magic = type ? MAGIC[type] : undefined;
  if (!type || (magic && !magic.every((b, i) => bytes[i] === b))) {
    fail('E_ATTACHMENT_TYPE', `不支持的附件“${fileName}”：请上传 PDF、图片（JPG/PNG）、Word、Excel、OFD 或文本文件`);
  }
  return type;
}

export const attachmentsAdd: Handler<'attachments:add'> = (input, ctx) => {
  findEnterpriseRow(ctx, input.enterpriseId);
  const recordId = input.recordId ?? null;
  if (recordId !== null) {
    const rec = ctx.ws.orm.select({ id: creditRecords.id }).from(creditRecords)
      .where(and(eq(creditRecords.id, recordId), eq(creditRecords.enterpriseId, input.enterpriseId), isNull(creditRecords.deletedAt))).get();
    if (!rec) fail('E_NOT_FOUND', `该企业没有编号为 ${recordId} 的信用记录`);
  }
  const bytes = Buffer.from(input.contentBase64, 'base64');
  const mediaType = mediaTypeOf(input.fileName, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // The file lands before the row commits; if the transaction rolls back, an unreferenced file remains, which is harmless.
  storeContent(ctx.ws.dir, sha256, bytes);
  const row = ctx.ws.orm.insert(attachments).values({
    enterpriseId: input.enterpriseId, recordId, sha256, fileName: input.fileName, mediaType, size: bytes.length,
    addedBy: requireUser(ctx).username, addedAt: toBeijingIso(ctx.now()),
  }).returning().get();
  ctx.audit({ action: 'attachments:add', entity: 'attachment', entityId: String(row.id), before: null, after: { enterpriseId: row.enterpriseId, recordId, fileName: row.fileName, sha256, size: row.size } });
  return toAttachment(row);
};

export function attachmentsOf(ctx: CallContext, where: { enterpriseId: number; recordId: number | null }): Attachment[] {
  const byRecord = where.recordId === null ? isNull(attachments.recordId) : eq(attachments.recordId, where.recordId);
  return ctx.ws.orm.select().from(attachments)
    .where(and(eq(attachments.enterpriseId, where.enterpriseId), byRecord, isNull(attachments.deletedAt))).all().map(toAttachment);
}

export const attachmentsGet: Handler<'attachments:get'> = (input, ctx) => {
  const row = ctx.ws.orm.select().from(attachments).where(and(eq(attachments.id, input.id), isNull(attachments.deletedAt))).get();
  if (!row) fail('E_NOT_FOUND', `未找到编号为 ${input.id} 的附件`);
  const path = attachmentPath(ctx.ws.dir, row.sha256);
  const bytes = existsSync(path) ? readFileSync(path) : null;
  // Evidence is checked each time it is shown: a file changed on disk is reported, never shown as the original.
  if (!bytes || createHash('sha256').update(bytes).digest('hex') !== row.sha256) {
    fail('E_ATTACHMENT_CORRUPT', `附件“${row.fileName}”的文件缺失或已被改动（SHA-256 不符）`);
  }
  return { ...toAttachment(row), contentBase64: bytes.toString('base64') };
};
