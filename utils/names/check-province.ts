/** Remark requirements and province rules (icp-rules.md §1.3, §2.4, §4.1). */
import { PERSONAL_SITE_PLEDGE, PLEDGE_PROVINCES } from './provinces';
import { provinceLabel, provinceSeverity, report, type CheckContext } from './context';

const S24 = 'icp-rules.md §2.4';
/** Personal remark must explain the site's content or purpose. */
const REMARK_EXPLAINS_PROVINCES = ['北京市', '河北省', '湖北省', '广东省', '青海省', '江苏省', '新疆维吾尔自治区'];
const REMARK_MIN_30_PROVINCES = ['内蒙古自治区', '黑龙江省'];
const BLOG_BANNED_PROVINCES = ['浙江省', '贵州省', '湖南省', '河南省'];
const BLOG_REQUIRED_PROVINCES = ['黑龙江省'];
const REMARK_REQUIRED_PROVINCES = [...REMARK_EXPLAINS_PROVINCES, ...PLEDGE_PROVINCES, ...REMARK_MIN_30_PROVINCES];
/** Below this, a remark that must "describe in detail" probably does not (our threshold, hence a warning). */
const BRIEF_REMARK_LENGTH = 10;

const punctuationFree = (text: string) => text.replace(/[\s\p{P}]/gu, '');
const PLEDGE_WORDS = punctuationFree(PERSONAL_SITE_PLEDGE);
const remarkLength = (text: string) => [...text.replace(/\s/g, '')].length;
const choseBlog = (ctx: CheckContext) => ctx.contents.some((def) => def.label === '博客/个人空间');

function checkMissingRemark(ctx: CheckContext): void {
  if (ctx.remark) return;
  const reasons: string[] = [];
  const sources = new Set<string>();
  if (ctx.contents.some((def) => def.label === '其他')) {
    reasons.push('服务内容选了“其他”，必须在备注中说明网站内容');
    sources.add('icp-rules.md §1.3, §4.1');
  }
  if (ctx.subject === 'personal' && provinceSeverity(ctx, REMARK_REQUIRED_PROVINCES, 'requirement')) {
    reasons.push(`${provinceLabel(ctx.province!)}要求个人备案在备注中说明网站内容和用途`);
    sources.add(S24);
  }
  if (reasons.length === 0) return;
  const pledge = ctx.province && PLEDGE_PROVINCES.includes(ctx.province) ? `并附上承诺书：“${PERSONAL_SITE_PLEDGE}”` : '';
  report(ctx, {
    rule: 'remark.missing', severity: 'error', field: 'remark', source: [...sources].join('; '), evidence: '（备注为空）',
    message: `网站备注为空：${reasons.join('；')}。`,
    suggestion: `用一两句话写清网站内容和用途，例如“记录个人读书心得的非经营性网站，不开放评论和留言”${pledge}。`,
  });
}

function checkPledge(ctx: CheckContext): void {
  if (ctx.subject !== 'personal' || !ctx.remark || !provinceSeverity(ctx, PLEDGE_PROVINCES, 'requirement')) return;
  if (punctuationFree(ctx.remark).includes(PLEDGE_WORDS)) return;
  report(ctx, {
    rule: 'province.pledge', severity: 'error', field: 'remark', source: S24, evidence: ctx.remark,
    message: `${provinceLabel(ctx.province!)}要求个人网站备注中一字不差地写上个人网站承诺书，当前备注里没有。`,
    suggestion: `在备注末尾加上：${PERSONAL_SITE_PLEDGE}`,
  });
}

function checkRemarkLength(ctx: CheckContext): void {
  if (ctx.subject !== 'personal' || !ctx.remark) return;
  const length = remarkLength(ctx.remark);
  if (length < 30 && provinceSeverity(ctx, REMARK_MIN_30_PROVINCES, 'requirement')) {
    report(ctx, {
      rule: 'province.remark-min-length', severity: 'error', field: 'remark', source: S24, evidence: ctx.remark,
      message: `${provinceLabel(ctx.province!)}要求个人网站备注不少于 30 个字，当前只有 ${length} 个字。`,
      suggestion: '写清网站内容、用途、更新方式，并说明“不涉及经营、不开放评论和留言”。',
    });
  } else if (length < BRIEF_REMARK_LENGTH && provinceSeverity(ctx, REMARK_EXPLAINS_PROVINCES, 'requirement')) {
    report(ctx, {
      rule: 'province.remark-brief', severity: 'warning', field: 'remark', source: S24, evidence: ctx.remark,
      message: `${provinceLabel(ctx.province!)}要求个人备案在备注中详细说明网站内容和用途，“${ctx.remark}”可能不够详细。`,
      suggestion: '补充网站写什么、给谁看、是否经营，例如“记录个人骑行路线和照片的非经营性网站”。',
    });
  }
}

function checkBlogContent(ctx: CheckContext): void {
  if (ctx.subject !== 'personal' || ctx.contents.length === 0) return;
  if (choseBlog(ctx)) {
    const severity = provinceSeverity(ctx, BLOG_BANNED_PROVINCES, 'prohibition');
    if (!severity) return;
    report(ctx, {
      rule: 'province.blog-content-banned', severity, field: 'serviceContent', source: S24, evidence: '博客/个人空间',
      message: ctx.province
        ? `${provinceLabel(ctx.province)}不允许个人备案选择服务内容“博客/个人空间”。`
        : '浙江、贵州、湖南、河南不允许个人备案选择“博客/个人空间”（黑龙江则要求选它）；请按备案省份确认。',
      suggestion: '改选“其他”，并在备注中写清网站内容。',
    });
    return;
  }
  if (provinceSeverity(ctx, BLOG_REQUIRED_PROVINCES, 'requirement')) {
    report(ctx, {
      rule: 'province.blog-content-required', severity: 'error', field: 'serviceContent', source: S24,
      evidence: ctx.serviceContent.join('、'),
      message: '黑龙江要求个人备案的服务内容选择“博客/个人空间”。',
      suggestion: '服务内容改选“博客/个人空间”，备注写满 30 字。',
    });
  }
}

function checkProvinceRecognised(ctx: CheckContext): void {
  if (!ctx.provinceGiven || ctx.province) return;
  report(ctx, {
    rule: 'province.unrecognised', severity: 'warning', field: 'name', source: S24, evidence: ctx.provinceGiven,
    message: `无法识别备案省份“${ctx.provinceGiven}”，各省规则只能按“省份未知”提醒。`,
    suggestion: '填写省份名称，例如“湖南”或“湖南省”。',
  });
}

export function checkProvinceRules(ctx: CheckContext): void {
  checkProvinceRecognised(ctx);
  checkMissingRemark(ctx);
  checkPledge(ctx);
  checkRemarkLength(ctx);
  checkBlogContent(ctx);
}
