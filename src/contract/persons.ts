import { z } from 'zod';
import { ID_TYPES } from '../core/persons/person';
import { defineCall } from './define';
import { PageInputSchema, pageOf } from './common';

export const IdTypeSchema = z.enum(ID_TYPES);

export const PersonSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  idType: IdTypeSchema,
  /** Masked (4301**********123X) for every role but administrators; the backend masks, never the UI. */
  idNumber: z.string().nullable(),
  idNumberMasked: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof PersonSchema>;

export const PersonDraftSchema = z.object({
  name: z.string().trim().min(1, '请填写姓名').max(60),
  idType: IdTypeSchema.default('身份证'),
  /**
   * Empty or null: none. On an update, sending back the masked number shown (or leaving it out)
   * keeps the stored one, so an officer can edit a name without ever seeing the full number.
   */
  idNumber: z.string().max(40).nullable().optional(),
});
export type PersonDraftInput = z.input<typeof PersonDraftSchema>;

export const PERSON_ROLES = ['legal_representative', 'responsible_person', 'chief_quality_officer'] as const;

export const PersonEnterpriseSchema = z.object({
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  uscc: z.string(),
  role: z.enum(PERSON_ROLES),
  fromDate: z.string().nullable(),
  /** Exclusive: the day the successor took over; null while current. */
  toDate: z.string().nullable(),
  current: z.boolean(),
  /** The enterprise is in the trash; the link is kept, since bans follow people. */
  enterpriseDeleted: z.boolean(),
});
export type PersonEnterprise = z.infer<typeof PersonEnterpriseSchema>;

const READ = ['officer', 'reviewer', 'admin'] as const;
const WRITE = ['officer', 'admin'] as const;

export const personsList = defineCall({
  channel: 'persons:list', summary: '人员列表与检索', access: READ, mutates: false,
  input: PageInputSchema.extend({
    /** Part of a name, or a whole ID number (matched exactly, never by part, so it cannot be probed). */
    query: z.string().trim().max(60).default(''),
  }),
  output: pageOf(PersonSchema), errors: [],
});

export const personsGet = defineCall({
  channel: 'persons:get', summary: '人员详情', access: READ, mutates: false,
  input: z.object({ id: z.number().int().positive() }), output: PersonSchema, errors: ['E_NOT_FOUND'],
});

export const personsCreate = defineCall({
  channel: 'persons:create', summary: '登记人员', access: WRITE, mutates: true,
  input: PersonDraftSchema, output: PersonSchema, errors: ['E_ID_NUMBER_INVALID', 'E_PERSON_DUPLICATE'],
});

export const personsUpdate = defineCall({
  channel: 'persons:update', summary: '修改人员信息', access: WRITE, mutates: true,
  input: z.object({ id: z.number().int().positive(), draft: PersonDraftSchema }), output: PersonSchema,
  errors: ['E_NOT_FOUND', 'E_ID_NUMBER_INVALID', 'E_PERSON_DUPLICATE'],
});

export const personsDelete = defineCall({
  channel: 'persons:delete', summary: '删除人员（移入回收站）', access: WRITE, mutates: true,
  input: z.object({ id: z.number().int().positive(), reason: z.string().trim().min(1, '请填写删除原因').max(500) }),
  output: z.object({ id: z.number().int(), deletedAt: z.string(), deletedBy: z.string() }), errors: ['E_NOT_FOUND'],
});

export const personsEnterprises = defineCall({
  channel: 'persons:enterprises', summary: '人员任职企业', access: READ, mutates: false,
  input: z.object({ personId: z.number().int().positive() }), output: z.array(PersonEnterpriseSchema), errors: ['E_NOT_FOUND'],
});
