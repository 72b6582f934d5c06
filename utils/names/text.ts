/** Text helpers for the name checker: input sanitising, word matching in context, negation scope. */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const HAN = /\p{Script=Han}/u;

/** Printable ASCII and CJK Unified Ideographs need no Unicode normalisation (fast path for typical input). */
const NEEDS_NORMALISING = /[^\x20-\x7e\u4e00-\u9fff]/;

const EXTRA_WHITESPACE = /[^\S ]| {2}/;

/** Any value → a trimmed NFKC string (full-width letters become ASCII); lone surrogates become U+FFFD. */
export function sanitise(value: unknown): string {
  if (typeof value !== 'string') return '';
  const text = NEEDS_NORMALISING.test(value) ? value.replace(LONE_SURROGATE, '\uFFFD').normalize('NFKC') : value;
  return (EXTRA_WHITESPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

export function sanitiseList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map(sanitise).filter((item) => item.length > 0);
}

export interface CharStats {
  /** Characters that count towards the 3-character minimum: everything except `()-` and spaces. */
  counted: number;
  han: number;
  latin: number;
}

export function charStats(text: string): CharStats {
  const stats: CharStats = { counted: 0, han: 0, latin: 0 };
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    if (code !== 0x28 && code !== 0x29 && code !== 0x2d && code !== 0x20) stats.counted++;
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x2e80 && HAN.test(String.fromCodePoint(code)))) stats.han++;
    else if (isAsciiLetter(code)) stats.latin++;
  }
  return stats;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}
function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}
function lowerCode(code: number): number {
  return isAsciiUpper(code) ? code + 32 : code;
}

/**
 * Two-character words that often sit on either side of a keyword's boundary. A two-character keyword whose
 * first character closes one of these words and whose second character opens another is not the keyword:
 * 个人|民宿 is not 人民, 成人|大学 is not 人大, 外国|家常 is not 国家, 上海|南站 is not 海南.
 */
const BOUNDARY_WORDS = new Set(
  (
    '个人 成人 老人 名人 男人 女人 家人 好人 达人 新人 旅人 诗人 匠人 工人 商人 路人 主人 客人 艺人 文人 古人 世人 别人 ' +
    '他人 私人 本人 真人 超人 牛人 懒人 穷人 野人 凡人 恋人 友人 情人 爱人 亲人 猎人 行人 闲人 游人 军人 丽人 佳人 ' +
    '民宿 民俗 民谣 民族 民间 民居 民乐 民歌 民国 民生 民航 民法 民事 民意 民众 民风 民办 民营 民用 民警 民工 民情 ' +
    '大学 大事 大赛 大全 大会 大师 大厨 大叔 大咖 大神 大片 大道 大众 大观 大家 大战 大作 ' +
    '高中 初中 其中 空中 心中 家中 途中 山中 城中 水中 梦中 镜中 林中 雨中 眼中 手中 杯中 壶中 画中 书中 园中 宫中 ' +
    '口中 集中 命中 海中 云中 风中 雾中 月中 年中 期中 正中 居中 适中 暗中 胸中 怀中 囊中 局中 戏中 诗中 词中 湖中 ' +
    '江中 河中 夜中 ' +
    '国学 国画 国风 国潮 国语 国乐 国货 国漫 国服 国剧 国粹 国际 国外 国内 国产 国宝 国庆 国菜 国茶 国球 国棋 国医 ' +
    '国药 国足 ' +
    '华章 华年 华服 华丽 华灯 华彩 华人 华侨 华语 华山 ' +
    '外国 美国 英国 法国 德国 韩国 泰国 各国 异国 祖国 王国 出国 回国 两国 万国 他国 本国 故国 邻国 岛国 帝国 南国 ' +
    '北国 中国 全国 爱国 俄国 ' +
    '家常 家居 家庭 家具 家电 家政 家装 家教 家谱 家乡 家园 家务 家用 家族 家风 家书 家宴 家访 家事 家菜 家纺 ' +
    '安全 完全 健全 齐全 周全 保全 成全 十全 两全 万全 顾全 ' +
    '繁华 年华 风华 芳华 才华 精华 豪华 韶华 光华 京华 清华 升华 浮华 奢华 ' +
    '夏日 夏天 夏季 夏夜 夏至 夏末 夏初 ' +
    '上海 大海 深海 沧海 东海 北海 南海 航海 出海 看海 观海 人海 学海 苦海 云海 林海 雪海 花海 星海 四海 山海 ' +
    '南站 南路 南门 南方 南边 南极 南瓜 南山 ' +
    '江山 高山 大山 青山 深山 登山 爬山 火山 下山 上山 远山 西山 东山 泰山 ' +
    '西瓜 西餐 西点 西湖 西域 西部 西方 西装 西服 西式 西游 西北 西南 ' +
    '长江 大江 漓江 珠江 银河 江河 黄河 运河 冰河 星河 山河 东湖 太湖 江湖 ' +
    '幸福 祝福 享福 口福 眼福 有福 建筑 建设 建造 建站 建模 ' +
    '安宁 康宁 春天 秋天 冬天 今天 明天 每天 蓝天 晴天 雨天 白天 东西 中西 ' +
    '安装 安静 安心 安卓 完成 达成 养成 变成 合成 都市 都是 都会 成长 沙发 沙滩 沙漠 沙拉 ' +
    '东北 海鲜 海边 海洋 海岛 海滩 海浪 海景 海报 海淘 海外 海风 ' +
    '网上 线上 桌上 路上 天上 身上 早上 晚上 马上 向上 ' +
    '美丽 江南 阳光 阳台 阳春 自信 平安 清新 创新 更新 最新 全新 乡村 乡愁 乡土 乡下 ' +
    '顺利 顺心 顺风 环保 山水 山川 山林 山居 山野 山谷 山村 山顶 山路 快乐 音乐 欢乐 人文 ' +
    '水果 水彩 水墨 水族 水乡 远大 理想 蛋黄 山药 现在 线下 社交 友好 ' +
    '东方 东门 东路 东坡'
  ).split(' '),
);

