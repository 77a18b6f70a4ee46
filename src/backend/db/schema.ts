import { sql } from 'drizzle-orm';
import { blob, check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Local accounts. Passwords are scrypt hashes; roles are checked by the router, never the UI. */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: ['officer', 'reviewer', 'admin'] }).notNull(),
  passwordHash: text('password_hash').notNull(),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull(),
  /** Consecutive failed logins; reset by a successful one or by an administrator. */
  failedLogins: integer('failed_logins').notNull().default(0),
  /** Sign-in refused until this time (+08:00) after too many failures. */
  lockedUntil: text('locked_until'),
}, (t) => [check('users_role_check', sql`${t.role} in ('officer', 'reviewer', 'admin')`)]);

/** The enterprise at the core of every dossier, keyed by its unified social credit code. */
export const enterprises = sqliteTable('enterprises', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  uscc: text('uscc').notNull().unique(),
  /** The officer kept a code whose check character fails (legal early pilot codes exist). */
  usccCheckAcknowledged: integer('uscc_check_ack', { mode: 'boolean' }).notNull().default(false),
  name: text('name').notNull(),
  regionCode: text('region_code').notNull(),
  industryCode: text('industry_code').notNull(),
  legalRepresentative: text('legal_representative').notNull().default(''),
  address: text('address').notNull().default(''),
  status: text('status', { enum: ['active', 'revoked', 'cancelled', 'moved_out'] }).notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  /** 组织机构代码 (GB 11714) as an alias; for a USCC it is characters 9–17. */
  orgCode: text('org_code'),
  /** The legacy 15-digit 工商注册号, as an alias. */
  registrationNumber: text('registration_number'),
  /** 企业 / 个体工商户 / 农民专业合作社 / 事业单位 / 社会团体 / 其他. */
  entityType: text('entity_type'),
  /** GB/T 2260 code of the registering authority when the code was issued (USCC characters 3–8). */
  registrationRegionCode: text('registration_region_code'),
  /** 大型 / 中型 / 小型 / 微型. */
  size: text('size'),
  chiefQualityOfficer: text('chief_quality_officer'),
  /** On the key-product (重点产品) enterprise directory. */
  keyProduct: integer('key_product', { mode: 'boolean' }).notNull().default(false),
  /** Soft delete: nothing is ever hard-deleted; the trash restores by clearing these. */
  deletedAt: text('deleted_at'),
  deletedBy: text('deleted_by'),
  /** The import batch that created the row, so that a whole batch can be undone. */
  importBatchId: integer('import_batch_id'),
}, (t) => [
  index('enterprises_region_idx').on(t.regionCode),
  index('enterprises_org_code_idx').on(t.orgCode),
  index('enterprises_import_batch_idx').on(t.importBatchId),
  // The trash alone (no cost for the live rows an import writes): a search counts its hits in the
  // name indexes and takes away those of trashed firms (db/enterprise-search.ts).
  index('enterprises_trashed_idx').on(t.id).where(sql`${t.deletedAt} IS NOT NULL`),
  check('enterprises_status_check', sql`${t.status} in ('active', 'revoked', 'cancelled', 'moved_out')`),
  check('enterprises_uscc_len', sql`length(${t.uscc}) = 18`),
]);

/** Names an enterprise has had, with the dates they were used (the current one has no validTo). */
export const enterpriseNames = sqliteTable('enterprise_names', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  enterpriseId: integer('enterprise_id').notNull().references(() => enterprises.id),
  name: text('name').notNull(),
  validFrom: text('valid_from'),
  validTo: text('valid_to'),
  recordedAt: text('recorded_at').notNull(),
}, (t) => [index('enterprise_names_enterprise_idx').on(t.enterpriseId)]);

/** Natural persons: legal representatives and responsible persons. ID numbers are masked for all but administrators. */
export const persons = sqliteTable('persons', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  /** 身份证 / 护照 / 港澳居民来往内地通行证 / 台湾居民来往大陆通行证 / 其他. */
  idType: text('id_type').notNull().default('身份证'),
  idNumber: text('id_number'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deletedAt: text('deleted_at'),
  deletedBy: text('deleted_by'),
  /** The import batch that created the person (and its links), so that a whole batch can be undone. */
  importBatchId: integer('import_batch_id'),
}, (t) => [
  index('persons_id_number_idx').on(t.idType, t.idNumber), index('persons_name_idx').on(t.name),
  index('persons_import_batch_idx').on(t.importBatchId),
]);

