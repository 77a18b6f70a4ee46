/**
 * English for the record vocabulary that core keeps in Chinese (field labels of every record
 * kind and the labels of their choices, from KIND_SPECS and the *_LABELS tables): keyed by the
 * Chinese text, since that is what core hands over. test/renderer/i18n.test.ts fails when core
 * gains a label that has no entry here.
 */
export const EN_RECORD_TERMS: Readonly<Record<string, string>> = {
  // Spot checks
  计划类型: 'Plan type', 国家监督抽查: 'National spot check', 省级监督抽查: 'Provincial spot check', 市级监督抽查: 'Municipal spot check',
  县级监督抽查: 'County spot check', 专项监督抽查: 'Special spot check', 定期监督检验: 'Periodic supervisory inspection', 其他: 'Other',
  计划编号: 'Plan number', 抽样领域: 'Sampling domain', 生产: 'Production', 流通: 'Distribution', 电商: 'E-commerce',
  产品名称: 'Product name', 商标: 'Trademark', 规格型号: 'Specification or model', 生产日期或批号: 'Production date or batch',
  生产日期: 'Production date', 生产日期精度: 'Production date precision', 产品类别: 'Product category', 执行标准: 'Standards applied',
  承检机构: 'Testing body', 报告编号: 'Report number', 不合格项目: 'Failed items', 不合格程度: 'Degree of failure',
  一般不合格: 'Ordinary failure', 严重不合格: 'Serious failure', 是否严重不合格: 'Serious failure?', 是否拒检: 'Refused inspection?',
  抽样日期: 'Sampling date', 结果日期: 'Result date', 备注: 'Notes',
  // Administrative penalties (双公示 CF_* columns)
  行政处罚决定书文号: 'Penalty decision number', 违法行为类型: 'Type of violation', 违法事实: 'Facts of the violation',
  处罚依据: 'Legal basis', 处罚类别: 'Penalty types', 警告: 'Warning', 通报批评: 'Public criticism', 罚款: 'Fine',
  没收违法所得: 'Confiscation of illegal gains', 没收非法财物: 'Confiscation of illegal property', 暂扣许可证件: 'Licence suspended',
  降低资质等级: 'Qualification downgraded', 吊销许可证件: 'Licence revoked', 限制开展生产经营活动: 'Business activities restricted',
  责令停产停业: 'Ordered to suspend production or business', 责令关闭: 'Ordered to close', 限制从业: 'Barred from the trade',
  行政拘留: 'Administrative detention', 处罚内容: 'Penalty content', '罚款金额（万元）': 'Fine (× 10,000 yuan)',
  '没收违法所得、非法财物金额（万元）': 'Confiscated gains and property (× 10,000 yuan)',
  暂扣或吊销证照名称及编号: 'Licence suspended or revoked (name and number)', 处罚决定日期: 'Decision date', 处罚有效期: 'Penalty valid until',
  公示截止期: 'Published until', 处罚机关: 'Penalty authority', 处罚机关统一社会信用代码: 'Penalty authority\'s credit code',
  数据来源单位: 'Data source', 数据来源单位统一社会信用代码: 'Data source\'s credit code', 行政相对人类别: 'Type of party',
  法人及非法人组织: 'Legal person or other organisation', 自然人: 'Natural person', 个体工商户: 'Individual business',
  法定代表人: 'Legal representative', 程序类型: 'Procedure', 简易程序: 'Summary procedure', 普通程序: 'Ordinary procedure',
  是否可修复: 'Credit repair possible?',
  // Licences (XK_*)
  许可决定文书名称: 'Licence decision document', 许可决定文书号: 'Licence decision number', 许可类别: 'Licence type',
  许可证书名称: 'Certificate name', 许可编号: 'Licence number', 许可内容: 'Licence content', 许可决定日期: 'Licence decision date',
  有效期自: 'Valid from', 有效期至: 'Valid until', 许可机关: 'Licensing authority', 许可机关统一社会信用代码: 'Licensing authority\'s credit code',
  当前状态: 'Current status', 有效: 'Valid', 无效: 'Invalid', 认证类型: 'Certification type',
  // Complaints, accidents, interviews, commitments, awards
  投诉渠道: 'Channel', '12315 平台': '12315 platform', '12365 质量投诉': '12365 quality complaints', 其他渠道: 'Other channel',
  受理日期: 'Received on', 涉及产品: 'Product concerned', 投诉内容: 'Complaint', 处理结果: 'Resolution', 是否属实: 'Verified?',
  类型: 'Type', 质量事故: 'Quality accident', 产品召回: 'Product recall', 情况描述: 'Description', 人员伤亡: 'Casualties',
  经济损失: 'Economic losses', 约谈事由: 'Reason for the interview', 参加人员: 'Participants', 整改措施: 'Corrective measures',
  关联记录: 'Related record', 质量承诺: 'Quality commitment', 年度质量报告: 'Annual quality report', 年度: 'Year', 标题: 'Title',
  提交日期: 'Submitted on', 荣誉名称: 'Award name', 荣誉类别: 'Award category', 质量奖: 'Quality award', 品牌: 'Brand',
  红榜: 'Honour roll', 标准制定: 'Standard setting', 其他荣誉: 'Other honour', 级别: 'Level', 国家级: 'National',
  省级: 'Provincial', 市级: 'Municipal', 县级: 'County', 授予单位: 'Awarded by', 授予日期: 'Awarded on',
};
