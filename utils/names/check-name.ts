/** Rules on the site name itself (icp-rules.md §2.1, §2.2, §2.4). */
import { parse as parseDomain } from 'tldts';
import { charStats, dropContained, Lexicon, segmenterCuts, type CharStats, type LexiconHit } from './text';
import { escalate, provinceLabel, provinceSeverity, report, type CheckContext } from './context';
import {
  APPROVAL_CATEGORIES, GIVEN_NAME_CHARS, NAME_TERMS, SAMPLE_NAME_PATTERN, SAMPLE_NAMES, SURNAMES,
  type NameRule, type NameTerm, type Purpose,
} from './vocabulary';
import type { Severity } from './types';

const S21 = 'icp-rules.md §2.1';
const NAME_LEXICON = new Lexicon(NAME_TERMS);

export interface NameAnalysis {
  stats: CharStats;
  /** Lower case, without spaces. */
  compact: string;
  hits: LexiconHit<NameTerm>[];
  /** Reads as personal notes: 笔记, 日记, …记. */
  recordStyle: boolean;
  /** Offers a service: 下载, 在线, 平台, …网, …站. */
  serviceForm: boolean;
  purposes: Set<Purpose>;
}

const sameRule = (a: NameTerm, b: NameTerm) => a.rule === b.rule;

export function analyseName(name: string): NameAnalysis {
  const hits = dropContained(NAME_LEXICON.findAll(name), sameRule);
  const last = name.replace(/[\s()\-]+$/, '').slice(-1);
  const analysis: NameAnalysis = {
    stats: charStats(name),
    compact: name.replace(/\s/g, '').toLowerCase(),
    hits,
    recordStyle: last === '记',
    serviceForm: last !== '' && '网站台库'.includes(last),
    purposes: new Set(),
  };
  for (const { entry } of hits) {
    if (entry.context === 'record') analysis.recordStyle = true;
    if (entry.context === 'service') analysis.serviceForm = true;
    if (entry.purpose) analysis.purposes.add(entry.purpose);
  }
  return analysis;
}