/** Who represented or was responsible for which enterprise, and when: bans follow people. */
export const enterprisePersons = sqliteTable('enterprise_persons', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  enterpriseId: integer('enterprise_id').notNull().references(() => enterprises.id),
  personId: integer('person_id').notNull().references(() => persons.id),
  role: text('role', { enum: ['legal_representative', 'responsible_person', 'chief_quality_officer'] }).notNull(),
  fromDate: text('from_date'),
  toDate: text('to_date'),
  recordedAt: text('recorded_at').notNull(),
}, (t) => [index('enterprise_persons_enterprise_idx').on(t.enterpriseId), index('enterprise_persons_person_idx').on(t.personId)]);

/** One import of a file: what came in, and whether it was later undone as a whole. */
export const importBatches = sqliteTable('import_batches', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind').notNull(),
  fileName: text('file_name').notNull(),
  fileSha256: text('file_sha256').notNull(),
  rows: integer('rows').notNull(),
  imported: integer('imported').notNull(),
  rejected: integer('rejected').notNull(),
  status: text('status', { enum: ['committed', 'undone'] }).notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: text('created_at').notNull(),
  undoneBy: text('undone_by'),
  undoneAt: text('undone_at'),
});

/** Products an enterprise makes: what spot checks sample and what the supervision matrix grades by risk. */
export const products = sqliteTable('products', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  enterpriseId: integer('enterprise_id').notNull().references(() => enterprises.id),
  name: text('name').notNull(),
  gtin: text('gtin'),
  brand: text('brand'),
  model: text('model'),
  /** National spot-check product catalogue: level-1 / level-2 category as "code name". */
  category: text('category'),
  /** 产品风险等级 Ⅰ (highest) / Ⅱ / Ⅲ, stored as I / II / III. */
  riskGrade: text('risk_grade', { enum: ['I', 'II', 'III'] }),
  standards: text('standards'),
  licenceNo: text('licence_no'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deletedAt: text('deleted_at'),
  deletedBy: text('deleted_by'),
  importBatchId: integer('import_batch_id'),
}, (t) => [
  index('products_enterprise_idx').on(t.enterpriseId),
  /** An import checks every row's GTIN against the maker's products (a file may hold thousands for one firm). */
  index('products_enterprise_gtin_idx').on(t.enterpriseId, t.gtin),
  index('products_import_batch_idx').on(t.importBatchId),
  check('products_risk_check', sql`${t.riskGrade} is null or ${t.riskGrade} in ('I', 'II', 'III')`),
]);

/**
 * Every credit record of every kind (see core/records): the common columns are what timelines,
 * search, evaluation and lists read; the kind's own fields are JSON in `details`, validated by the
 * kind's schema before they are written.
 */
export const creditRecords = sqliteTable('credit_records', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind').notNull(),
  /** Null while the firm named in an imported announcement awaits identification. */
  enterpriseId: integer('enterprise_id').references(() => enterprises.id),
  personId: integer('person_id').references(() => persons.id),
  productId: integer('product_id').references(() => products.id),
  /** The firm as the source named it (and its place), kept for identification and as evidence. */
  subjectName: text('subject_name').notNull(),
  subjectPlace: text('subject_place'),
  effect: text('effect', { enum: ['negative', 'positive', 'neutral'] }).notNull(),
  authority: text('authority').notNull(),
  authorityCode: text('authority_code'),
  docNo: text('doc_no'),
  occurredOn: text('occurred_on').notNull(),
  datePrecision: text('date_precision', { enum: ['day', 'month', 'year'] }).notNull().default('day'),
  endsOn: text('ends_on'),
  outcome: text('outcome'),
  severity: text('severity', { enum: ['minor', 'general', 'serious'] }),
  state: text('state'),
  summary: text('summary').notNull(),
  details: text('details').notNull().default('{}'),
  /** manual / import / demo / exchange. */
  source: text('source').notNull(),
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by').notNull(),
  updatedAt: text('updated_at').notNull(),
  deletedAt: text('deleted_at'),
  deletedBy: text('deleted_by'),
  importBatchId: integer('import_batch_id'),
}, (t) => [
  index('credit_records_enterprise_idx').on(t.enterpriseId, t.occurredOn),
  index('credit_records_kind_idx').on(t.kind, t.outcome, t.occurredOn),
  index('credit_records_import_batch_idx').on(t.importBatchId),
  // The to-do view finds the spot checks whose follow-up still runs among hundreds of thousands of
  // records: without the state in an index that is a scan of the whole table.
  index('credit_records_kind_state_idx').on(t.kind, t.state),
  check('credit_records_effect_check', sql`${t.effect} in ('negative', 'positive', 'neutral')`),
]);

