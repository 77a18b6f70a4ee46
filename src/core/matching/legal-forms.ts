/**
 * Legal forms at the end of a name, longest first. 有限责任公司 and 有限公司 are the same
 * form under the Company Law; a 股份有限公司 is a different one (though a firm may convert).
 */
export const LEGAL_FORMS: readonly { text: string; form: string }[] = [
  { text: '股份有限公司', form: '股份有限公司' },
  { text: '有限责任公司', form: '有限公司' },
  { text: '有限公司', form: '有限公司' },
  { text: '股份合作公司', form: '股份合作公司' },
  { text: '总公司', form: '公司' },
  { text: '公司', form: '公司' },
  { text: '农民专业合作社', form: '合作社' },
  { text: '专业合作社', form: '合作社' },
  { text: '合作社', form: '合作社' },
  { text: '个体工商户', form: '个体' },
  { text: '普通合伙', form: '合伙' },
  { text: '有限合伙', form: '合伙' },
  { text: '合伙企业', form: '合伙' },
  { text: '厂', form: '厂' },
  { text: '商行', form: '商行' },
  { text: '经营部', form: '经营部' },
  { text: '门市部', form: '经营部' },
  { text: '商店', form: '商店' },
  { text: '店', form: '商店' },
];

/** Branch offices: never the head office, whatever the rest of the name says. */
export const BRANCH_SUFFIX = /(分公司|分厂|分店|分部|分社|营业部|办事处|分支机构|分中心)$/u;

/**
 * Words that say what a firm does rather than who it is: they carry little weight, since many
 * firms share them (湖南某某食品科技有限公司 vs 湖南某某食品有限公司).
 */
export const INDUSTRY_WORDS = [
  '科技', '技术', '贸易', '商贸', '工贸', '实业', '发展', '食品', '电器', '电子', '电气', '机械', '设备', '制造', '生产',
  '工业', '产业', '建材', '化工', '材料', '新材料', '日用品', '日化', '纺织', '服饰', '服装', '家具', '塑料', '塑胶',
  '五金', '电线电缆', '电缆', '照明', '灯饰', '陶瓷', '玩具', '文具', '纸业', '包装', '印刷', '农业', '生物', '医药',
  '酒业', '饮料', '乳业', '茶业', '油脂', '粮油', '肉类', '调味品', '营销', '经营', '销售', '供应链', '网络', '信息',
  '能源', '环保', '汽车', '配件', '水泥', '钢铁', '钢材', '企业', '投资', '控股', '国际', '中国', '集团',
] as const;
