import { afterEach, describe, expect, it, vi } from 'vitest';
import { charStats, isNegated, Lexicon, sanitise, segmenterCuts } from '@/utils/names/text';

describe('sanitise', () => {
  it('turns full-width letters and brackets into ASCII and trims', () => {
    expect(sanitise('  Ｖｕｅ（笔记）  ')).toBe('Vue(笔记)');
  });
  it('collapses runs of whitespace', () => {
    expect(sanitise('读书\t\n  笔记')).toBe('读书 笔记');
  });
  it('replaces lone surrogates and ignores non-strings', () => {
    expect(sanitise('坏\uD800名')).toBe('坏\uFFFD名');
    expect(sanitise(42)).toBe('');
    expect(sanitise(undefined)).toBe('');
  });
});

describe('charStats', () => {
  it('counts letters and digits as one and skips ()- and spaces', () => {
    expect(charStats('Vue(学习)-记录 2').counted).toBe(8);
    expect(charStats('Vue学习').han).toBe(2);
    expect(charStats('Vue学习').latin).toBe(3);
  });
});

describe('Lexicon', () => {
  const lexicon = new Lexicon([{ word: '人民', except: ['人民币'] }, { word: '国家' }, { word: 'blog' }]);
  const words = (text: string) => lexicon.findAll(text).map((hit) => hit.entry.word);

  it('finds a word inside a name', () => {
    expect(words('为人民服务')).toEqual(['人民']);
    expect(words('国家公园游记')).toEqual(['国家']);
  });
  it('skips listed innocent compounds', () => {
    expect(words('人民币收藏')).toEqual([]);
  });
  it('skips a keyword that straddles two common words', () => {
    expect(words('个人民宿日记')).toEqual([]);
    expect(words('美国家居观察')).toEqual([]);
  });
  it('matches Latin words case-insensitively, as whole words (camelCase splits words)', () => {
    expect(words('TechBlog')).toEqual(['blog']);
    expect(words('MY BLOG')).toEqual(['blog']);
    expect(words('weblogger')).toEqual([]);
  });
});

describe('Lexicon entries that keep straddling hits', () => {
  const lexicon = new Lexicon([{ word: '人民', keepStraddling: true }]);
  it('reports the hit flagged instead of dropping it', () => {
    expect(lexicon.findAll('个人民宿日记')).toEqual([{ entry: { word: '人民', keepStraddling: true }, index: 1, end: 3, straddles: true }]);
    expect(lexicon.findAll('为人民服务')[0]?.straddles).toBeUndefined();
  });
});

describe('segmenterCuts', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('says whether the dictionary segmenter splits the span between two words', () => {
    expect(segmenterCuts('个人民宿日记', 1, 3)).toBe(true);
    expect(segmenterCuts('外国家常菜', 1, 3)).toBe(true);
    expect(segmenterCuts('为人民服务', 1, 3)).toBe(false);
    expect(segmenterCuts('中国风摄影', 0, 2)).toBe(false);
  });

  it('without Intl.Segmenter, answers undefined and the checker falls back to the boundary-word list', async () => {
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    vi.resetModules();
    const text = await import('@/utils/names/text');
    const { checkSiteName } = await import('@/utils/names');
    expect(text.segmenterCuts('个人民宿日记', 1, 3)).toBeUndefined();
    const reserved = (name: string) =>
      checkSiteName({ name, subject: 'personal', serviceContent: ['其他'], remark: '记录', preApprovals: [] })
        .filter((finding) => finding.rule === 'name.reserved-national')
        .map((finding) => finding.severity);
    expect(reserved('个人民宿日记')).toEqual([]);
    expect(reserved('中国风摄影')).toEqual(['error']);
  });
});

describe('isNegated', () => {
  const at = (text: string, word: string) => isNegated(text, text.indexOf(word), text.indexOf(word) + word.length);
  it('sees negations earlier in the same clause', () => {
    expect(at('随笔散文，不涉及任何经营性内容', '经营')).toBe(true);
    expect(at('不开放评论和留言板', '留言板')).toBe(true);
    expect(at('非经营性网站', '经营')).toBe(true);
    expect(at('无需注册即可浏览', '注册')).toBe(true);
    expect(at('本站不卖东西', '卖')).toBe(true);
  });
  it('does not carry a negation into the next clause', () => {
    expect(at('无广告，出售饼干', '出售')).toBe(false);
    expect(at('不开放评论但可以留言', '留言')).toBe(false);
  });
  it('does not treat words that merely contain a negator as negations', () => {
    expect(at('无人机配件出售', '出售')).toBe(false);
    expect(at('不定期出售手作', '出售')).toBe(false);
    expect(at('免费下单', '下单')).toBe(false);
  });
  it('sees a negation right after the word', () => {
    expect(at('评论功能已关闭', '评论')).toBe(true);
    expect(at('留言板暂不开放', '留言板')).toBe(true);
    expect(at('经营性内容：无', '经营')).toBe(true);
    expect(at('留言板无需注册', '留言板')).toBe(false);
    expect(at('出售无糖饼干', '出售')).toBe(false);
  });
});
