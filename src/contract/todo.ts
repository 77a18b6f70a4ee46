import { z } from 'zod';
import { defineCall } from './define';

export const TODO_KINDS = ['list-deadline', 'spot-check-deadline', 'ban-appointment'] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

export const TODO_STATUSES = ['overdue', 'due-soon'] as const;
export type TodoStatus = (typeof TODO_STATUSES)[number];

/** Where a to-do item leads: the list entry, the spot-check record, or the enterprise's dossier. */
export const TodoLinkSchema = z.discriminatedUnion('to', [
  z.object({ to: z.literal('list-entry'), entryId: z.number().int() }),
  z.object({ to: z.literal('record'), recordId: z.number().int(), enterpriseId: z.number().int().nullable() }),
  z.object({ to: z.literal('enterprise'), enterpriseId: z.number().int() }),
]);
export type TodoLink = z.infer<typeof TodoLinkSchema>;

/** A listed person serving as legal representative of another enterprise (dossier and to-do list). */
export const BanWarningSchema = z.object({
  entryId: z.number().int(),
  listType: z.string(),
  listLabel: z.string(),
  personId: z.number().int(),
  personName: z.string(),
  /** The enterprise the listing was about, if any. */
  listedEnterpriseId: z.number().int().nullable(),
  listedSubject: z.string(),
  /** The enterprise where the person now serves. */
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  appointedOn: z.string().nullable(),
  listedOn: z.string().nullable(),
  plannedEnd: z.string().nullable(),
});
export type BanWarning = z.infer<typeof BanWarningSchema>;

/**
 * One thing an officer must see to: a period of a list entry or of a spot check's follow-up that
 * ends soon or has been missed, or a listed person serving as legal representative elsewhere.
 */
export const TodoItemSchema = z.object({
  kind: z.enum(TODO_KINDS),
  /** The last day (a deadline), or the day a banned person's appointment began. */
  dueOn: z.string(),
  status: z.enum(TODO_STATUSES),
  /** Days from today to `dueOn`: negative when missed. */
  daysLeft: z.number().int(),
  /** What is due, in Chinese (data, like the deadline labels of the core). */
  title: z.string(),
  /** The core's id of the period (`LIST_DEADLINE_LABELS` / spot-check `DEADLINE_LABELS`), so a screen can label it in its language. */
  deadlineId: z.string().nullable(),
  subject: z.object({ enterpriseId: z.number().int().nullable(), personId: z.number().int().nullable(), name: z.string() }),
  link: TodoLinkSchema,
  /** A short Chinese line of context: the entry's permanent id, the record's summary, the listed person and the appointment. */
  details: z.string(),
  /** The list type of a list-deadline item (its label is the screen's). */
  listType: z.string().nullable(),
  /** Who must act on a deadline: the party (enterprise) or this agency; null for a ban. */
  party: z.enum(['enterprise', 'agency']).nullable(),
  /** For a ban-appointment: the listing and the appointment, so a screen can word it in its language. */
  ban: BanWarningSchema.nullable(),
  /** The due date lies in a year whose holiday calendar is provisional. */
  provisional: z.boolean(),
});
export type TodoItem = z.infer<typeof TodoItemSchema>;

/**
 * The officer's to-do view as of the backend's today (Asia/Shanghai): every deadline missed, and
 * every one ending within `horizonDays`; overdue items first, then by date.
 *
 * @example
 * invoke('todo:list', { horizonDays: 14, kinds: ['list-deadline'] })
 * // { asOf: '2026-12-01', items: [{ kind: 'list-deadline', status: 'overdue', dueOn: '2026-11-20', … }] }
 */
export const todoList = defineCall({
  channel: 'todo:list', summary: '待办期限：即将到期与已逾期的事项', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({
    horizonDays: z.number().int().min(0).max(365).default(14),
    kinds: z.array(z.enum(TODO_KINDS)).min(1).optional(),
  }),
  output: z.object({ asOf: z.string(), horizonDays: z.number().int(), items: z.array(TodoItemSchema) }),
  errors: [],
});
