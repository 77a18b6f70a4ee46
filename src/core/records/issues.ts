import type { z } from 'zod';

/** One problem with a draft, addressed to a form field (`details.sampledOn`, `occurredOn`…). */
export type FieldIssue = { field: string; message: string };

/** Chinese labels by field key, so that every message names the field the officer sees. */
export type FieldLabels = Readonly<Record<string, string>>;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function reason(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod does not report the input by default; a missing field reads better as "必填".
      return valueAt(input, issue.path) === undefined ? '为必填项' : `类型不对（应为${TYPE_ZH[issue.expected] ?? issue.expected}）`;
    case 'invalid_value':
      if (valueAt(input, issue.path) === undefined) return '为必填项';
      // A schema's own message (see `choice`) lists the options in Chinese; zod's default does not.
      return issue.message.startsWith('Invalid') ? `应为以下之一：${issue.values.map(String).join('、')}` : issue.message;
    case 'unrecognized_keys':
      return `含有未知字段：${issue.keys.join('、')}`;
    case 'too_small':
      return issue.origin === 'array' ? '至少填写一项' : issue.message;
    default:
      return issue.message;
  }
}

const TYPE_ZH: Record<string, string> = {
  string: '文本', number: '数字', boolean: '是/否', array: '列表', object: '对象', int: '整数',
};

/**
 * Turns zod issues into messages that name the field in Chinese.
 *
 * @example
 * toFieldIssues(schema.safeParse(x).error.issues, x, { sampledOn: '抽样日期' }, 'details')
 * // [{ field: 'details.sampledOn', message: '抽样日期：应为 YYYY-MM-DD 格式的真实日期' }]
 */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[], input: unknown, labels: FieldLabels, prefix?: string): FieldIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map(String);
    const key = path[0];
    const label = key === undefined ? (prefix === 'details' ? '详细信息' : '记录') : (labels[key] ?? key);
    const item = path.length > 1 ? `第 ${Number(path[1]) + 1} 项` : '';
    const field = [prefix, ...path].filter((p) => p !== undefined && p !== '').join('.');
    return { field, message: `${label}${item}：${reason(issue, input)}` };
  });
}
