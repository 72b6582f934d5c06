import { describe, expect, it } from 'vitest';
import { enterprise, findingsOf, personal, severityOf } from './helpers';

describe('service content vs subject (§2.3, §4.1)', () => {
  it.each(['单位门户网站', '网络购物', '网络新闻', '网上交友/婚介', '网上银行', '网络游戏', '网络教育'])('an individual may not choose %s', (content) => {
    const [finding] = findingsOf(personal({ serviceContent: [content] }), 'content.personal-forbidden');
    expect(finding?.severity).toBe('error');
    expect(finding?.evidence).toBe(content);
    expect(finding?.suggestion).toContain('其他');
  });
  it.each(['网站建设', '网上求职'])('an individual choosing %s gets a warning', (content) => {
    expect(severityOf(personal({ serviceContent: [content] }), 'content.personal-discouraged')).toBe('warning');
  });
  it.each(['其他', '博客/个人空间', '网络图片'])('an individual may choose %s', (content) => {
    expect(severityOf(personal({ serviceContent: [content] }), 'content.personal-forbidden')).toBeNull();
    expect(severityOf(personal({ serviceContent: [content] }), 'content.personal-discouraged')).toBeNull();
  });
  it('matches labels loosely (spaces, full-width slash, one half of a two-part label)', () => {
    expect(severityOf(personal({ serviceContent: ['网上交友 ／ 婚介'] }), 'content.personal-forbidden')).toBe('error');
    expect(severityOf(personal({ serviceContent: ['婚介'] }), 'content.personal-forbidden')).toBe('error');
  });
  it('ignores labels it does not know (the new MIIT list is read from the page)', () => {
    expect(severityOf(personal({ serviceContent: ['软件开发'] }), 'content.personal-forbidden')).toBeNull();
  });
});

describe('content.needs-approval (§3.1)', () => {
  it('blocks an enterprise declaring a service that needs an approval it lacks', () => {
    expect(severityOf(enterprise({ serviceContent: ['网络新闻'] }), 'content.needs-approval')).toBe('error');
    expect(severityOf(enterprise({ serviceContent: ['网络音乐'] }), 'content.needs-approval')).toBe('error');
    expect(severityOf(enterprise({ serviceContent: ['网上支付'] }), 'content.needs-approval')).toBe('error');
  });
  it('only warns for education (abolished nationally, some 管局 still ask)', () => {
    expect(severityOf(enterprise({ serviceContent: ['网络教育'] }), 'content.needs-approval')).toBe('warning');
  });
  it('is silent when the approval is declared, loosely named', () => {
    expect(severityOf(enterprise({ serviceContent: ['网络新闻'], preApprovals: ['新闻'] }), 'content.needs-approval')).toBeNull();
    expect(severityOf(enterprise({ serviceContent: ['网络影视'], preApprovals: ['广播电影电视节目'] }), 'content.needs-approval')).toBeNull();
    expect(severityOf(enterprise({ serviceContent: ['网络游戏'], preApprovals: ['网络游戏'] }), 'content.needs-approval')).toBeNull();
  });
  it('does not apply to contents without an approval', () => {
    expect(severityOf(enterprise({ serviceContent: ['网络购物'] }), 'content.needs-approval')).toBeNull();
  });
});

describe('mismatch.name-content (§2.3)', () => {
  it('blocks a diary name used for selling, news or finance', () => {
    expect(severityOf(enterprise({ name: '云朵日记', serviceContent: ['网络购物'] }), 'mismatch.name-content')).toBe('error');
  });
  it('does not repeat what the personal content rule already blocks', () => {
    const findings = findingsOf(personal({ name: '健身打卡日记', serviceContent: ['网络购物'] }), 'mismatch.name-content');
    expect(findings).toEqual([]);
    expect(severityOf(personal({ name: '健身打卡日记', serviceContent: ['网络购物'] }), 'content.personal-forbidden')).toBe('error');
  });
  it('warns when the name points to one service and the content to another', () => {
    expect(severityOf(enterprise({ name: '云朵招聘', serviceContent: ['网络图片'] }), 'mismatch.name-content')).toBe('warning');
  });
  it('is silent when they agree, or the content is neutral', () => {
    expect(severityOf(enterprise({ name: '云朵招聘', serviceContent: ['网上求职'] }), 'mismatch.name-content')).toBeNull();
    expect(severityOf(enterprise({ name: '云朵工厂商城', serviceContent: ['网络购物'] }), 'mismatch.name-content')).toBeNull();
    expect(severityOf(enterprise({ name: '云朵招聘', serviceContent: ['单位门户网站'] }), 'mismatch.name-content')).toBeNull();
    expect(severityOf(personal({ name: '星空观测记录', serviceContent: ['网络图片'] }), 'mismatch.name-content')).toBeNull();
  });
});

describe('approval.personal-declared (§3.2)', () => {
  it('blocks any declared approval on a personal filing', () => {
    const [finding] = findingsOf(personal({ preApprovals: ['新闻', '文化'] }), 'approval.personal-declared');
    expect(finding?.severity).toBe('error');
    expect(finding?.evidence).toBe('新闻、文化');
    expect(finding?.field).toBe('preApprovals');
  });
  it('treats [] and 以上都不涉及 as none', () => {
    expect(severityOf(personal({ preApprovals: [] }), 'approval.personal-declared')).toBeNull();
    expect(severityOf(personal({ preApprovals: ['以上都不涉及'] }), 'approval.personal-declared')).toBeNull();
    expect(severityOf(enterprise({ preApprovals: ['新闻'] }), 'approval.personal-declared')).toBeNull();
  });
});
