/**
 * icp-rules.md §2.1: the six HIGH reserved words are never silent. Names are generated: each word at the start, in the
 * middle and at the end, inside compounds, and across word joins that only look like the word.
 */
import { describe, expect, it } from 'vitest';
import { enterprise, findingsOf, personal, severityOf } from './helpers';

const HIGH_WORDS = ['中国', '中华', '中央', '人民', '人大', '国家'] as const;

/** Frames that put the word at the start, in the middle, at the end, and as part of a compound (为人民, 国家级). */
const FRAMES = {
  start: (w: string) => `${w}摄影笔记`,
  middle: (w: string) => `周末${w}摄影记`,
  end: (w: string) => `徒步笔记看${w}`,
  'in a compound, word first': (w: string) => `${w}级手作笔记`,
  'in a compound, word last': (w: string) => `为${w}服务记`,
  'before 的': (w: string) => `走遍${w}的记录`,
};

const cases = HIGH_WORDS.flatMap((word) => Object.entries(FRAMES).map(([where, frame]) => ({ word, where, name: frame(word) })));

describe('the six HIGH reserved words (§2.1)', () => {
  it.each(cases)('$name ($word, $where) is an error for a personal filer and names the word', ({ word, name }) => {
    const findings = findingsOf(personal({ name }), 'name.reserved-national');
    expect(findings.map((finding) => finding.severity)).toEqual(['error']);
    expect(findings[0]?.evidence).toBe(word);
    expect(findings[0]?.message).toContain(`“${word}”`);
    expect(findings[0]?.source).toBe('icp-rules.md §2.1');
  });

  it.each(cases)('$name is an error for an enterprise too (not a national unit)', ({ name }) => {
    expect(severityOf(enterprise({ name }), 'name.reserved-national')).toBe('error');
  });

  it.each(['中国风手作', '国家级非遗笔记', '为人民服务记', '中华情诗词', '我的中国心', '人大代表日记'])('the compound %s is an error', (name) => {
    expect(severityOf(personal({ name }), 'name.reserved-national')).toBe('error');
  });
});

describe('listed trade compounds lower the error to a warning, never to silence', () => {
  it.each([
    ['中央空调维修笔记', '中央', '中央空调'],
    ['中央厨房探访记', '中央', '中央厨房'],
    ['人民币收藏笔记', '人民', '人民币'],
    ['中央处理器拆解记', '中央', '中央处理器'],
  ])('%s warns about “%s” and says why it may still be rejected', (name, word, compound) => {
    for (const input of [personal({ name }), enterprise({ name })]) {
      const findings = findingsOf(input, 'name.reserved-national');
      expect(findings.map((finding) => finding.severity)).toEqual(['warning']);
      expect(findings[0]?.evidence).toBe(compound);
      expect(findings[0]?.message).toContain(`“${word}”`);
      expect(findings[0]?.message).toContain('驳回');
    }
  });

  it('still blocks a second, free-standing reserved word beside a trade compound', () => {
    const findings = findingsOf(personal({ name: '中国中央空调笔记' }), 'name.reserved-national');
    expect(findings.map((finding) => [finding.severity, finding.evidence])).toEqual([
      ['error', '中国'],
      ['warning', '中央空调'],
    ]);
  });
});

describe('word joins that only look like a reserved word', () => {
  it.each(['个人民宿日记', '私人民宿记录', '成人大学笔记', '工人大会记录', '美国家居观察', '外国家常菜谱', '英国家庭旅行', '其中华人故事', '途中国庆游记'])(
    '%s: the letters only straddle two words, so no finding',
    (name) => {
      expect(severityOf(personal({ name }), 'name.reserved-national')).toBeNull();
    },
  );

  it('warns where the split is ambiguous (the two readings disagree) and shows the split', () => {
    const findings = findingsOf(personal({ name: '高中国学笔记' }), 'name.reserved-national');
    expect(findings.map((finding) => finding.severity)).toEqual(['warning']);
    expect(findings[0]?.message).toContain('高中|国学笔记');
    expect(findings[0]?.message).toContain('“中国”');
  });
});

describe('全国 and 华夏 (MED)', () => {
  it.each(['全国美食地图', '华夏诗词笔记', '走遍全国的记录'])('%s warns', (name) => {
    expect(severityOf(personal({ name }), 'name.reserved-broad')).toBe('warning');
    expect(severityOf(enterprise({ name }), 'name.reserved-broad')).toBe('warning');
  });
  it('is silent across a word join (安全|国产)', () => {
    expect(severityOf(personal({ name: '安全国产软件笔记' }), 'name.reserved-broad')).toBeNull();
  });
});
