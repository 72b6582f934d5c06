/** Seed filing orders: one per status the console shows (console-markup.md §7), so detectors see every wording. */

export const FILING_STAGES = ['提交初审', '腾讯云审核', '待提交管局', '工信部短信核验', '管局审核'];
/** `stage` value of an order that went through every stage. */
export const STAGES_DONE = FILING_STAGES.length;

export const SMS_VERIFICATION_NOTICE =
  '工信部已向负责人手机号发送短信验证码，请在24小时内登录工信部备案管理系统完成短信核验';
export const MIIT_VERIFICATION_URL = 'https://beian.miit.gov.cn/#/Integrated/index';

export interface OrderNotice {
  tone: 'warning' | 'error';
  text: string;
  /** Shows the link to the MIIT system where the code is entered. */
  linkToMiit?: boolean;
}

export interface ReplicaOrder {
  /** 17 digits, starting with 3017 like the console's. */
  orderId: string;
  filingType: string;
  subjectName: string;
  domain: string;
  status: string;
  /** Index into FILING_STAGES of the current stage; STAGES_DONE when finished. */
  stage: number;
  /** A rejected order stops at its stage. */
  rejected?: boolean;
  submittedAt: string;
  notice?: OrderNotice;
}

export const SEED_ORDERS: ReplicaOrder[] = [
  {
    orderId: '30179108639935234',
    filingType: '首次备案',
    subjectName: '张三',
    domain: 'shanjian-notes.cn',
    status: '腾讯云审核中',
    stage: 1,
    submittedAt: '2026-11-20 10:12:33',
  },
  {
    orderId: '30179078206880765',
    filingType: '新增网站（原备案在腾讯云）',
    subjectName: '深圳市云帆科技有限公司',
    domain: 'yunfan-tech.com',
    status: '等待提交管局审核',
    stage: 2,
    submittedAt: '2026-11-18 16:40:02',
  },
  {
    orderId: '30178537319491747',
    filingType: '首次备案',
    subjectName: '李四',
    domain: 'lisi-photo.cn',
    status: '管局审核中',
    stage: 3,
    submittedAt: '2026-11-15 09:05:47',
    notice: { tone: 'warning', text: SMS_VERIFICATION_NOTICE, linkToMiit: true },
  },
  {
    orderId: '30173440149913160',
    filingType: '变更备案',
    subjectName: '杭州西湖文化传播有限公司',
    domain: 'xihu-culture.com.cn',
    status: '待短信核验',
    stage: 3,
    submittedAt: '2026-11-14 14:22:10',
  },
  {
    orderId: '30176612048830921',
    filingType: '接入备案',
    subjectName: '王五',
    domain: 'wangwu.net',
    status: '短信核验中',
    stage: 3,
    submittedAt: '2026-11-13 11:31:58',
  },
  {
    orderId: '30175203398812046',
    filingType: '首次备案',
    subjectName: '长沙岳麓书香教育咨询有限公司',
    domain: 'yuelu-books.cn',
    status: '管局审核中',
    stage: 4,
    submittedAt: '2026-11-06 08:50:19',
  },
  {
    orderId: '30174418820076513',
    filingType: '新增服务（原备案不在腾讯云）',
    subjectName: '上海浦东启明软件有限公司',
    domain: 'qiming-soft.com',
    status: '等待管局审核',
    stage: 4,
    submittedAt: '2026-11-02 17:03:44',
  },
  {
    orderId: '30172019934456078',
    filingType: '首次备案',
    subjectName: '赵六',
    domain: 'zhaoliu.cn',
    status: '备案成功',
    stage: STAGES_DONE,
    submittedAt: '2026-10-08 10:00:00',
  },
  {
    orderId: '30171188302215590',
    filingType: '首次备案',
    subjectName: '济南历下明湖餐饮管理有限公司',
    domain: 'minghu-food.cn',
    status: '驳回',
    stage: 1,
    rejected: true,
    submittedAt: '2026-11-10 15:27:36',
    notice: { tone: 'error', text: '驳回原因：网站名称与主办单位性质不符，请修改网站名称后重新提交。' },
  },
];

/** The order a wizard run files; it joins the list once submitted. */
export const DRAFT_ORDER_ID = '30179999000000001';
