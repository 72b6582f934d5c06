import { describe, expect, it } from 'vitest';
import { charStats, isNegated, Lexicon, sanitise } from '@/utils/names/text';

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
