/**
 * Stable error codes. Codes never change meaning once released: other agencies, scripts and
 * audit reports refer to them. Add new ones; never rename.
 */
export const ERROR_MESSAGES = {
  E_VALIDATION: { zh: '输入内容不符合要求', en: 'The input is not valid' },
  E_UNKNOWN_CHANNEL: { zh: '未知的调用', en: 'Unknown call' },
  E_AUTH_REQUIRED: { zh: '请先登录', en: 'Please sign in first' },
  E_AUTH_FAILED: { zh: '用户名或密码错误', en: 'Wrong user name or password' },
  E_ACCOUNT_DISABLED: { zh: '该账户已停用', en: 'This account is disabled' },
  E_LOGIN_LOCKED: { zh: '登录失败次数过多，该账户已暂时锁定', en: 'Too many failed sign-ins: the account is locked for a while' },
  E_FORBIDDEN: { zh: '当前角色无权执行此操作', en: 'Your role may not do this' },
  E_NOT_FOUND: { zh: '未找到该记录', en: 'Record not found' },
  E_SETUP_DONE: { zh: '管理员已创建，不能重复初始化', en: 'The administrator already exists' },
  E_USERNAME_TAKEN: { zh: '用户名已被使用', en: 'The user name is taken' },
  E_PASSWORD_WEAK: { zh: '密码至少 8 位，且需包含字母和数字', en: 'Passwords need 8+ characters with letters and digits' },
  E_USCC_FORMAT: { zh: '统一社会信用代码格式错误', en: 'Malformed unified social credit code' },
  E_USCC_CHECK: { zh: '统一社会信用代码校验位不符', en: 'Unified social credit code check character mismatch' },
  E_USCC_DUPLICATE: { zh: '该统一社会信用代码已登记', en: 'This unified social credit code is already registered' },
  E_REGION_UNKNOWN: { zh: '行政区划代码不在代码表中', en: 'Unknown region code' },
  E_INDUSTRY_UNKNOWN: { zh: '行业代码不在代码表中', en: 'Unknown industry code' },
  E_DB_TOO_NEW: { zh: '数据库由更新版本的程序创建，请升级本程序后再打开', en: 'The database was made by a newer version; upgrade the app' },
  E_DB_OUT_OF_SYNC: { zh: '数据库迁移记录与本程序不一致', en: 'The database migrations do not match this app' },
  E_DB_CORRUPT: { zh: '数据库完整性检查未通过', en: 'The database failed its integrity check' },
  E_MIGRATION_FAILED: { zh: '数据库升级失败，数据库已保持原状', en: 'The migration failed; the database is unchanged' },
  E_DB_WRITE: { zh: '写入数据库失败，操作已整体撤销', en: 'Writing failed; nothing was changed' },
  E_WORKSPACE: { zh: '无法打开工作区', en: 'Cannot open the workspace' },
  E_CANCELLED: { zh: '操作已取消，未写入任何数据', en: 'Cancelled; nothing was written' },
  E_AUDIT_CHAIN_BROKEN: { zh: '审计日志哈希链校验未通过：有记录被修改或删除', en: 'The audit chain is broken: rows were edited or deleted' },
  E_BACKUP_INVALID: { zh: '备份文件不是完整有效的工作区数据库', en: 'The backup is not a whole, valid workspace database' },
  E_NOTHING_TO_UNDO: { zh: '没有可撤销的恢复操作', en: 'There is no restore to undo' },
  E_IMPORT_TOO_LARGE: { zh: '文件超过 50 MB 上限', en: 'The file is larger than 50 MB' },
  E_IMPORT_FORMAT: { zh: '无法读取文件：不是有效的 CSV 或 XLSX 文件', en: 'Cannot read the file: not a valid CSV or XLSX file' },
  E_IMPORT_HEADER: { zh: '无法识别表头：缺少必需的列', en: 'Header not recognised: required columns are missing' },
  E_IMPORT_DAMAGED_CODE: { zh: '代码已被电子表格软件改写为数字（如 9.14E+17），原代码无法还原', en: 'The code was turned into a number by spreadsheet software (e.g. 9.14E+17) and cannot be recovered' },
  E_IMPORT_DUPLICATE_IN_FILE: { zh: '文件中统一社会信用代码重复', en: 'Duplicate unified social credit code in the file' },
  E_IMPORT_INVALID_ROWS: { zh: '文件中有无效行，未导入任何数据', en: 'The file has invalid rows; nothing was imported' },
  E_IMPORT_PREVIEW_EXPIRED: { zh: '导入预览不存在或已过期，请重新选择文件', en: 'The import preview is gone or expired; choose the file again' },
  E_IMPORT_UNDO_CHANGED: { zh: '该批次中有企业在导入后被修改，不能撤销整批导入', en: 'Enterprises of this batch were changed after the import; the batch cannot be undone' },
  E_IMPORT_ALREADY_UNDONE: { zh: '该导入批次已撤销', en: 'This import batch was already undone' },
  E_REGISTRATION_NUMBER_INVALID: { zh: '注册号无效', en: 'Invalid registration number' },
  E_ID_NUMBER_INVALID: { zh: '证件号码无效', en: 'Invalid ID number' },
  E_PERSON_DUPLICATE: { zh: '该证件号码已登记', en: 'This ID number is already registered' },
  E_LINK_DATE: { zh: '任职日期不合理', en: 'The date of the appointment is not plausible' },
  E_CALENDAR_UNCOVERED: { zh: '节假日日历未包含该年份，无法计算期限', en: 'The holiday calendar does not cover that year' },
  E_INTERNAL: { zh: '程序内部错误', en: 'Internal error' },
  E_USAGE: { zh: '命令用法错误', en: 'Usage error' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];

export type Locale = 'zh' | 'en';

/** @example messageFor('E_NOT_FOUND', 'en') // 'Record not found' */
export function messageFor(code: ErrorCode, locale: Locale = 'zh'): string {
  return ERROR_MESSAGES[code][locale];
}