/** The dated steps of a record's follow-up (spot-check state machine), who recorded them and why. */
export const recordEvents = sqliteTable('record_events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  recordId: integer('record_id').notNull().references(() => creditRecords.id),
  event: text('event').notNull(),
  onDate: text('on_date').notNull(),
  stateBefore: text('state_before'),
  stateAfter: text('state_after'),
  docNo: text('doc_no'),
  note: text('note'),
  byUser: text('by_user').notNull(),
  at: text('at').notNull(),
}, (t) => [index('record_events_record_idx').on(t.recordId)]);

/** Evidence files, stored content-addressed (attachments/ab/abcdef…) beside the database. */
export const attachments = sqliteTable('attachments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  enterpriseId: integer('enterprise_id').notNull().references(() => enterprises.id),
  recordId: integer('record_id').references(() => creditRecords.id),
  sha256: text('sha256').notNull(),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  addedBy: text('added_by').notNull(),
  addedAt: text('added_at').notNull(),
  deletedAt: text('deleted_at'),
  deletedBy: text('deleted_by'),
}, (t) => [index('attachments_enterprise_idx').on(t.enterpriseId), index('attachments_record_idx').on(t.recordId)]);

/** Evaluation models as stored: immutable once a run used them (an edit makes a new version). */
export const evaluationModels = sqliteTable('evaluation_models', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  modelId: text('model_id').notNull(),
  version: integer('version').notNull(),
  name: text('name').notNull(),
  json: text('json').notNull(),
  /** SHA-256 of the model's canonical JSON: what a run records as "the model it used". */
  digest: text('digest').notNull(),
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by').notNull(),
}, (t) => [uniqueIndex('evaluation_models_version_idx').on(t.modelId, t.version)]);

/** One evaluation run: proposed by an officer, approved (or rejected) by a reviewer. */
export const evaluationRuns = sqliteTable('evaluation_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  modelRowId: integer('model_row_id').notNull().references(() => evaluationModels.id),
  asOf: text('as_of').notNull(),
  /** The selection evaluated (region, industry, list), as JSON; {} for all enterprises. */
  scope: text('scope').notNull(),
  /** SHA-256 over the canonical inputs of every enterprise, in id order: same digest, same data. */
  inputDigest: text('input_digest').notNull(),
  enterprises: integer('enterprises').notNull(),
  /** Counts per grade, as JSON. */
  counts: text('counts').notNull(),
  durationMs: integer('duration_ms').notNull(),
  status: text('status', { enum: ['proposed', 'approved', 'rejected'] }).notNull(),
  proposedBy: text('proposed_by').notNull(),
  proposedAt: text('proposed_at').notNull(),
  decidedBy: text('decided_by'),
  decidedAt: text('decided_at'),
  decisionNote: text('decision_note'),
}, (t) => [check('evaluation_runs_status_check', sql`${t.status} in ('proposed', 'approved', 'rejected')`)]);

/** A grade and the whole explanation behind it (indicators, record ids, gates, caps, vetoes). */
export const evaluationResults = sqliteTable('evaluation_results', {
  runId: integer('run_id').notNull().references(() => evaluationRuns.id),
  enterpriseId: integer('enterprise_id').notNull().references(() => enterprises.id),
  score: text('score').notNull(),
  rawGrade: text('raw_grade').notNull(),
  grade: text('grade').notNull(),
  explanation: text('explanation').notNull(),
}, (t) => [primaryKey({ columns: [t.runId, t.enterpriseId] }), index('evaluation_results_enterprise_idx').on(t.enterpriseId, t.runId)]);

