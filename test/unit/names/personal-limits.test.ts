/**
 * A personal filer can hold no pre-approval (icp-rules.md §3.2) and may not run commercial activity (§2.3): either,
 * found in the name, the remark or the chosen service content, is an error. A hobby site that mentions a topic is
 * not a business, and an enterprise gets the pre-approval reminder instead.
 */
import { describe, expect, it } from 'vitest';
import { checkSiteName, verdictOf, type NameCheckInput } from '@/utils/names';
import { enterprise, personal } from './helpers';

const errorsOf = (input: NameCheckInput) => checkSiteName(input).filter((finding) => finding.severity === 'error');

describe('personal filer + a pre-approval subject → error citing §3', () => {
  it.each([
    ['name: drug information', { name: '家庭用药指南', remark: '介绍常见药品的用法' }],
    ['name: a medical service', { name: '在线问诊平台', remark: '解答常见病问题' }],
    ['name: medical consulting', { name: '小李医疗咨询', remark: '解答就医问题' }],
    ['name: a pharmacy', { name: '街角药房', remark: '介绍药品' }],
    ['name: tutoring', { name: '英语培训网', remark: '英语学习资料' }],
    ['name: enrolment', { name: '少儿编程培训', remark: '周末小班课' }],
    ['name: news', { name: '体育新闻速递', remark: '比赛结果' }],
    ['name: publishing', { name: '青柠出版', remark: '发布原创作品' }],
    ['remark: e-book downloads', { name: '我的读书角', remark: '提供电子书下载' }],
    ['remark: film streaming', { name: '周末片单', remark: '在线观看最新电影' }],
    ['remark: stock tips', { name: '财经观察', remark: '每日荐股' }],
    ['remark: medical consultation', { name: '养生随笔', remark: '提供在线问诊' }],
    ['remark: courses', { name: '前端学习手记', remark: '出售课程和一对一辅导' }],
    ['remark: drug advice', { name: '家庭药箱笔记', remark: '提供用药咨询' }],
    ['service content: online education', { name: '前端学习手记', serviceContent: ['网络教育'] }],
    ['service content: films', { name: '周末片单', serviceContent: ['网络影视'] }],
    ['service content: news', { name: '城市观察手记', serviceContent: ['网络新闻'] }],
  ] satisfies [string, Partial<NameCheckInput>][])('%s', (_, change) => {
    const errors = errorsOf(personal(change));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((finding) => finding.source.includes('§3'))).toBe(true);
  });
});

describe('personal filer + paid work, commissions, prices, shops or agency work → error citing §2.3', () => {
  it.each([
    ['remark: design orders', { name: '小刘设计工作室', remark: '接设计单' }],
    ['remark: takes orders', { name: '小刘设计手记', remark: '承接网站开发' }],
    ['remark: commissions', { name: '阿狸插画', remark: '接受约稿，价格私聊' }],
    ['remark: English commissions', { name: '阿狸插画', remark: 'Open for commissions' }],
    ['remark: a price', { name: '手作皮具记录', remark: '钱包定制，每个 199 元' }],
    ['remark: selling', { name: '周末烘焙笔记', remark: '出售自制饼干，可下单购买' }],
    ['remark: agency work', { name: '留学经验分享', remark: '招代理，代办签证' }],
    ['name: commissions', { name: '阿狸插画约稿', remark: '插画作品' }],
    ['name: paid errands', { name: '小王跑腿代办', remark: '同城跑腿' }],
    ['name: a shop', { name: '晴天数码店', remark: '数码产品' }],
    ['service content: shopping', { name: '健身打卡日记', serviceContent: ['网络购物'] }],
  ] satisfies [string, Partial<NameCheckInput>][])('%s', (_, change) => {
    const errors = errorsOf(personal(change));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((finding) => finding.source.includes('§2.3'))).toBe(true);
  });

  it('keeps 工作室 alone at a warning', () => {
    const findings = checkSiteName(personal({ name: '小刘设计工作室', remark: '个人设计作品展示' }));
    expect(verdictOf(findings)).toBe('warn');
    expect(findings.find((finding) => finding.evidence === '工作室')?.severity).toBe('warning');
  });
});

describe('hobby sites that mention a topic are not blocked', () => {
  it.each([
    { name: '电影观后感', remark: '记录看过的电影和感想' },
    { name: '跑步与健康', remark: '记录每天跑步和饮食' },
    { name: '宝宝看病日记', remark: '记录带孩子看病的经历' },
    { name: '独立游戏试玩手记', remark: '记录自己玩过的独立游戏' },
    { name: '考研复习笔记', remark: '记录自己考研复习的过程' },
    { name: '科幻小说读后感', remark: '记录读过的科幻小说' },
    { name: '吉他练习记录', remark: '记录学吉他的过程，偶尔上传自己弹的视频' },
    { name: '手绘日常', remark: '分享自己的手绘作品，不接受约稿' },
    { name: '摄影作品集', remark: '个人摄影作品展示，不接单，不涉及经营' },
    { name: '中药识别笔记', remark: '记录在山里认识的草药' },
    { name: 'Nginx反向代理笔记', remark: '记录Nginx反向代理的配置' },
    { name: '考研辅导笔记', remark: '记录自己听辅导课的笔记' },
    { name: '陪娃成长日记', remark: '记录孩子上培训班、在线课程和预约挂号看病的经历' },
    { name: '观影手记', remark: '记录在电影院和网上看过的电影' },
  ])('$name', (change) => {
    expect(errorsOf(personal(change))).toEqual([]);
  });
});

describe('enterprise look-alikes get the pre-approval reminder, not the personal blocks', () => {
  it.each([
    { name: '云朵医药科技', remark: '公司药品介绍' },
    { name: '云朵在线问诊', remark: '在线问诊服务' },
    { name: '云朵教育培训中心', remark: '在线课程', serviceContent: ['网络教育'] },
  ])('$name warns about the approval and blocks nothing', (change) => {
    const findings = checkSiteName(enterprise(change));
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(findings.some((finding) => finding.rule === 'name.preapproval' || finding.rule === 'content.needs-approval')).toBe(true);
  });

  it.each([
    { name: '云朵设计工作室', remark: '承接品牌设计业务，接设计单' },
    { name: '云朵插画约稿', remark: '接受约稿，价格 300 元起' },
    { name: '云朵数码商城', remark: '销售数码产品', serviceContent: ['网络购物'] },
  ])('$name: paid work is fine for an enterprise', (change) => {
    expect(errorsOf(enterprise(change))).toEqual([]);
  });
});
