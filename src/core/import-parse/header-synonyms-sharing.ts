import { defineTable, type SynonymTable } from './synonym-table';

/**
 * 双公示 tables other departments send: penalties (CF_*) and licences (XK_*), keyed by the
 * national field codes so that a mapped file exports straight to the exchange format. The
 * code itself is always a synonym: some departments head their columns with it.
 */

const PARTY = (p: 'CF' | 'XK') => [
  { field: `${p}_XDR_MC`, label: '行政相对人名称', synonyms: [`${p}_XDR_MC`, '行政相对人名称', '相对人名称', '当事人名称', '企业名称', '单位名称', '被处罚单位', '被处罚人', '当事人', '许可相对人', '被许可人', '申请人', '申请单位'], level: 'firm' as const, required: true },
  { field: `${p}_XDR_LB`, label: '行政相对人类别', synonyms: [`${p}_XDR_LB`, '行政相对人类别', '相对人类别', '当事人类别', '主体类别'], level: 'firm' as const },
  { field: `${p}_XDR_SHXYM`, label: '统一社会信用代码', synonyms: [`${p}_XDR_SHXYM`, '统一社会信用代码', '社会信用代码', '信用代码', '行政相对人代码_1(统一社会信用代码)', '行政相对人代码_1'], level: 'firm' as const },
  { field: `${p}_XDR_GSZC`, label: '工商注册号', synonyms: [`${p}_XDR_GSZC`, '工商注册号', '注册号', '行政相对人代码_2(工商注册号)', '行政相对人代码_2'], level: 'firm' as const },
  { field: `${p}_XDR_ZZJG`, label: '组织机构代码', synonyms: [`${p}_XDR_ZZJG`, '组织机构代码', '行政相对人代码_3(组织机构代码)', '行政相对人代码_3'], level: 'firm' as const },
  { field: `${p}_FRDB`, label: '法定代表人', synonyms: [`${p}_FRDB`, '法定代表人', '法定代表人姓名', '法人代表', '负责人'], level: 'firm' as const },
];

export const PENALTY_SYNONYMS: SynonymTable = defineTable({
  kind: 'penalties',
  version: 1,
  fields: [
    ...PARTY('CF'),
    { field: 'CF_WSH', label: '行政处罚决定书文号', synonyms: ['CF_WSH', '行政处罚决定书文号', '处罚决定书文号', '决定书文号', '文书号', '处罚文号', '案号'], required: true },
    { field: 'CF_WFXW', label: '违法行为类型', synonyms: ['CF_WFXW', '违法行为类型', '违法行为', '案由', '案件名称'] },
    { field: 'CF_SY', label: '违法事实', synonyms: ['CF_SY', '违法事实', '主要违法事实', '处罚事由'] },
    { field: 'CF_YJ', label: '处罚依据', synonyms: ['CF_YJ', '处罚依据', '法律依据'] },
    { field: 'CF_CFLB', label: '处罚类别', synonyms: ['CF_CFLB', '处罚类别', '处罚种类', '处罚类型', '处罚类别1'] },
    { field: 'CF_NR', label: '处罚内容', synonyms: ['CF_NR', '处罚内容', '处罚结果', '处罚决定'] },
    { field: 'CF_NR_FK', label: '罚款金额(万元)', synonyms: ['CF_NR_FK', '罚款金额(万元)', '罚款金额', '罚款(万元)', '罚款数额'] },
    { field: 'CF_NR_WFFF', label: '没收违法所得、没收非法财物的金额(万元)', synonyms: ['CF_NR_WFFF', '没收违法所得、没收非法财物的金额(万元)', '没收违法所得金额', '没收金额(万元)', '没收违法所得'] },
    { field: 'CF_NR_ZKDX', label: '暂扣或吊销证照名称及编号', synonyms: ['CF_NR_ZKDX', '暂扣或吊销证照名称及编号', '吊销证照名称及编号'] },
    { field: 'CF_JDRQ', label: '处罚决定日期', synonyms: ['CF_JDRQ', '处罚决定日期', '决定日期', '处罚日期', '作出处罚决定日期'], required: true },
    { field: 'CF_YXQ', label: '处罚有效期', synonyms: ['CF_YXQ', '处罚有效期', '有效期'] },
    { field: 'CF_GSJZQ', label: '公示截止期', synonyms: ['CF_GSJZQ', '公示截止期', '公示截止日期', '公示期限'] },
    { field: 'CF_CFJG', label: '处罚机关', synonyms: ['CF_CFJG', '处罚机关', '决定机关', '作出处罚决定的机关', '执法机关'] },
    { field: 'CF_CFJGDM', label: '处罚机关统一社会信用代码', synonyms: ['CF_CFJGDM', '处罚机关统一社会信用代码', '处罚机关代码'] },
    { field: 'CF_SJLY', label: '数据来源单位', synonyms: ['CF_SJLY', '数据来源单位', '数据来源'] },
    { field: 'CF_SJLYDM', label: '数据来源单位统一社会信用代码', synonyms: ['CF_SJLYDM', '数据来源单位统一社会信用代码', '数据来源单位代码'] },
    { field: 'BZ', label: '备注', synonyms: ['BZ', '备注'] },
  ],
});