export interface LexiconEntry {
  /** Lower-case for Latin words. */
  readonly word: string;
  /** Longer words that contain this one and are innocent, e.g. 外卖 for 卖. */
  readonly except?: readonly string[];
  /** Report a hit that straddles two words (flagged `straddles`) instead of dropping it: its rule weighs the doubt. */
  readonly keepStraddling?: boolean;
}

export interface LexiconHit<T extends LexiconEntry> {
  entry: T;
  index: number;
  end: number;
  /** Only with `keepStraddling`: the two characters around each end form common words (个人|民宿). */
  straddles?: boolean;
}

function matchesAt(text: string, index: number, word: string): boolean {
  if (index < 0 || index + word.length > text.length) return false;
  if (word.charCodeAt(0) > 0x7f) return text.startsWith(word, index);
  for (let k = 0; k < word.length; k++) {
    if (lowerCode(text.charCodeAt(index + k)) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** A Latin word must stand alone: a letter before or after it continues the word (camelCase starts a new one). */
function latinBoundaryOk(text: string, index: number, end: number): boolean {
  const first = text.charCodeAt(index);
  if (isAsciiLetter(first) && index > 0) {
    const prev = text.charCodeAt(index - 1);
    if (isAsciiLetter(prev) && !(isAsciiLower(prev) && isAsciiUpper(first))) return false;
  }
  const last = text.charCodeAt(end - 1);
  if (isAsciiLetter(last) && end < text.length) {
    const next = text.charCodeAt(end);
    if (isAsciiLetter(next) && !(isAsciiLower(last) && isAsciiUpper(next))) return false;
  }
  return true;
}

function straddlesTwoWords(text: string, index: number, word: string): boolean {
  if (word.length !== 2 || index === 0 || index + 2 >= text.length) return false;
  return BOUNDARY_WORDS.has(text[index - 1]! + word[0]) && BOUNDARY_WORDS.has(word[1]! + text[index + 2]);
}

function insideException(text: string, index: number, entry: LexiconEntry): boolean {
  return entry.except !== undefined && entry.except.some((compound) => {
    const offset = compound.indexOf(entry.word);
    return offset >= 0 && matchesAt(text, index - offset, compound);
  });
}

/** Keyword table compiled for fast scanning of short texts (bucketed by first character). */
export class Lexicon<T extends LexiconEntry> {
  private readonly buckets = new Map<number, T[]>();

  constructor(entries: readonly T[]) {
    for (const entry of entries) {
      const key = entry.word.charCodeAt(0);
      const bucket = this.buckets.get(key) ?? [];
      bucket.push(entry);
      this.buckets.set(key, bucket);
    }
    for (const bucket of this.buckets.values()) bucket.sort((a, b) => b.word.length - a.word.length);
  }

  /** Every occurrence used as a word (overlaps included), longest first at each position. */
  findAll(text: string): LexiconHit<T>[] {
    const hits: LexiconHit<T>[] = [];
    for (let index = 0; index < text.length; index++) {
      const bucket = this.buckets.get(lowerCode(text.charCodeAt(index)));
      if (!bucket) continue;
      for (const entry of bucket) {
        const end = index + entry.word.length;
        if (!matchesAt(text, index, entry.word)) continue;
        if (entry.word.charCodeAt(0) < 0x80 && !latinBoundaryOk(text, index, end)) continue;
        if (insideException(text, index, entry)) continue;
        if (!straddlesTwoWords(text, index, entry.word)) hits.push({ entry, index, end });
        else if (entry.keepStraddling) hits.push({ entry, index, end, straddles: true });
      }
    }
    return hits;
  }
}

let wordSegmenter: Intl.Segmenter | null | undefined;
const SEGMENT_CONTEXT = 4;

/**
 * Whether the platform's dictionary word segmenter (ICU, behind `Intl.Segmenter`) puts a word boundary strictly
 * inside `index`–`end`, i.e. reads the span as parts of two words (个人|民宿); undefined where there is none.
 * A second opinion beside the boundary-word list: where the two disagree, the reading is ambiguous.
 */
export function segmenterCuts(text: string, index: number, end: number): boolean | undefined {
  if (wordSegmenter === undefined) {
    wordSegmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  }
  if (wordSegmenter === null) return undefined;
  // A few characters of context either side decide the words around the span; segmenting costs ~15 µs a call,
  // so only rules that weigh a doubt (reserved words) ask.
  const from = Math.max(0, index - SEGMENT_CONTEXT);
  const first = wordSegmenter.segment(text.slice(from, end + SEGMENT_CONTEXT)).containing(index - from);
  return first !== undefined && first.index + first.segment.length + from < end;
}

/** Drops hits lying inside a longer hit of the same group (保险 inside 互联网保险, 网站 inside 个人网站). */
export function dropContained<T extends LexiconEntry>(
  hits: LexiconHit<T>[],
  sameGroup: (a: T, b: T) => boolean,
): LexiconHit<T>[] {
  return hits.filter(
    (hit) =>
      !hits.some(
        (other) =>
          other !== hit &&
          other.index <= hit.index &&
          other.end >= hit.end &&
          other.end - other.index > hit.end - hit.index &&
          sameGroup(other.entry, hit.entry),
      ),
  );
}

const CLAUSE_BREAK_CHARS = new Set(',.;:!?，。；：！？\n但'.split(''));
/** Two-character conjunctions that start a new clause (但 alone is in the set above). */
const CLAUSE_BREAK_WORDS = ['不过', '而是', '只是'];
/** A 不 followed by these is not a negation (不定期, 不仅, 不少 …). */
const NOT_NEGATING_BU = new Set('过仅但断错少同定久停一止如然管论光只'.split(''));
const NEGATOR_WORDS = ['关闭', '禁止', '禁用', '拒绝', '杜绝', '谢绝', '停止', '取消', '并非', '没'];
const SINGLE_NEGATORS: Record<string, readonly string[]> = {
  无: ['无人机', '无线', '无限', '无锡', '无聊', '无论', '无数', '无敌', '无尽', '无名', '无糖', '无印', '无比', '无穷', '无忧', '无缝', '无损', '无意'],
  未: ['未来', '未知', '未名'],
  非: ['非常', '非洲', '非凡', '非遗'],
  免: ['免费'],
};

function clauseStart(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) {
    if (CLAUSE_BREAK_CHARS.has(text[i]!)) return i + 1;
    if (i + 2 <= index && CLAUSE_BREAK_WORDS.some((word) => text.startsWith(word, i))) return i + 2;
  }
  return 0;
}

/** A negation right after the word: 评论功能已关闭, 留言板暂不开放, 经营性内容：无 (but not 留言板无需注册). */
const NEGATED_AFTER = /^(性|功能|区|板|栏|内容|服务)*\s*[:：]?\s*(已|暂|均|都|一律|全部|暂时)?(关闭|不开放|不提供|不支持|不涉及|禁用|取消|停用|不设|没有|无(?=$|[\s\p{P}]))/u;

/**
 * True when the word at `index`–`end` is negated in its clause: earlier (不涉及经营, 无评论, 不开放留言板, 非经营性) or
 * right after it (评论已关闭).
 */
export function isNegated(text: string, index: number, end: number): boolean {
  if (NEGATED_AFTER.test(text.slice(end, end + 12))) return true;
  const start = clauseStart(text, index);
  for (let i = start; i < index; i++) {
    const char = text[i]!;
    if (char === '不') {
      if (!NOT_NEGATING_BU.has(text[i + 1] ?? '')) return true;
      continue;
    }
    const compounds = SINGLE_NEGATORS[char];
    if (compounds && !compounds.some((compound) => text.startsWith(compound, i))) return true;
    if (NEGATOR_WORDS.some((word) => text.startsWith(word, i) && i + word.length <= index)) return true;
  }
  return false;
}
