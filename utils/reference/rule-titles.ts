/**
 * Titles of the sections of icp-rules.md, the reference every rule cites as its `source`. The data (and the CLIs)
 * keep the `icp-rules.md §…` form; the UI shows what the section is about, since a file name means nothing to a user.
 */
const SECTION_TITLES: Readonly<Record<string, string>> = {
  '1': '备案流程与表单', '1.1': '备案步骤', '1.2': '主体信息', '1.3': '网站信息', '1.4': '每个订单的数量',
  '2': '网站名称规范', '2.1': '网站名称通用要求', '2.2': '个人网站名称禁用词', '2.3': '名称与网站内容一致', '2.4': '各省对名称和备注的要求',
  '3': '前置审批', '3.1': '前置审批类别', '3.2': '需要前置审批的内容',
  '4': '服务内容与语言', '4.1': '网站服务内容', '4.2': '网站语言',
  '5': '短信核验', '6': '办理时限', '7': '接入条件（云资源与授权码）', '8': '提交与主体限制',
  '9': '域名要求', '9.1': '可备案的域名后缀',
  '10': '证件与联系方式', '10.1': '居民身份证号码', '10.2': '统一社会信用代码', '10.3': '联系方式',
  '11': '备案类型判断', '12': '备案状态', '13': '其他事项', '14': '尚未确定的规则',
};

/** "icp-rules.md §1.1, §9" → "备案规则：备案步骤（§1.1）、域名要求（§9）"; anything else is shown as given. */
export function ruleSourceTitle(source: string): string {
  if (!source.includes('icp-rules.md')) return source;
  const titled = source
    .replace(/icp-rules\.md\s*/g, '')
    .replace(/§(\d+(?:\.\d+)?)/g, (section, number: string) => (SECTION_TITLES[number] ? `${SECTION_TITLES[number]}（${section}）` : section))
    .replace(/\s*[,;，；]\s*/g, '、');
  return `备案规则：${titled}`;
}
