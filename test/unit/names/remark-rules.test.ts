import { describe, expect, it } from 'vitest';
import { enterprise, findingsOf, personal, severityOf } from './helpers';

describe('selling, orders and prices in a personal remark (§2.3: 经营性 is HIGH)', () => {
  it.each([
    ['出售自制饼干，可下单购买', 'remark.selling'],
    ['数码产品销售', 'remark.selling'],
    ['卖衣服', 'remark.selling'],
    ['经营一家咖啡馆的日常', 'remark.selling'],
    ['接单设计', 'remark.orders'],
    ['承接小程序开发', 'remark.orders'],
    ['每篇文章99元', 'remark.prices'],
    ['咨询收费标准见页面', 'remark.prices'],
  ])('“%s” → %s error', (remark, rule) => {
    expect(severityOf(personal({ remark }), rule)).toBe('error');
  });
  it.each([
    '随笔散文，不涉及任何经营性内容',
    '非经营性个人网站',
    '只记录烘焙过程，不出售任何商品',
    '无人机航拍记录',
    '卖萌的猫咪日常',
    '点外卖的记录',
    '本站不收费',
  ])('“%s” sells nothing', (remark) => {
    for (const rule of ['remark.selling', 'remark.orders', 'remark.prices']) expect(severityOf(personal({ remark }), rule)).toBeNull();
  });
  it('only warns on words that may just mean the filer shops there', () => {
    expect(severityOf(personal({ remark: '记录在商城买到的好物' }), 'remark.selling')).toBe('warning');
  });
  it('lets an enterprise sell', () => {
    expect(severityOf(enterprise({ remark: '公司自营商城，在线销售' }), 'remark.selling')).toBeNull();
  });
  it('reports one finding per rule, quoting every trigger', () => {
    const findings = findingsOf(personal({ remark: '出售自制饼干，可下单购买' }), 'remark.selling');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.evidence).toBe('出售、下单');
  });
});

describe('interactive features (电子公告, §2.3/§3.1)', () => {
  it('blocks visitor-publishing features on a personal site', () => {
    expect(severityOf(personal({ remark: '技术文章，开放评论和留言板' }), 'remark.bulletin-board')).toBe('error');
    expect(severityOf(personal({ remark: '欢迎留言交流' }), 'remark.bulletin-board')).toBe('error');
    expect(severityOf(personal({ remark: '附带一个小论坛' }), 'remark.bulletin-board')).toBe('error');
  });
  it('only warns on bare 评论/留言, which may be the author’s own reviews', () => {
    expect(severityOf(personal({ remark: '读书心得和评论' }), 'remark.comments')).toBe('warning');
    expect(severityOf(personal({ remark: '读书心得和评论' }), 'remark.bulletin-board')).toBeNull();
  });
  it('respects 不开放/关闭/无', () => {
    expect(severityOf(personal({ remark: '技术文章，不开放评论和留言板' }), 'remark.bulletin-board')).toBeNull();
    expect(severityOf(personal({ remark: '已关闭评论区' }), 'remark.bulletin-board')).toBeNull();
    expect(severityOf(personal({ remark: '无评论功能' }), 'remark.bulletin-board')).toBeNull();
    expect(severityOf(personal({ remark: '技术文章，评论区已关闭' }), 'remark.bulletin-board')).toBeNull();
  });
  it('warns an enterprise without the 电子公告 approval and is silent with it', () => {
    expect(severityOf(enterprise({ remark: '产品论坛' }), 'remark.bulletin-board')).toBe('warning');
    expect(severityOf(enterprise({ remark: '产品论坛', preApprovals: ['电子公告服务'] }), 'remark.bulletin-board')).toBeNull();
  });
});

describe('other remark rules', () => {
  it('blocks a personal remark that describes a company', () => {
    expect(severityOf(personal({ remark: '公司业务介绍' }), 'remark.enterprise-like')).toBe('error');
    expect(severityOf(personal({ remark: '记录在公司的工作日常' }), 'remark.enterprise-like')).toBeNull();
  });
  it('warns on registration and login for individuals', () => {
    expect(findingsOf(personal({ remark: '支持会员注册登录' }), 'remark.registration')[0]?.evidence).toBe('会员、注册、登录');
    expect(severityOf(personal({ remark: '无需注册即可浏览' }), 'remark.registration')).toBeNull();
  });
  it('blocks reposting news without the news approval, for anyone', () => {
    expect(severityOf(personal({ remark: '转载体育新闻' }), 'remark.news-reposting')).toBe('error');
    expect(severityOf(enterprise({ remark: '聚合行业新闻' }), 'remark.news-reposting')).toBe('error');
    expect(severityOf(enterprise({ remark: '聚合行业新闻', preApprovals: ['新闻'] }), 'remark.news-reposting')).toBeNull();
    expect(severityOf(personal({ remark: '转载各大媒体的科技新闻' }), 'remark.news-reposting')).toBe('error');
    expect(severityOf(personal({ remark: '不转载任何新闻' }), 'remark.news-reposting')).toBeNull();
  });
  it('warns when a personal remark names a pre-approval field, and blocks one that provides it', () => {
    expect(severityOf(personal({ remark: '记录自己学习理财的心得' }), 'remark.preapproval-topic')).toBe('warning');
    expect(severityOf(personal({ remark: '每周基金推荐' }), 'remark.preapproval-service')).toBe('error');
    expect(severityOf(enterprise({ remark: '每周基金推荐' }), 'remark.preapproval-service')).toBeNull();
    expect(severityOf(enterprise({ remark: '记录自己学习理财的心得' }), 'remark.preapproval-topic')).toBeNull();
  });
  it('does not read site-name words in the remark (网站 in a remark is fine)', () => {
    expect(severityOf(personal({ remark: '我的个人网站，记录技术学习' }), 'name.personal-listed')).toBeNull();
  });
});