/** A grade changed by hand: needs a reason and a reviewer's approval; both grades stay visible. */
export const gradeAdjustments = sqliteTable('grade_adjustments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  runId: integer('run_id').notNull().references(() => evaluationRuns.id),
  enterpriseId: integer('enterprise_id').notNull().references(() => enterprises.id),
  fromGrade: text('from_grade').notNull(),
  toGrade: text('to_grade').notNull(),
  reason: text('reason').notNull(),
  status: text('status', { enum: ['proposed', 'approved', 'rejected'] }).notNull(),
  proposedBy: text('proposed_by').notNull(),
  proposedAt: text('proposed_at').notNull(),
  decidedBy: text('decided_by'),
  decidedAt: text('decided_at'),
}, (t) => [index('grade_adjustments_run_idx').on(t.runId, t.enterpriseId)]);

/** A column mapping a person confirmed for a file layout, reused for files of the same layout. */
export const importMappings = sqliteTable('import_mappings', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind').notNull(),
  /** The layout's fingerprint (its normalised headers, core/import-parse layoutFingerprint). */
  fingerprint: text('fingerprint').notNull(),
  /** Field → header, as JSON. */
  mapping: text('mapping').notNull(),
  confirmedBy: text('confirmed_by').notNull(),
  confirmedAt: text('confirmed_at').notNull(),
}, (t) => [uniqueIndex('import_mappings_layout_idx').on(t.kind, t.fingerprint)]);

/**
 * A person's decision that a firm named in a source (by name and place, without a code) is or is
 * not a registered enterprise: kept, and replayed on later imports so a rejected pair never returns.
 */
export const matchDecisions = sqliteTable('match_decisions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Normalised name and place of the source's subject (core/matching). */
  subjectKey: text('subject_key').notNull(),
  enterpriseId: integer('enterprise_id').references(() => enterprises.id),
  decision: text('decision', { enum: ['same', 'not-same', 'unsure'] }).notNull(),
  decidedBy: text('decided_by').notNull(),
  decidedAt: text('decided_at').notNull(),
  /** The score and its parts shown when deciding, as JSON. */
  evidence: text('evidence').notNull(),
}, (t) => [index('match_decisions_subject_idx').on(t.subjectKey), check('match_decisions_check', sql`${t.decision} in ('same', 'not-same', 'unsure')`)]);

/** Registered enterprises a record awaiting identification may belong to, with the score's parts. */
export const matchCandidates = sqliteTable('match_candidates', {
  recordId: integer('record_id').notNull().references(() => creditRecords.id),
  enterpriseId: integer('enterprise_id').notNull().references(() => enterprises.id),
  score: text('score').notNull(),
  parts: text('parts').notNull(),
}, (t) => [primaryKey({ columns: [t.recordId, t.enterpriseId] })]);

/**
 * An entry on a list (black, red, watch, abnormal…), local or received from another agency. Its
 * life cycle is the dated history in `list_events`; `state` is where that history stands. Removal
 * is a state, never a deletion: a published list keeps its delisting history.
 */
export const listEntries = sqliteTable('list_entries', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Permanent id, never reused: `<agency USCC>-<list>-<n>` here, the issuer's id for external entries. */
  entryUid: text('entry_uid').notNull().unique(),
  listType: text('list_type').notNull(),
  /** Null for an external entry whose subject awaits matching to a local dossier. */
  enterpriseId: integer('enterprise_id').references(() => enterprises.id),
  personId: integer('person_id').references(() => persons.id),
  subjectName: text('subject_name').notNull(),
  subjectUscc: text('subject_uscc'),
  state: text('state').notNull(),
  /** local / external. */
  source: text('source').notNull(),
  /** The issuing agency's USCC for external entries. */
  issuerAgency: text('issuer_agency'),
  reason: text('reason').notNull().default(''),
  legalBasis: text('legal_basis').notNull().default(''),
  /** Penalty record ids, the Art. 12 checklist and other grounds, as JSON. */
  basis: text('basis').notNull().default('{}'),
  decidingAuthority: text('deciding_authority'),
  authorityCode: text('authority_code'),
  decisionDocNo: text('decision_doc_no'),
  listedOn: text('listed_on'),
  plannedEnd: text('planned_end'),
  removedOn: text('removed_on'),
  removalReason: text('removal_reason'),
  removalAuthority: text('removal_authority'),
  /** The rule set the case is judged by (chosen by its decisive date). */
  ruleSet: text('rule_set'),
  proposedBy: text('proposed_by'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  /** SHA-256 of the entry's canonical exchange record (state digest of a stream). */
  contentSha256: text('content_sha256'),
  /** Exchange entries (source 'exchange'): the issuer's stream and permanent record id. */
  streamId: text('stream_id'),
  externalId: text('external_id'),
  /** Exchange entries: linked (enterprise_id set), review (name-only candidates wait), none. */
  matchState: text('match_state'),
  /** Normalised name and place of an exchange subject: decisions are kept under it and replayed. */
  subjectKey: text('subject_key'),
}, (t) => [
  index('list_entries_enterprise_idx').on(t.enterpriseId),
  index('list_entries_person_idx').on(t.personId),
  index('list_entries_list_idx').on(t.listType, t.state),
  uniqueIndex('list_entries_stream_idx').on(t.issuerAgency, t.streamId, t.externalId),
  // Only entries awaiting review are looked up by subject: a partial index stays small, and a
  // million-entry snapshot does not pay for random inserts into a full one.
  index('list_entries_review_idx').on(t.subjectKey).where(sql`${t.matchState} = 'review'`),
]);