/** Han (common block), ASCII letters and digits, `()-` and spaces: nothing for the symbol rule to look at. */
const PLAIN_NAME = /^[\u4e00-\u9fffA-Za-z0-9()\- ]*$/;
const TECH_TOKEN = /[A-Za-z][A-Za-z0-9]*(\+\+|#)|\.net\b|[A-Za-z]+\.js\b/gi;
const DISALLOWED_CHAR = /[^\p{Script=Han}A-Za-z0-9()\-\s]/gu;

function checkForm(ctx: CheckContext, analysis: NameAnalysis, domainInName: string | undefined): void {
  const { name } = ctx;
  const length = analysis.stats.counted;
  if (length < 3) {
    report(ctx, {
      rule: 'name.too-short', severity: 'error', field: 'name', source: S21, evidence: name,
      message: `网站名称只有 ${length} 个字符，至少需要 3 个（一个字母或数字算一个，括号和“-”不计）。`,
      suggestion: '补充说明网站内容的词。',
    });
  }
  if (analysis.stats.han === 0) {
    const kind = /^[0-9\s()\-]+$/.test(name) ? '纯数字' : /^[A-Za-z\s()\-]+$/.test(name) ? '纯英文' : '不含中文';
    report(ctx, {
      rule: 'name.no-chinese', severity: 'error', field: 'name', source: `${S21}, §2.4`, evidence: name,
      message: `网站名称${kind}：名称不能只由数字或英文字母组成，需要有描述网站内容的中文。`,
      suggestion: domainInName ? '改为中文名称。' : '改为中文名称，或中文加英文。',
    });
  }
  if (PLAIN_NAME.test(name)) return;
  const techSymbols = new Set<string>();
  const nameWithoutTech = (domainInName ? name.toLowerCase().replace(domainInName, ' ') : name).replace(TECH_TOKEN, (token) => {
    techSymbols.add(token);
    return ' ';
  });
  const symbols = [...new Set(nameWithoutTech.match(DISALLOWED_CHAR) ?? [])];
  if (symbols.length > 0) {
    report(ctx, {
      rule: 'name.symbols', severity: 'error', field: 'name', source: S21, evidence: symbols.join(' '),
      message: `网站名称含特殊符号或非中英文字符（${symbols.join(' ')}）；只允许中文、字母、数字和括号、“-”。`,
      suggestion: '删去这些符号。',
    });
  }
  if (techSymbols.size > 0) {
    report(ctx, {
      rule: 'name.symbols', severity: 'warning', field: 'name', source: S21, evidence: [...techSymbols].join(' '),
      message: `名称中的“${[...techSymbols].join('、')}”含有符号；技术名称一般能通过，但部分管局只接受括号和“-”。`,
      suggestion: '如被驳回，把符号写成文字，例如“C++”写成“CPP”。',
    });
  }
}

function domainIn(name: string): string | undefined {
  if (!name.includes('.')) return undefined;
  return name.toLowerCase().match(/[a-z0-9-]+(\.[a-z0-9-]+)+/g)?.find((token) => parseDomain(token).isIcann);
}

function checkDomainAsName(ctx: CheckContext, compactName: string, domainInName: string | undefined): void {
  const typedDomain = ctx.domain.replace(/^www\./, '');
  const sameAsDomain =
    typedDomain !== '' &&
    (compactName === typedDomain || compactName === `www.${typedDomain}` || compactName === parseDomain(typedDomain).domainWithoutSuffix);
  if (!domainInName && !sameAsDomain) return;
  report(ctx, {
    rule: 'name.is-domain', severity: 'error', field: 'name', source: `${S21}, §2.4`,
    evidence: domainInName ?? ctx.name,
    message: '网站名称不能是域名（或含域名）。',
    suggestion: '用能反映网站内容的中文名称。',
  });
}

function resolvePersonalLevel(term: NameTerm, analysis: NameAnalysis): Severity | null {
  const level = term.personal;
  if (level !== 'topic' && level !== 'regulated') return level ?? null;
  const category = term.category ? APPROVAL_CATEGORIES[term.category] : undefined;
  const serviceSeverity = category?.personalServiceSeverity ?? 'warning';
  if (analysis.serviceForm) return serviceSeverity;
  if (level === 'regulated') return analysis.recordStyle ? 'warning' : serviceSeverity;
  // A bare topic: worth a warning unless the name reads as notes or the topic alone says nothing.
  return analysis.recordStyle || category?.bareTopicSilent ? null : 'warning';
}

type RuledTerm = NameTerm & { rule: NameRule };

function termMessage(ctx: CheckContext, term: RuledTerm, severity: Severity, escalatedIn?: string): { message: string; suggestion: string } {
  const w = term.word;
  const where = escalatedIn ? `${provinceLabel(escalatedIn)}管局明确不允许。` : '';
  switch (term.rule) {
    case 'name.reserved-national':
      return {
        message: `名称含“${w}”：${RESERVED_RULE}。`,
        suggestion: `删去“${w}”。`,
      };
    case 'name.reserved-broad':
      return {
        message: `名称含“${w}”：部分接入商把全国、华夏也列为国家级字样，管局可能驳回。${escalatedIn ? '海南不允许“国字号”名称。' : ''}`,
        suggestion: `删去“${w}”。`,
      };
    case 'name.sensitive':
      return { message: `名称含敏感词“${w}”，会被直接驳回。`, suggestion: '换一个不含敏感词、能反映网站内容的名称。' };
    case 'name.personal-enterprise':
      return severity === 'error'
        ? {
            message: `个人备案的网站名称不能含企业或组织用词“${w}”。`,
            suggestion: `去掉“${w}”，用描述个人内容的名称；如果这是公司网站，请改用企业主体备案。`,
          }
        : { message: `“${w}”带有企业或组织色彩，个人备案可能被驳回。`, suggestion: `去掉“${w}”。` };
    case 'name.personal-shop':
      return {
        message: `个人网站不能卖东西或承接有偿服务（经营性网站要办 ICP 经营许可证），名称含“${w}”。`,
        suggestion: `个人备案请去掉“${w}”，网站只展示个人内容；要在网上经营，请用企业主体备案并办理经营许可证。`,
      };
    case 'name.personal-listed':
      return {
        message: `“${w}”在多家接入商的个人网站名称禁用词表中，管局可能驳回。${where}`,
        suggestion: `去掉“${w}”，改为描述具体内容的名称。`,
      };
    case 'name.personal-low':
      return {
        message: `“${w}”出现在部分省份的个人网站名称限制词中（来源较少），可能被驳回。`,
        suggestion: `如非必要，去掉“${w}”，或写明是个人记录。`,
      };
    case 'name.preapproval': {
      const label = APPROVAL_CATEGORIES[term.category!].label;
      return ctx.subject === 'personal'
        ? {
            message: `名称含“${w}”，属于「${label}」前置审批范围；个人无法办理前置审批，个人网站不能涉及此类内容。`,
            suggestion: `去掉“${w}”，名称和内容都只写个人记录；要经营此类服务，请用企业主体备案并先取得「${label}」审批。`,
          }
        : {
            message: `名称含“${w}”，属于「${label}」前置审批范围，但前置审批中没有声明「${label}」。`,
            suggestion: `先取得「${label}」相关许可并在“前置审批”中选择、上传；否则从名称中去掉“${w}”。`,
          };
    }
    case 'name.place-name':
      return {
        message: `名称含地名“${w}”：个人网站名称不能使用地名，管局可能驳回。${escalatedIn ? '海南不允许个人网站使用行政区划名称。' : ''}`,
        suggestion: `去掉“${w}”。`,
      };
  }
}

const RESERVED_RULE = '非国家机关的网站名称不得使用中国、中华、中央、人民、人大、国家等字样';
const isReserved = (term: NameTerm) => term.rule === 'name.reserved-national' || term.rule === 'name.reserved-broad';

/**
 * How a reserved-word hit reads: a word of the name (alone or in a compound: 中国风, 为人民), only the meeting
 * point of two words (个人|民宿), or unclear — the boundary-word list and the dictionary segmenter disagree.
 */
function reservedReading(name: string, hit: LexiconHit<NameTerm>): 'word' | 'join' | 'ambiguous' {
  const straddles = hit.straddles === true;
  const cut = segmenterCuts(name, hit.index, hit.end) ?? straddles;
  if (straddles && cut) return 'join';
  return straddles || cut ? 'ambiguous' : 'word';
}

function tradeCompoundAt(name: string, { entry, index }: LexiconHit<NameTerm>): string | undefined {
  return entry.tradeCompounds?.find((compound) => {
    const start = index - compound.indexOf(entry.word);
    return start >= 0 && name.startsWith(compound, start);
  });
}

/**
 * §2.1: the six HIGH words block any applicant that is not a national unit; a listed trade term (中央空调) or an
 * ambiguous split lowers that to a warning, never to silence. 全国/华夏 (MED) warn.
 */
function checkReserved(ctx: CheckContext, analysis: NameAnalysis): void {
  const { name } = ctx;
  for (const hit of analysis.hits) {
    if (!isReserved(hit.entry)) continue;
    const term = hit.entry as RuledTerm;
    const reading = reservedReading(name, hit);
    if (reading === 'join') continue;
    const w = term.word;
    const compound = tradeCompoundAt(name, hit);
    if (reading === 'word' && !compound) {
      const level = (ctx.subject === 'personal' ? term.personal : term.enterprise) as Severity;
      const { severity, source, escalatedIn } = escalate(ctx, level, term.escalateIn, term.source);
      report(ctx, { rule: term.rule, severity, source, field: 'name', evidence: w, ...termMessage(ctx, term, severity, escalatedIn) });
      continue;
    }
    const national = term.rule === 'name.reserved-national';
    const why = national ? RESERVED_RULE : '部分接入商把全国、华夏也列为国家级字样';
    const split = `${name.slice(0, hit.index + 1)}|${name.slice(hit.index + 1)}`;
    report(ctx, {
      rule: term.rule, severity: 'warning', source: term.source, field: 'name', evidence: compound ?? w,
      ...(compound
        ? {
            message: `名称含“${compound}”，其中有“${w}”：“${compound}”是行业通用说法，不少管局会放行；但${why}，审核员按字面理解时会驳回。`,
            suggestion: `想稳妥就换一种不含“${w}”的说法；保留的话，在网站备注中写明“${compound}”指的是产品或行业，与国家机关无关。`,
          }
        : {
            message: `名称中的“${w}”可能只是两个词相接（${split}），也可能被读成“${w}”：${why}，审核员这样理解时会驳回。`,
            suggestion: '换一种写法避开歧义，例如调整词序或换用同义词。',
          }),
    });
  }
}

function checkTerms(ctx: CheckContext, analysis: NameAnalysis): void {
  for (const { entry } of analysis.hits) {
    if (!entry.rule || entry.rule === 'name.place-name' || isReserved(entry)) continue;
    const term = entry as RuledTerm;
    const level = ctx.subject === 'personal' ? resolvePersonalLevel(term, analysis) : (term.enterprise ?? null);
    if (!level) continue;
    if (ctx.subject === 'enterprise' && term.category && ctx.approvals.has(term.category)) continue;
    const { severity, source, escalatedIn } = escalate(ctx, level, term.escalateIn, term.source);
    report(ctx, { rule: term.rule, severity, source, field: 'name', evidence: term.word, ...termMessage(ctx, term, severity, escalatedIn) });
  }
}

/** A personal name ending in 店/铺 presents a shop (§2.3, HIGH). */
function checkShopSuffix(ctx: CheckContext, analysis: NameAnalysis): void {
  if (ctx.subject !== 'personal' || analysis.hits.some((hit) => hit.entry.rule === 'name.personal-shop')) return;
  const suffix = ctx.name.match(/[店铺]$/)?.[0];
  if (!suffix) return;
  report(ctx, {
    rule: 'name.personal-shop', severity: 'error', field: 'name', source: 'icp-rules.md §2.3', evidence: suffix,
    message: `名称以“${suffix}”结尾，像一家店铺；个人网站不能是网店（经营性网站要办 ICP 经营许可证）。`,
    suggestion: '个人备案请改成描述个人内容的名称；要在网上卖东西，请用企业主体备案并办理经营许可证。',
  });
}

const SAMPLES_LOWER = SAMPLE_NAMES.map((sample) => sample.toLowerCase());

function checkSamples(ctx: CheckContext, compactName: string): void {
  const exactIndex = SAMPLES_LOWER.indexOf(compactName);
  const exact = exactIndex >= 0 ? SAMPLE_NAMES[exactIndex] : SAMPLE_NAME_PATTERN.test(compactName) ? ctx.name : undefined;
  const sample = exact ?? SAMPLE_NAMES[SAMPLES_LOWER.findIndex((lower) => compactName.includes(lower))];
  if (!sample) return;
  report(ctx, {
    rule: 'name.sample-copy', severity: exact ? 'error' : 'warning', field: 'name', source: 'icp-rules.md §2.2', evidence: sample,
    message: exact
      ? `“${sample}”是腾讯云文档里的示例名称，照抄的名称会被管局列入黑名单。`
      : `名称套用了腾讯云示例名称“${sample}”，大量重复的名称容易被管局拉黑。`,
    suggestion: '换一个自己独有、能反映网站内容的名称。',
  });
}

function looksLikePersonName(name: string): boolean {
  if (name.length < 2 || name.length > 4 || !/^\p{Script=Han}+$/u.test(name)) return false;
  const surname = SURNAMES.has(name.slice(0, 2)) ? name.slice(0, 2) : name.slice(0, 1);
  if (!SURNAMES.has(surname)) return false;
  const given = name.slice(surname.length);
  return given.length >= 1 && given.length <= 2 && [...given].every((char) => GIVEN_NAME_CHARS.has(char));
}

/** Sichuan and Henan reject person names outright (§2.4); elsewhere the guess alone only warns. */
const PERSON_NAME_PROVINCES = ['四川省', '河南省'];

function checkPersonName(ctx: CheckContext): void {
  if (ctx.subject !== 'personal' || !looksLikePersonName(ctx.name)) return;
  const { severity, source, escalatedIn } = escalate(ctx, 'warning', PERSON_NAME_PROVINCES, `${S21}, §2.4`);
  report(ctx, {
    rule: 'name.person-name', severity, source, field: 'name', evidence: ctx.name,
    message: `“${ctx.name}”看起来是人名；个人网站名称不能是人名。${escalatedIn ? `${provinceLabel(escalatedIn)}管局明确不允许。` : ''}`,
    suggestion: '改为描述网站内容的名称。',
  });
}

const PORTAL_SUFFIX = /(网|在线|门户|信息港|之窗|热线|同城|黄页|头条|便民)$/;
/** Henan: no regional portals for non-government filers; Yunnan: no names with administrative meaning (§2.4). */
const REGIONAL_PORTAL_PROVINCES = ['河南省', '云南省'];

function checkPlaces(ctx: CheckContext, analysis: NameAnalysis): void {
  const places = analysis.hits.filter((hit) => hit.entry.rule === 'name.place-name');
  if (places.length === 0) return;
  const bare = places.some((hit) => hit.entry.word === ctx.name);
  if (bare || PORTAL_SUFFIX.test(ctx.name)) {
    const severity = ctx.subject === 'personal' ? 'error' : provinceSeverity(ctx, REGIONAL_PORTAL_PROVINCES, 'prohibition');
    if (severity) {
      report(ctx, {
        rule: 'name.regional-portal', severity, field: 'name', source: `${S21}, §2.3, §2.4`, evidence: places.map((hit) => hit.entry.word).join('、'),
        message:
          ctx.subject === 'personal'
            ? `“${ctx.name}”是地名或以地名命名的地方网站；个人网站名称不能用地名，也不能办理地方门户。`
            : `“${ctx.name}”像地方门户网站：河南不允许非政府单位办理地方门户，云南不允许带行政区划含义的名称。`,
        suggestion:
          ctx.subject === 'personal'
            ? '去掉地名，用描述个人内容的名称。'
            : '改用单位名称或产品名称；确需地方门户，先向当地管局确认。',
      });
    }
    return;
  }
  if (ctx.subject !== 'personal') return;
  for (const { entry } of places) {
    const term = entry as RuledTerm;
    const { severity, source, escalatedIn } = escalate(ctx, 'warning', term.escalateIn, term.source);
    report(ctx, { rule: 'name.place-name', severity, source, field: 'name', evidence: term.word, ...termMessage(ctx, term, severity, escalatedIn) });
  }
}

/** Shanghai bans pure-English names, Sichuan English names, Guangdong wants normal Chinese naming (§2.4). */
const ENGLISH_RULE_TEXT: Record<string, string> = {
  上海市: '上海不允许纯英文名称',
  四川省: '四川不允许英文名称',
  广东省: '广东要求纯中文或中英文结合的规范命名',
};
const ENGLISH_NAME_PROVINCES = Object.keys(ENGLISH_RULE_TEXT);

function checkEnglishDominant(ctx: CheckContext, { han, latin }: CharStats): void {
  // "Mostly English" is our reading of those rules, so it only speaks up for a known province that has one.
  if (han === 0 || latin <= han || !provinceSeverity(ctx, ENGLISH_NAME_PROVINCES, 'requirement')) return;
  report(ctx, {
    rule: 'name.english-dominant', severity: 'warning', field: 'name', source: 'icp-rules.md §2.4', evidence: ctx.name,
    message: `名称以英文为主：${ENGLISH_RULE_TEXT[ctx.province!]}，管局可能驳回。`,
    suggestion: '以中文为主命名，英文只作补充。',
  });
}

export function checkName(ctx: CheckContext): NameAnalysis {
  const analysis = analyseName(ctx.name);
  if (!ctx.name) {
    report(ctx, {
      rule: 'name.empty', severity: 'error', field: 'name', source: S21, evidence: '',
      message: '网站名称为空。', suggestion: '填写能反映网站内容的中文名称，至少 3 个字。',
    });
    return analysis;
  }
  const domainInName = domainIn(ctx.name);
  checkForm(ctx, analysis, domainInName);
  checkDomainAsName(ctx, analysis.compact, domainInName);
  checkReserved(ctx, analysis);
  checkTerms(ctx, analysis);
  checkShopSuffix(ctx, analysis);
  checkSamples(ctx, analysis.compact);
  checkPersonName(ctx);
  checkPlaces(ctx, analysis);
  checkEnglishDominant(ctx, analysis.stats);
  return analysis;
}
