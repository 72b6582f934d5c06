/** What the remark says the site does (icp-rules.md §2.3), with negations such as 不涉及经营 respected. */
import { dropContained, isNegated, Lexicon } from './text';
import { report, type CheckContext } from './context';
import { APPROVAL_CATEGORIES, NEWS_REPOSTING, PRICE_PATTERN, REMARK_TERMS, type RemarkTerm } from './vocabulary';
import type { Severity } from './types';

const REMARK_LEXICON = new Lexicon(REMARK_TERMS);
const S23 = 'icp-rules.md §2.3';
/** Overlapping remark words are one phrase whatever their rule: 会员费 is a price, not a membership. */
const anyTerms = () => true;

function termMessage(
  ctx: CheckContext,
  term: RemarkTerm,
  severity: Severity,
  w: string,
): { message: string; suggestion: string } {
  switch (term.rule) {
    case 'remark.selling':
      return severity === 'error'
        ? {
            message: `备注说网站“${w}”：个人网站不能有经营性内容（卖东西、收款），这需要 ICP 经营许可证而不是备案。`,
            suggestion: '不卖东西就删去这些描述，并写明“本网站为个人非经营性网站，不涉及任何经营活动”；要卖东西请用企业主体备案。',
          }
        : { message: `备注提到“${w}”，可能被认为有经营性内容。`, suggestion: '删去与经营、广告有关的描述。' };
    case 'remark.orders':
      return {
        message: `备注说网站“${w}”：个人网站承接有偿业务属于经营性行为，个人备案会被驳回。`,
        suggestion: '删去接单、承接等描述，只写个人作品或记录；承接业务请用企业主体备案。',
      };
    case 'remark.prices':
      return severity === 'error'
        ? { message: `备注出现价格或收费（“${w}”）：个人网站不能标价收费。`, suggestion: '删去价格和收费信息；要收费经营请用企业主体备案。' }
        : { message: `备注提到“${w}”，可能被认为有经营性内容。`, suggestion: '如只是个人记录，写明“仅作个人记录，不涉及交易”。' };
    case 'remark.enterprise-like':
      return {
        message: `备注描述的是企业内容（“${w}”），与个人备案不符。`,
        suggestion: '个人备案只写个人内容；公司网站请用企业主体备案。',
      };
    case 'remark.registration':
      return {
        message: `备注提到“${w}”：个人网站带注册、登录功能，审核时可能被认为是企业或互动网站。`,
        suggestion: '如非必要，关闭注册登录，并在备注中写明“无注册登录功能”。',
      };
    case 'remark.bulletin-board':
      return ctx.subject === 'personal'
        ? {
            message: `备注说网站有“${w}”：留言板、论坛、评论区等让访客发布内容的功能属于电子公告服务，个人不能办理。`,
            suggestion: '关闭这类功能，并在备注中写明“不开放评论和留言”。',
          }
        : {
            message: `备注提到“${w}”（电子公告服务），但没有声明「电子公告服务」前置审批；多地管局仍要求该审批。`,
            suggestion: '向当地管局确认是否需要电子公告审批，或关闭访客发布内容的功能。',
          };
    case 'remark.comments':
      return {
        message: `备注提到“${w}”：如果访客可以评论、留言或投稿，就属于个人不能办理的电子公告服务。`,
        suggestion: '只是你自己写的评论（书评、影评）可忽略；否则关闭互动功能并写明“不开放评论和留言”。',
      };
    case 'remark.preapproval-topic': {
      const label = APPROVAL_CATEGORIES[term.category!].label;
      return {
        message: `备注提到“${w}”，属于「${label}」前置审批范围，个人网站不能涉及。`,
        suggestion: '删去这部分内容，或写明只是个人学习记录、不提供相关服务。',
      };
    }
    case 'remark.preapproval-service': {
      const label = APPROVAL_CATEGORIES[term.category!].label;
      return {
        message: `备注说网站提供“${w}”：这属于「${label}」前置审批范围，个人无法办理前置审批，个人备案会被驳回。`,
        suggestion: `删去这部分内容，网站只写个人记录；要提供这类服务，请用企业主体备案并先取得「${label}」审批。`,
      };
    }
  }
}

/** One finding per rule and severity, quoting every non-negated word that triggered it. */
function checkTerms(ctx: CheckContext): void {
  const hits = REMARK_LEXICON.findAll(ctx.remark);
  if (hits.length === 0) return;
  const groups = new Map<string, { term: RemarkTerm; severity: Severity; words: string[] }>();
  for (const { entry: term, index, end } of dropContained(hits, anyTerms)) {
    const severity = ctx.subject === 'personal' ? term.personal : term.enterprise;
    if (!severity || isNegated(ctx.remark, index, end)) continue;
    if (ctx.subject === 'enterprise' && term.category && ctx.approvals.has(term.category)) continue;
    const key = `${term.rule}:${severity}:${term.category ?? ''}`;
    const group = groups.get(key) ?? { term, severity, words: [] };
    if (!group.words.includes(term.word)) group.words.push(term.word);
    groups.set(key, group);
  }
  for (const { term, severity, words } of groups.values()) {
    const evidence = words.join('、');
    const source = term.rule.startsWith('remark.preapproval') ? 'icp-rules.md §3.1, §3.2' : S23;
    report(ctx, { rule: term.rule, severity, field: 'remark', source, evidence, ...termMessage(ctx, term, severity, evidence) });
  }
}

function checkPatterns(ctx: CheckContext): void {
  const mentionsNews = /新闻|时政|资讯/.test(ctx.remark);
  for (const match of mentionsNews ? ctx.remark.matchAll(NEWS_REPOSTING) : []) {
    if (ctx.approvals.has('news') || isNegated(ctx.remark, match.index, match.index + match[0].length)) continue;
    report(ctx, {
      rule: 'remark.news-reposting', severity: 'error', field: 'remark', source: 'icp-rules.md §2.3, §3.1', evidence: match[0],
      message: `备注说网站会“${match[0]}”：转载、聚合新闻属于互联网新闻信息服务，需要「新闻」前置审批。`,
      suggestion:
        ctx.subject === 'personal'
          ? '个人网站不能转载新闻，删去这部分内容。'
          : '取得《互联网新闻信息服务许可证》并声明「新闻」前置审批，或删去这部分内容。',
    });
  }
  if (ctx.subject !== 'personal' || !/\d/.test(ctx.remark)) return;
  for (const match of ctx.remark.matchAll(PRICE_PATTERN)) {
    if (isNegated(ctx.remark, match.index, match.index + match[0].length)) continue;
    report(ctx, {
      rule: 'remark.prices', severity: 'error', field: 'remark', source: S23, evidence: match[0],
      message: `备注出现价格（“${match[0]}”）：个人网站不能标价收费。`,
      suggestion: '删去价格和收费信息；要收费经营请用企业主体备案。',
    });
  }
}

export function checkRemark(ctx: CheckContext): void {
  if (!ctx.remark) return;
  checkTerms(ctx);
  checkPatterns(ctx);
}