/** Name-only candidates for an exchange entry awaiting a person's review, with the score's parts. */
export const listMatchCandidates = sqliteTable('list_match_candidates', {
  entryId: integer('entry_id').notNull().references(() => listEntries.id),
  enterpriseId: integer('enterprise_id').notNull().references(() => enterprises.id),
  score: text('score').notNull(),
  parts: text('parts').notNull(),
}, (t) => [primaryKey({ columns: [t.entryId, t.enterpriseId] })]);

/**
 * What each outgoing exchange stream last said (id → content digest): the next delta is the
 * difference from it, and its state digest is over it.
 */
export const exchangeOutEntries = sqliteTable('exchange_out_entries', {
  streamId: text('stream_id').notNull(),
  entryUid: text('entry_uid').notNull(),
  contentSha256: text('content_sha256').notNull(),
}, (t) => [primaryKey({ columns: [t.streamId, t.entryUid] })]);

/** Every step of a list entry's life: who (and in which role), when, with which documents. */
export const listEvents = sqliteTable('list_events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  entryId: integer('entry_id').notNull().references(() => listEntries.id),
  event: text('event').notNull(),
  onDate: text('on_date').notNull(),
  byUser: text('by_user').notNull(),
  byRole: text('by_role').notNull(),
  docNo: text('doc_no'),
  note: text('note'),
  /** Checklists, attachment ids, other evidence, as JSON. */
  evidence: text('evidence').notNull().default('{}'),
  at: text('at').notNull(),
}, (t) => [index('list_events_entry_idx').on(t.entryId)]);

/** The agency's own signing keys; private keys only sealed (passphrase → scrypt → AES-256-GCM). */
export const signingKeys = sqliteTable('signing_keys', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  alg: text('alg').notNull(),
  keyId: text('key_id').notNull().unique(),
  spkiPem: text('spki_pem').notNull(),
  sealed: text('sealed').notNull(),
  status: text('status', { enum: ['active', 'retired', 'revoked'] }).notNull(),
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by').notNull(),
  retiredAt: text('retired_at'),
});

/** Partner agencies' public keys, trusted only after a person confirmed the whole fingerprint. */
export const trustedKeys = sqliteTable('trusted_keys', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  agencyCode: text('agency_code').notNull(),
  agencyName: text('agency_name').notNull(),
  alg: text('alg').notNull(),
  keyId: text('key_id').notNull(),
  spkiPem: text('spki_pem').notNull(),
  confirmedBy: text('confirmed_by').notNull(),
  confirmedAt: text('confirmed_at').notNull(),
  validFromSequence: integer('valid_from_sequence'),
  revokedAfterSequence: integer('revoked_after_sequence'),
  revokedAt: text('revoked_at'),
  revokedBy: text('revoked_by'),
  /** A key rotated away by a key-rotation package: JSON, per stream the last sequence it signed (core TrustedKey.validThrough). */
  validThrough: text('valid_through'),
}, (t) => [uniqueIndex('trusted_keys_agency_key_idx').on(t.agencyCode, t.keyId)]);

