/** Good drafts of every kind; tests break one thing at a time. */

export const spotCheckFail = () => ({
  authority: '长沙市市场监督管理局',
  outcome: 'fail',
  details: {
    planType: 'municipal',
    planNo: 'CS-2025-007',
    samplingDomain: 'circulation',
    productName: '电动自行车',
    trademark: '某牌',
    model: 'TDT-1234Z',
    batch: '20250112A',
    productionDate: '2025-01',
    productCategory: '电动自行车',
    standards: 'GB 17761-2024',
    institution: '湖南省产商品质量检验研究院',
    reportNo: 'HN2025-0318-01',
    failedItems: ['最高车速', '整车质量'],
    failureDegree: 'serious',
    sampledOn: '2025-03-18',
    resultOn: '2025-04-10',
  } as Record<string, unknown>,
});

export const penalty = () => ({
  severity: 'general',
  details: {
    CF_WSH: '长市监处罚〔2025〕12号',
    CF_WFXW: '生产不符合保障人体健康和人身、财产安全的国家标准的产品',
    CF_SY: '当事人生产的电动自行车经抽检，最高车速不合格。',
    CF_YJ: '《中华人民共和国产品质量法》第四十九条',
    CF_CFLB: '罚款、没收违法所得',
    CF_NR: '罚款 2.5 万元，没收违法所得 0.35 万元',
    CF_NR_FK: '2.5',
    CF_NR_WFFF: '0.35',
    CF_JDRQ: '2025-05-20',
    CF_GSJZQ: '2028-05-20',
    CF_CFJG: '长沙市市场监督管理局',
    CF_CFJGDM: '11430100MB1A12345X',
    CF_XDR_LB: '法人及非法人组织',
    procedure: 'ordinary',
  } as Record<string, unknown>,
});

export const licence = () => ({
  details: {
    XK_XKWS: '准予行政许可决定书',
    XK_WSH: '湘市监许〔2024〕88号',
    XK_XKLB: '普通',
    XK_XKZS: '全国工业产品生产许可证',
    XK_XKBH: '(湘)XK06-001-00088',
    XK_JDRQ: '2024-06-18',
    XK_YXQZ: '2024-06-18',
    XK_YXQZI: '2029-06-17',
    XK_XKJG: '湖南省市场监督管理局',
    XK_ZT: '有效',
  } as Record<string, unknown>,
});

export const complaint = () => ({
  authority: '长沙市市场监督管理局',
  outcome: 'verified',
  details: { channel: '12315', receivedOn: '2025-02-10', product: '电热水壶', content: '使用一周后底座漏电', resolution: '责令召回并赔偿' } as Record<string, unknown>,
});

export const accident = () => ({
  authority: '长沙市市场监督管理局',
  occurredOn: '2025-07-02',
  severity: 'serious',
  details: { type: 'recall', description: '电动自行车充电器过热，主动召回 1200 台', losses: '约 30 万元' } as Record<string, unknown>,
});

export const interview = () => ({
  authority: '长沙市市场监督管理局',
  occurredOn: '2025-04-20',
  details: { reason: '电动自行车监督抽查严重不合格', participants: '张三、李四', relatedRecordId: 12 } as Record<string, unknown>,
});

export const commitment = () => ({
  details: { type: 'annual-report', year: 2024, title: '2024 年度质量信用报告', submittedOn: '2025-03-01' } as Record<string, unknown>,
});

export const award = () => ({
  details: { awardName: '湖南省省长质量奖', level: 'provincial', year: 2024, grantor: '湖南省人民政府' } as Record<string, unknown>,
});