export const LICENCE_SYNONYMS: SynonymTable = defineTable({
  kind: 'licences',
  version: 1,
  fields: [
    ...PARTY('XK'),
    { field: 'XK_XKWS', label: '行政许可决定文书名称', synonyms: ['XK_XKWS', '行政许可决定文书名称', '许可决定文书名称', '文书名称'] },
    { field: 'XK_WSH', label: '行政许可决定文书号', synonyms: ['XK_WSH', '行政许可决定文书号', '许可决定文书号', '文书号', '决定文书号'] },
    { field: 'XK_XKLB', label: '许可类别', synonyms: ['XK_XKLB', '许可类别', '许可类型'] },
    { field: 'XK_XKZS', label: '许可证书名称', synonyms: ['XK_XKZS', '许可证书名称', '证书名称', '许可证名称'] },
    { field: 'XK_XKBH', label: '许可编号', synonyms: ['XK_XKBH', '许可编号', '许可证编号', '证书编号', '许可证号'], required: true },
    { field: 'XK_NR', label: '许可内容', synonyms: ['XK_NR', '许可内容', '许可范围', '产品名称'] },
    { field: 'XK_JDRQ', label: '许可决定日期', synonyms: ['XK_JDRQ', '许可决定日期', '决定日期', '发证日期', '许可日期'] },
    { field: 'XK_YXQZ', label: '有效期自', synonyms: ['XK_YXQZ', '有效期自', '有效期起', '有效期开始日期', '起始日期'] },
    { field: 'XK_YXQZI', label: '有效期至', synonyms: ['XK_YXQZI', '有效期至', '有效期止', '有效期截止日期', '截止日期', '有效期'] },
    { field: 'XK_XKJG', label: '许可机关', synonyms: ['XK_XKJG', '许可机关', '发证机关', '审批机关'] },
    { field: 'XK_XKJGDM', label: '许可机关统一社会信用代码', synonyms: ['XK_XKJGDM', '许可机关统一社会信用代码', '许可机关代码'] },
    { field: 'XK_ZT', label: '当前状态', synonyms: ['XK_ZT', '当前状态', '状态', '许可状态'] },
    { field: 'XK_LYDW', label: '数据来源单位', synonyms: ['XK_LYDW', '数据来源单位', '数据来源'] },
    { field: 'XK_LYDWDM', label: '数据来源单位统一社会信用代码', synonyms: ['XK_LYDWDM', '数据来源单位统一社会信用代码', '数据来源单位代码'] },
    { field: 'BZ', label: '备注', synonyms: ['BZ', '备注'] },
  ],
});