/** Packages this agency issued (publications and exchange), kept byte for byte: issued means immutable. */
export const packagesOut = sqliteTable('packages_out', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  packageType: text('package_type').notNull(),
  streamId: text('stream_id').notNull(),
  sequence: integer('sequence').notNull(),
  /** The publication's document number (unique among publications). */
  docNo: text('doc_no'),
  listType: text('list_type'),
  periodFrom: text('period_from'),
  periodTo: text('period_to'),
  entries: integer('entries').notNull(),
  manifestSha256: text('manifest_sha256').notNull(),
  stateSha256: text('state_sha256'),
  packageSha256: text('package_sha256').notNull(),
  fileName: text('file_name').notNull(),
  bytes: blob('bytes', { mode: 'buffer' }).notNull(),
  issuedAt: text('issued_at').notNull(),
  issuedBy: text('issued_by').notNull(),
}, (t) => [uniqueIndex('packages_out_stream_seq_idx').on(t.streamId, t.sequence), uniqueIndex('packages_out_doc_no_idx').on(t.docNo)]);

/** Per partner and stream: where the chain stands (formats.md §4). */
export const streamsIn = sqliteTable('streams_in', {
  issuer: text('issuer').notNull(),
  streamId: text('stream_id').notNull(),
  lastSequence: integer('last_sequence').notNull(),
  lastManifestSha256: text('last_manifest_sha256').notNull(),
  lastIssuedAt: text('last_issued_at').notNull(),
  lastStateSha256: text('last_state_sha256'),
  baseSnapshotSequence: integer('base_snapshot_sequence'),
  lastImportedAt: text('last_imported_at').notNull(),
}, (t) => [primaryKey({ columns: [t.issuer, t.streamId] })]);

/** Every package received, imported or refused; the original bytes are kept as evidence beside the database. */
export const packagesIn = sqliteTable('packages_in', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  issuer: text('issuer'),
  streamId: text('stream_id'),
  sequence: integer('sequence'),
  manifestSha256: text('manifest_sha256'),
  packageSha256: text('package_sha256').notNull(),
  fileName: text('file_name').notNull(),
  status: text('status', { enum: ['imported', 'refused', 'evidence'] }).notNull(),
  errorCode: text('error_code'),
  receivedAt: text('received_at').notNull(),
  receivedBy: text('received_by').notNull(),
}, (t) => [index('packages_in_stream_idx').on(t.issuer, t.streamId, t.sequence)]);

/**
 * Append-only audit trail. Each row's hash covers its content and the previous row's hash, so an
 * edited or deleted row breaks the chain; the head (last seq and hash) is kept in `meta` so that
 * cutting rows off the end is caught too.
 */
export const auditLog = sqliteTable('audit_log', {
  seq: integer('seq').primaryKey(),
  at: text('at').notNull(),
  userId: integer('user_id'),
  username: text('username').notNull(),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id'),
  beforeJson: text('before_json'),
  afterJson: text('after_json'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
}, (t) => [index('audit_entity_idx').on(t.entity, t.entityId)]);

/** Small key/value facts about the workspace (the audit head, creation time). */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export type UserRow = typeof users.$inferSelect;
export type EnterpriseRow = typeof enterprises.$inferSelect;
export type AuditLogRow = typeof auditLog.$inferSelect;
export type PersonRow = typeof persons.$inferSelect;
export type EnterprisePersonRow = typeof enterprisePersons.$inferSelect;
export type EnterpriseNameRow = typeof enterpriseNames.$inferSelect;
export type ImportBatchRow = typeof importBatches.$inferSelect;
export type ProductRow = typeof products.$inferSelect;
export type CreditRecordRow = typeof creditRecords.$inferSelect;
export type RecordEventRow = typeof recordEvents.$inferSelect;
export type AttachmentRow = typeof attachments.$inferSelect;
export type EvaluationModelRow = typeof evaluationModels.$inferSelect;
export type EvaluationRunRow = typeof evaluationRuns.$inferSelect;
export type GradeAdjustmentRow = typeof gradeAdjustments.$inferSelect;
export type ListEntryRow = typeof listEntries.$inferSelect;
export type ListEventRow = typeof listEvents.$inferSelect;
export type SigningKeyRow = typeof signingKeys.$inferSelect;
export type TrustedKeyRow = typeof trustedKeys.$inferSelect;
export type PackageOutRow = typeof packagesOut.$inferSelect;
