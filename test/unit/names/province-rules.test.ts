import { describe, expect, it } from 'vitest';
import { PERSONAL_SITE_PLEDGE } from '@/utils/names';
import { enterprise, findingsOf, personal, severityOf } from './helpers';

describe('remark.missing (§1.3, §2.4, §4.1)', () => {
  it('blocks an empty remark when 其他 is chosen', () => {
    const [finding] = findingsOf(personal({ remark: '' }), 'remark.missing');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain('其他');
  });
  it('blocks an empty personal remark in a province that requires one, whatever the content', () => {
    expect(severityOf(personal({ remark: '', serviceContent: ['网络图片'], province: '北京' }), 'remark.missing')).toBe('error');
    expect(findingsOf(personal({ remark: '', serviceContent: ['网络图片'], province: '山东' }), 'remark.missing')[0]?.suggestion).toContain(
      PERSONAL_SITE_PLEDGE,
    );
  });
  it('is silent otherwise', () => {
    expect(severityOf(personal({ remark: '', serviceContent: ['网络图片'] }), 'remark.missing')).toBeNull();
    expect(severityOf(personal({ remark: '', serviceContent: ['网络图片'], province: '湖南' }), 'remark.missing')).toBeNull();
    expect(severityOf(enterprise({ remark: '' }), 'remark.missing')).toBeNull();
  });
});

describe('province.pledge (§2.4)', () => {
  it('blocks a personal remark without the pledge in 内蒙古, 山东 and 广西, offering the text', () => {
    for (const province of ['内蒙古', '山东省', '广西壮族自治区']) {
      const [finding] = findingsOf(personal({ remark: '记录周末徒步路线和照片', province }), 'province.pledge');
      expect(finding?.severity).toBe('error');
      expect(finding?.suggestion).toContain(PERSONAL_SITE_PLEDGE);
    }
  });
  it('accepts the pledge even with different punctuation or spacing', () => {
    const remark = `记录周末徒步路线和照片。${PERSONAL_SITE_PLEDGE.replace(/，/g, ',').replace(/。/g, '. ')}`;
    expect(severityOf(personal({ remark, province: '山东' }), 'province.pledge')).toBeNull();
  });
  it('does not apply elsewhere, to enterprises, or when the province is unknown', () => {
    expect(severityOf(personal({ province: '湖南' }), 'province.pledge')).toBeNull();
    expect(severityOf(personal(), 'province.pledge')).toBeNull();
    expect(severityOf(enterprise({ province: '山东' }), 'province.pledge')).toBeNull();
  });
});

describe('remark length (§2.4)', () => {
  it('needs 30 characters in 内蒙古 and 黑龙江', () => {
    expect(severityOf(personal({ remark: '记录周末徒步路线和照片', province: '黑龙江', serviceContent: ['博客/个人空间'] }), 'province.remark-min-length')).toBe(
      'error',
    );
    const long = '记录周末徒步路线、沿途风景照片和装备心得的个人笔记，不涉及任何经营活动，也不开放评论和留言。';
    expect(severityOf(personal({ remark: long, province: '黑龙江', serviceContent: ['博客/个人空间'] }), 'province.remark-min-length')).toBeNull();
  });
  it('warns that a very short remark may not be detailed enough where the 管局 asks for detail', () => {
    expect(severityOf(personal({ remark: '随笔', province: '北京' }), 'province.remark-brief')).toBe('warning');
    expect(severityOf(personal({ remark: '随笔', province: '湖南' }), 'province.remark-brief')).toBeNull();
    expect(severityOf(personal({ remark: '记录周末徒步路线和沿途照片', province: '北京' }), 'province.remark-brief')).toBeNull();
  });
});

describe('博客/个人空间 by province (§2.4)', () => {
  const blog = { serviceContent: ['博客/个人空间'] };
  it('blocks it for individuals in 浙江, 贵州, 湖南, 河南', () => {
    expect(severityOf(personal({ ...blog, province: '湖南' }), 'province.blog-content-banned')).toBe('error');
    expect(severityOf(personal({ ...blog, province: '浙江省' }), 'province.blog-content-banned')).toBe('error');
  });
  it('warns when the province is unknown and is silent in other provinces', () => {
    expect(severityOf(personal(blog), 'province.blog-content-banned')).toBe('warning');
    expect(severityOf(personal({ ...blog, province: '北京' }), 'province.blog-content-banned')).toBeNull();
    expect(severityOf(enterprise({ ...blog, province: '湖南' }), 'province.blog-content-banned')).toBeNull();
  });
  it('requires it in 黑龙江', () => {
    expect(severityOf(personal({ province: '黑龙江' }), 'province.blog-content-required')).toBe('error');
    expect(severityOf(personal({ ...blog, province: '黑龙江' }), 'province.blog-content-required')).toBeNull();
    expect(severityOf(personal({ province: '吉林' }), 'province.blog-content-required')).toBeNull();
  });
});

describe('province.unrecognised', () => {
  it('warns about a province it cannot read, and treats it as unknown', () => {
    expect(severityOf(personal({ province: '火星' }), 'province.unrecognised')).toBe('warning');
    expect(severityOf(personal({ province: '火星', serviceContent: ['博客/个人空间'] }), 'province.blog-content-banned')).toBe('warning');
    expect(severityOf(personal({ province: '湖南' }), 'province.unrecognised')).toBeNull();
  });
});
