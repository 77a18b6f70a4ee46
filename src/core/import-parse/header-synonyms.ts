import { defineTable, type SynonymTable } from './synonym-table';

/**
 * The shipped header synonyms, gathered from the result tables SAMR, the former AQSIQ and
 * provincial bureaus attach to announcements. A header is matched after `headerVariants`, so
 * line breaks, full-width brackets and glued numbers need no entries of their own.
 */

const FIRM_NAME = ['企业名称', '生产企业名称', '标称生产单位', '标称生产企业', '标称生产企业名称', '标称生产者名称', '生产者名称', '生产单位', '生产企业', '生产者', '受检企业', '受检企业名称', '受检单位', '受检单位名称', '企业名称(标称)', '生产企业名称(标称)', '单位名称', '企业'];

const SPOT_CHECK_FIELDS = [
  { field: 'serial', label: '序号', synonyms: ['序号', '编号', '序'] },
  { field: 'firmName', label: '企业名称', synonyms: FIRM_NAME, level: 'firm', fallback: 'sampledUnit', required: true },
  { field: 'region', label: '所在地', synonyms: ['所在地', '所在省', '所在省份', '企业所在地', '所在地区', '所在市', '省份', '地区', '区域', '标称生产企业所在地', '生产企业所在地', '所属地区', '所在区县'], level: 'firm' },
  { field: 'address', label: '地址', synonyms: ['地址', '生产企业地址', '企业地址', '标称生产企业地址', '标称生产单位地址', '生产者地址', '生产地址', '标称地址', '企业住所', '住所'], level: 'firm' },
  { field: 'uscc', label: '统一社会信用代码', synonyms: ['统一社会信用代码', '社会信用代码', '信用代码', '统一代码', '统一社会信用代码/注册号', '企业信用代码'], level: 'firm' },
  { field: 'sampledUnit', label: '被抽样单位', synonyms: ['被抽样单位', '被抽样单位名称', '被抽查单位', '被抽查单位名称', '被抽样企业', '被抽样企业名称', '抽样单位'], level: 'firm' },
  { field: 'sampledUnitAddress', label: '被抽样单位地址', synonyms: ['被抽样单位地址', '被抽样单位所在地', '被抽查单位地址'], level: 'firm' },
  { field: 'firmNature', label: '企业性质', synonyms: ['企业性质', '经济类型', '经济性质', '企业类型'], level: 'firm' },
  { field: 'firmSize', label: '企业规模', synonyms: ['企业规模', '规模'], level: 'firm' },
  { field: 'productName', label: '产品名称', synonyms: ['产品名称', '样品名称', '抽查产品', '产品', '商品名称', '抽检产品名称', '产品名称(标称)'], required: true },
  { field: 'trademark', label: '商标', synonyms: ['商标', '品牌', '样品商标', '商标(品牌)', '注册商标'] },
  { field: 'model', label: '规格型号', synonyms: ['规格型号', '型号规格', '规格', '型号', '规格/型号', '型号/规格', '规格等级', '规格型号等级'] },
  { field: 'productionDateOrBatch', label: '生产日期/批号', synonyms: ['生产日期/批号', '生产日期或批号', '产品批号或生产日期', '生产日期(批号)', '生产日期批号', '批号/生产日期', '生产日期/批次', '生产批号或日期', '生产日期或批号/编号', '生产日期/批号/编号'] },
  { field: 'productionDate', label: '生产日期', synonyms: ['生产日期', '生产(加工)日期', '生产加工日期', '生产日期/购进日期', '出厂日期', '制造日期'] },
  { field: 'batch', label: '生产批号', synonyms: ['生产批号', '批号', '产品批号', '批次', '批号/编号', '生产批次'] },
  { field: 'grade', label: '产品等级', synonyms: ['产品等级', '等级', '质量等级', '级别'] },
  { field: 'result', label: '抽查结果', synonyms: ['抽查结果', '检验结论', '抽查结果名称', '判定结论', '检验结果', '抽检结果', '结论', '综合判定', '判定结果', '检测结果', '抽查结论', '检验结论(合格/不合格)'] },
  { field: 'failedItems', label: '不合格项目', synonyms: ['不合格项目', '主要不合格项目', '不合格项目名称', '不合格项', '不合格项目(检验结果/标准值)', '不合格项目及检验结果', '不合格原因', '主要不合格项目名称'] },
  { field: 'severity', label: '不合格程度', synonyms: ['不合格程度', '是否严重不合格', '不合格类别', '不合格严重程度'] },
  { field: 'institution', label: '承检机构', synonyms: ['承检机构', '承检机构名称', '检验机构', '检验机构名称', '承检单位', '检测机构', '承检机构(检验机构)'] },
  { field: 'platform', label: '电商平台', synonyms: ['电商平台', '网购平台', '电子商务平台', '平台名称', '交易平台'] },
  { field: 'seller', label: '销售单位/平台', synonyms: ['销售单位/平台', '销售单位', '经销单位', '销售者', '销售者名称', '网店名称', '店铺名称', '销售单位(平台)'] },
  { field: 'sampleSource', label: '样品来源', synonyms: ['样品来源', '抽样环节', '抽样地点', '样品来源(生产/流通)', '抽样场所'] },
  { field: 'sampleDate', label: '抽样日期', synonyms: ['抽样日期', '抽样时间', '抽检日期'] },
  { field: 'reportNumber', label: '报告编号', synonyms: ['报告编号', '检验报告编号', '报告号'] },
  { field: 'productCategory', label: '产品类别', synonyms: ['产品类别', '产品分类', '产品种类', '类别'] },
  { field: 'remarks', label: '备注', synonyms: ['备注', '备注说明', '附注'] },
] as const;

/** Spot-check result tables (监督抽查结果). */
export const SPOT_CHECK_SYNONYMS: SynonymTable = defineTable({ kind: 'spot-checks', version: 1, fields: [...SPOT_CHECK_FIELDS].map((f) => ({ ...f, synonyms: [...f.synonyms] })) });

/**
 * Follow-up tables (后处理情况): the firm and product that failed, and where the follow-up
 * stands. Under a group header "后处理情况" the sub-headers are what is matched.
 */
export const FOLLOW_UP_SYNONYMS: SynonymTable = defineTable({
  kind: 'follow-ups',
  version: 1,
  fields: [
    ...SPOT_CHECK_SYNONYMS.fields,
    { field: 'rectification', label: '整改情况', synonyms: ['整改情况', '整改结果', '整改措施', '整改落实情况', '后处理情况', '后处理结果', '后处理'], level: 'record', required: false },
    { field: 'recheck', label: '复查结果', synonyms: ['复查结果', '复查情况', '复检结果', '复查结论', '复检情况', '跟踪抽查结果'], level: 'record', required: false },
    { field: 'penalty', label: '处罚情况', synonyms: ['处罚情况', '处理情况', '查处情况', '行政处罚情况', '处罚结果', '处理结果', '立案查处情况'], level: 'record', required: false },
    { field: 'penaltyAmount', label: '处罚金额', synonyms: ['处罚金额', '罚款金额', '罚没金额', '罚没款'], level: 'record', required: false },
  ],
});

export { PENALTY_SYNONYMS, LICENCE_SYNONYMS } from './header-synonyms-sharing';
