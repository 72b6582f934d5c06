/**
 * Word tables of the name checker, from icp-rules.md §2–§4. Each table row says which rule reports the word and
 * how severe it is for each subject type, so the rules stay data and the checking code stays generic.
 */
import type { Severity } from './types';
import type { LexiconEntry } from './text';
import { PLACE_EXCEPTIONS, PLACE_NAMES } from './provinces';

// ─── Pre-approval categories (§3.1) ─────────────────────────────────────────────────────────────────────────────

export type ApprovalCategory =
  | 'news' | 'publishing' | 'education' | 'medical' | 'drugs' | 'bulletin' | 'culture' | 'broadcast'
  | 'ride-hailing' | 'finance' | 'religion';

export interface ApprovalCategoryDef {
  label: string;
  /** Declared approval texts that grant this category. */
  grantedBy: RegExp;
  /**
   * Personal name that offers the regulated service itself (电影下载站): how severe. §3.2 (HIGH): individuals
   * cannot obtain any pre-approval, so offering such a service is an error; only the LOW religion row warns.
   */
  personalServiceSeverity: Severity;
  /**
   * A topic word alone says nothing (no warning): the approval is abolished nationally (education, health, §3.1) or
   * the category rests on one weak source (religion). Offering the service is still judged by the severity above.
   */
  bareTopicSilent?: true;
}

export const APPROVAL_CATEGORIES: Record<ApprovalCategory, ApprovalCategoryDef> = {
  news: { label: '新闻', grantedBy: /新闻/, personalServiceSeverity: 'error' },
  publishing: { label: '出版', grantedBy: /出版/, personalServiceSeverity: 'error' },
  // Education and health approvals were abolished nationally (§3.1) and only some 管局 still ask for them; an
  // individual still cannot hold one, so offering the service is an error (§3.2).
  education: { label: '教育', grantedBy: /教育|培训/, personalServiceSeverity: 'error', bareTopicSilent: true },
  medical: { label: '医疗保健', grantedBy: /医疗保健|卫生/, personalServiceSeverity: 'error', bareTopicSilent: true },
  drugs: { label: '药品和医疗器械', grantedBy: /药/, personalServiceSeverity: 'error' },
  bulletin: { label: '电子公告服务', grantedBy: /电子公告|bbs|论坛/i, personalServiceSeverity: 'error' },
  culture: { label: '文化', grantedBy: /文化|游戏/, personalServiceSeverity: 'error' },
  broadcast: { label: '广播电影电视节目', grantedBy: /广播|电影|电视|视听/, personalServiceSeverity: 'error' },
  'ride-hailing': { label: '网络预约车', grantedBy: /预约|网约车/, personalServiceSeverity: 'error' },
  finance: { label: '互联网金融', grantedBy: /金融/, personalServiceSeverity: 'error' },
  religion: { label: '宗教', grantedBy: /宗教/, personalServiceSeverity: 'warning', bareTopicSilent: true },
};

/** What a site is for, as implied by its name or by a declared service content (used for §2.3 mismatches). */
export type Purpose =
  | 'record' | 'shop' | 'news' | 'finance' | 'games' | 'music' | 'video' | 'education' | 'jobs' | 'photos'
  | 'software' | 'realestate' | 'dating';

// ─── Name vocabulary ─────────────────────────────────────────────────────────────────────────────────────────────

export type NameRule =
  | 'name.reserved-national' | 'name.reserved-broad' | 'name.sensitive' | 'name.personal-enterprise'
  | 'name.personal-shop' | 'name.personal-listed' | 'name.personal-low' | 'name.preapproval' | 'name.place-name';

/**
 * 'topic' means the word names a subject someone may merely write about: silent in a personal-record name
 * (电影观后感), the category's service severity when the name offers the service (电影下载站), else a warning.
 * 'regulated' means the word is itself the regulated service (培训, 问诊) or information whose publication needs
 * the approval (药品, 医疗: §3.1 licenses drug and health information): the category's service severity, but only a
 * warning when the name reads as personal notes (考研辅导笔记, 家庭用药笔记).
 */
type PersonalLevel = Severity | 'topic' | 'regulated';

export interface NameTerm extends LexiconEntry {
  /** null: the word only gives context (record style, service form, purpose). */
  rule: NameRule | null;
  personal?: PersonalLevel;
  enterprise?: Severity;
  category?: ApprovalCategory;
  purpose?: Purpose;
  /** 'record': the name reads as personal notes; 'service': the name offers a service (下载, 在线, 平台 …). */
  context?: 'record' | 'service';
  /**
   * Reserved words only (§2.1): established trade or technical terms that contain the word. They lower the error
   * to a warning, never silence it: not every reviewer reads 中央空调 as a product.
   */
  tradeCompounds?: readonly string[];
  /** Provinces (full names) whose 管局 reject this outright (§2.4): a warning there becomes an error. */
  escalateIn?: readonly string[];
  /** Source section(s) in icp-rules.md. */
  source: string;
}

const WORD_EXCEPTIONS: Record<string, readonly string[]> = {
  官方: ['非官方'],
  网络: ['神经网络', '网络安全', '网络协议', '网络编程', '计算机网络', '网络工程'],
  卖: ['卖萌', '卖力', '卖弄', '卖关子', '卖惨', '外卖'],
  ...PLACE_EXCEPTIONS,
};

/** Product, trade and technical terms that contain a reserved word (§2.1): they lower its error to a warning. */
const TRADE_COMPOUNDS: Record<string, readonly string[]> = {
  中央: ['中央空调', '中央厨房', '中央处理器', '中央净水', '中央新风', '中央热水', '中央吸尘', '中央商务区'],
  人民: ['人民币'],
  中华: ['中华鲟', '中华田园犬', '中华绒螯蟹'],
  中国: ['中国结'],
};

function terms(words: string, row: Omit<NameTerm, 'word'>): NameTerm[] {
  return words.split(' ').map((word) => ({ ...row, word, except: WORD_EXCEPTIONS[word] }));
}

const S21 = 'icp-rules.md §2.1';
const S22 = 'icp-rules.md §2.2';
const S32 = 'icp-rules.md §3.2';

export const NAME_TERMS: readonly NameTerm[] = [
  // §2.1: reserved for national bodies (HIGH); 全国/华夏 appear only on some lists (MED). Hainan bans 国字号 names.
  // A hit that straddles two words is kept: the reserved-word rule weighs that doubt itself.
  ...terms('中国 中华 中央 人民 人大 国家', {
    rule: 'name.reserved-national', personal: 'error', enterprise: 'error', keepStraddling: true, source: S21,
  }).map((term) => ({ ...term, tradeCompounds: TRADE_COMPOUNDS[term.word] })),
  ...terms('全国 华夏', {
    rule: 'name.reserved-broad', personal: 'warning', enterprise: 'warning', keepStraddling: true, escalateIn: ['海南省'], source: S21,
  }),
  // §2.1 sensitive words (HIGH list plus unambiguous illegal-content words).
  ...terms(
    '反腐 赌博 廉政 色情 纪检 监察 信访 维权 投诉 上访 赌场 博彩 六合彩 私彩 毒品 枪支 翻墙 私服 外挂 代孕 办证 裸聊 援交 邪教',
    { rule: 'name.sensitive', personal: 'error', enterprise: 'error', source: S21 },
  ),
  // §2.1/§2.3: a personal site may not present a company or organisation (HIGH).
  ...terms('公司 企业 集团 有限公司 有限责任 股份 官网 官方 旗舰 协会 商会 联合会 委员会 研究院 研究所 事务所 基金会 inc ltd corp official', {
    rule: 'name.personal-enterprise', personal: 'error', source: `${S21}, §2.3`,
  }),
  ...terms('工厂 组织', { rule: 'name.personal-enterprise', personal: 'warning', source: S21 }),
  // §2.3: a personal site may not be a shop or sell services (经营性, HIGH).
  ...terms('商城 商店 网店 店铺 专卖 专营 超市 商行 批发 代购 团购 零售 小卖部 杂货铺 便利店 shop store mall', {
    rule: 'name.personal-shop', personal: 'error', purpose: 'shop', source: `${S22}, §2.3`,
  }),
  // Taking paid work, commissions or agency work (§2.3, HIGH); 工作室 alone is only on the MED lists below.
  ...terms('代练 代写 代做 代画 代办 接单 接设计单 接商单 接私单 接稿 约稿 承接 接私活 有偿 代理商 招代理 commission commissions', {
    rule: 'name.personal-shop', personal: 'error', source: `${S22}, §2.3`,
  }),
  // §2.2: words two or more ISP lists ban for personal names (MED) and generic names known to fail.
  ...terms('工作室 博客 网站 网址 主页 热线 社团 爱好者 服务 作品展示 个人空间 个人博客 学习网站 我的主页 studio blog homepage', {
    rule: 'name.personal-listed', personal: 'warning', source: S22,
  }),
  ...terms('平台', { rule: 'name.personal-listed', personal: 'warning', context: 'service', source: S22 }),
  ...terms('网络', { rule: 'name.personal-listed', personal: 'warning', source: S22 }),
  // Henan (§2.4, HIGH): no 导航 sites and no "个人网站" for individuals.
  ...terms('导航 个人网站', {
    rule: 'name.personal-listed', personal: 'warning', context: 'service', escalateIn: ['河南省'], source: `${S22}, §2.4`,
  }),
  // §2.2: single-source lists (LOW): worth a warning unless the name plainly reads as personal notes.
  ...terms(
    '技术 信息 家园 搜索 合伙 框架 大众 维修 设计 沙龙 艺术 评论 转让 品牌 排行榜 行业 宣传 报价 管理 工坊 传播 ' +
      '中心 咨询 售后 学院 贸易 产业 农业 传媒 系统 媒体 营销 交易 折扣 定做 定制 返现 科技 广告 引擎 推广 首页 ' +
      '联盟 俱乐部 邮局 彩票 体彩 刮刮乐 club',
    { rule: 'name.personal-low', personal: 'topic', source: S22 },
  ),
  ...terms('购物 淘宝 电商', { rule: 'name.personal-low', personal: 'topic', purpose: 'shop', source: S22 }),
  ...terms('求职 招聘', { rule: 'name.personal-low', personal: 'topic', purpose: 'jobs', source: S22 }),
  ...terms('房产', { rule: 'name.personal-low', personal: 'topic', purpose: 'realestate', source: S22 }),
  ...terms('下载 门户', { rule: 'name.personal-low', personal: 'topic', context: 'service', purpose: 'software', source: S22 }),

  // §2.1 + §3.2: pre-approval field keywords. The §2.1 examples (新闻网, 论坛) are HIGH, so they block enterprises
  // that lack the approval; the other keyword lists are "reference only; provinces differ" → warnings.
  ...terms('新闻 时报 日报 晚报 早报 快报 头条 news', {
    rule: 'name.preapproval', category: 'news', personal: 'error', enterprise: 'error', purpose: 'news', source: `${S21}, §3.2`,
  }),
  ...terms('资讯 快讯 时事 时政', {
    rule: 'name.preapproval', category: 'news', personal: 'warning', enterprise: 'warning', purpose: 'news', source: `${S22}, §3.2`,
  }),
  ...terms('新闻学', { rule: 'name.preapproval', category: 'news', personal: 'topic', enterprise: 'warning', source: S32 }),
  ...terms('论坛 bbs forum 贴吧 聊天室 留言板', {
    rule: 'name.preapproval', category: 'bulletin', personal: 'error', enterprise: 'error', context: 'service', source: `${S21}, §3.2`,
  }),
  ...terms('社区', {
    rule: 'name.preapproval', category: 'bulletin', personal: 'error', enterprise: 'warning', context: 'service', source: `${S22}, §3.2`,
  }),
  ...terms('交友 婚介', {
    rule: 'name.preapproval', category: 'bulletin', personal: 'error', enterprise: 'warning', purpose: 'dating', source: `${S22}, §2.3`,
  }),
  ...terms('在线', { rule: 'name.preapproval', category: 'bulletin', personal: 'warning', context: 'service', source: `${S22}, §3.2` }),
  ...terms('交流 问答', { rule: 'name.preapproval', category: 'bulletin', personal: 'warning', source: `${S22}, §3.2` }),
  ...terms(
    '交易所 交易中心 金融 资产管理 理财 基金 投资管理 财富管理 股权投资 网贷 网络借贷 p2p 众筹 互联网保险 支付 ' +
      '股票 证券 炒股 期货 外汇 贷款 借贷 信贷 小贷 融资 配资 数字货币 虚拟货币 虚拟币 比特币 炒币',
    { rule: 'name.preapproval', category: 'finance', personal: 'error', enterprise: 'warning', purpose: 'finance', source: S32 },
  ),
  ...terms('投资 保险 银行 财经 股市 债券 信托 典当', {
    rule: 'name.preapproval', category: 'finance', personal: 'topic', enterprise: 'warning', purpose: 'finance', source: S32,
  }),
  ...terms('游戏 手游 网游 页游 端游 电竞', {
    rule: 'name.preapproval', category: 'culture', personal: 'topic', enterprise: 'warning', purpose: 'games', source: S32,
  }),
  ...terms('音乐 动漫 漫画 演出', {
    rule: 'name.preapproval', category: 'culture', personal: 'topic', enterprise: 'warning', purpose: 'music', source: S32,
  }),
  ...terms('视频 影视 电影 电视 影院 短视频 网剧 追剧 综艺', {
    rule: 'name.preapproval', category: 'broadcast', personal: 'topic', enterprise: 'warning', purpose: 'video', source: S32,
  }),
  // Live streaming is the regulated service itself, whatever else the name says.
  ...terms('直播', {
    rule: 'name.preapproval', category: 'broadcast', personal: 'error', enterprise: 'warning', context: 'service', purpose: 'video', source: S32,
  }),
  ...terms('电子书 阅读 期刊 论文 图书 地图 小说 文库', {
    rule: 'name.preapproval', category: 'publishing', personal: 'topic', enterprise: 'warning', source: S32,
  }),
  ...terms('出版', { rule: 'name.preapproval', category: 'publishing', personal: 'regulated', enterprise: 'warning', source: S32 }),
  ...terms('药品 医药 药物 西药 医疗器械 处方 用药 药店 药房 售药 卖药', {
    rule: 'name.preapproval', category: 'drugs', personal: 'regulated', enterprise: 'warning', source: S32,
  }),
  // Common hobby subjects (herbal crafts, tea, supplements reviewed by a buyer): a topic, not drug information.
  ...terms('中药 药材 保健品', { rule: 'name.preapproval', category: 'drugs', personal: 'topic', enterprise: 'warning', source: S32 }),
  ...terms('医院 医疗 诊所 问诊 诊疗 挂号 义诊', {
    rule: 'name.preapproval', category: 'medical', personal: 'regulated', enterprise: 'warning', source: S32,
  }),
  // Everyday words: a site that only mentions health is not a health-information service.
  ...terms('健康 医生 看病', { rule: 'name.preapproval', category: 'medical', personal: 'topic', enterprise: 'warning', source: S32 }),
  ...terms('教育 学校 考试 网课 招生', {
    rule: 'name.preapproval', category: 'education', personal: 'topic', enterprise: 'warning', purpose: 'education', source: S32,
  }),
  ...terms('培训 网校 辅导 家教 补习', {
    rule: 'name.preapproval', category: 'education', personal: 'regulated', enterprise: 'warning', purpose: 'education', source: S32,
  }),
  ...terms('宗教 佛教 道教 基督 寺庙 教会', {
    rule: 'name.preapproval', category: 'religion', personal: 'topic', enterprise: 'warning', source: S32,
  }),
  ...terms('网约车 打车', { rule: 'name.preapproval', category: 'ride-hailing', personal: 'topic', enterprise: 'warning', source: S32 }),

  // §2.1: no place names for personal sites (HIGH). Embedded in a longer name the 管局 practice varies → warning,
  // except in Hainan, which bans administrative place names for individuals outright (§2.4).
  ...terms(PLACE_NAMES.join(' '), { rule: 'name.place-name', personal: 'warning', escalateIn: ['海南省'], source: `${S21}, §2.4` }),

  // Context only.
  ...terms(
    '笔记 日记 随笔 手记 札记 日志 记录 心得 杂记 随记 游记 观后感 读后感 感悟 手帐 周记 小记 学习 练习 备忘 日常 ' +
      '自学 入门 刷题 读书 杂谈 漫谈 随想 琐记 点滴 足迹 notes diary',
    { rule: null, context: 'record', purpose: 'record', source: S22 },
  ),
  ...terms('频道 大全 资源 高清 免费 观看 播放 点播 合集', { rule: null, context: 'service', source: S32 }),
  ...terms('照片 摄影 相册 图片 图库 壁纸', { rule: null, purpose: 'photos', source: S22 }),
  ...terms('软件', { rule: null, purpose: 'software', source: S22 }),
];

/** Tencent's published sample names: copying them gets a name blacklisted (§2.2, HIGH). */
export const SAMPLE_NAMES: readonly string[] = [
  '我的照片墙', '雕刻时光', '人生百味', '吃货分享', '柠檬草的味道', '一起考研吧', '前端经验分享', 'PHP开发',
];
/** The sample "XXX的研发日志". */
export const SAMPLE_NAME_PATTERN = /^.{1,12}的研发日志$/;

// ─── Person names (§2.1: no bare person's name for personal sites) ────────────────────────────────────────────────

export const SURNAMES = new Set(
  (
    '王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 ' +
    '蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 ' +
    '闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 ' +
    '庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 ' +
    '霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 穆 农 卓 古 ' +
    '欧阳 司马 诸葛 上官 东方 皇甫 令狐 慕容 公孙 司徒 尉迟 长孙 夏侯 轩辕 端木 南宫 独孤 西门'
  ).split(' '),
);

/** Characters common in given names. Landscape words (山, 水, 江, 石 …) are left out: they make names of ordinary phrases. */
export const GIVEN_NAME_CHARS = new Set(
  (
    '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉宇浩凯健俊帆帅旭宁龙欣佳怡琳婷倩雪慧' +
    '颖晶莹瑶璐琪蕾薇菲悦然睿轩涵博文斌成峰波宏志鑫亮飞荣新昊晨阳梅兰凤霖泽子梓嘉思诗雅晓小建立永利顺福贵' +
    '喜庆德仁义礼智信忠孝康泰祥瑞光耀坤鸿铭锋钢铁淼森楠琦瑜璇瑾珊珍珠宝美媛嫣娇婉妍姝蓉芸萱茜蓓露虹彤丹翠' +
    '冰航达兵武豪毅威胜旺富财伦民生良根洪鹤鹰麟骏驰腾跃卓群雄振兴盛昌隆奇晖璋琛翔彪虎豹朗澄皓昕曦晗煜炜烨' +
    '雨天海云月春秋'
  ).split(''),
);

// ─── Service content (§4.1) ──────────────────────────────────────────────────────────────────────────────────────

export interface ServiceContentDef {
  label: string;
  aliases?: readonly string[];
  /** Personal filers choosing it: error = not allowed for individuals, warning = enterprise-like or risky. */
  personal?: Severity;
  /** The approval the service needs, and how severe a missing one is for an enterprise. */
  category?: ApprovalCategory;
  enterpriseWithoutApproval?: Severity;
  purpose?: Purpose;
  /** Why individuals may not (or should not) choose it, shown in the message. */
  why?: string;
}

export const SERVICE_CONTENTS: readonly ServiceContentDef[] = [
  { label: '即时通信', personal: 'warning', why: '即时通信属于互动服务，个人网站一般不宜选择' },
  { label: '搜索引擎', personal: 'warning', why: '搜索引擎服务带有企业性质' },
  { label: '综合门户', personal: 'warning', why: '综合门户通常需要企业主体，河南等地不允许非政府单位办理地方门户' },
  { label: '网上邮局', personal: 'warning', why: '邮箱服务带有企业性质' },
  { label: '网络新闻', personal: 'error', why: '网络新闻需要「新闻」前置审批，个人无法办理', category: 'news', enterpriseWithoutApproval: 'error', purpose: 'news' },
  { label: '博客/个人空间', aliases: ['博客', '个人空间'], purpose: 'record' },
  { label: '网络广告/信息', personal: 'warning', why: '广告和信息发布带有经营性质' },
  { label: '单位门户网站', personal: 'error', why: '这是单位（企业、机构）网站的类型' },
  { label: '网络购物', personal: 'error', why: '网上卖东西是经营性服务，需要 ICP 经营许可证', purpose: 'shop' },
  { label: '网上支付', personal: 'error', why: '支付属于互联网金融，个人无法办理前置审批', category: 'finance', enterpriseWithoutApproval: 'error', purpose: 'finance' },
  { label: '网上银行', personal: 'error', why: '网上银行属于互联网金融，个人无法办理前置审批', category: 'finance', enterpriseWithoutApproval: 'error', purpose: 'finance' },
  { label: '网上炒股/股票基金', personal: 'error', why: '股票基金属于互联网金融，个人无法办理前置审批', category: 'finance', enterpriseWithoutApproval: 'error', purpose: 'finance' },
  { label: '网络借贷信息中介', personal: 'error', why: '网络借贷属于互联网金融，个人无法办理前置审批', category: 'finance', enterpriseWithoutApproval: 'error', purpose: 'finance' },
  { label: '互联网股权融资', personal: 'error', why: '股权融资属于互联网金融，个人无法办理前置审批', category: 'finance', enterpriseWithoutApproval: 'error', purpose: 'finance' },
  { label: '互联网保险', personal: 'error', why: '互联网保险属于互联网金融，个人无法办理前置审批', category: 'finance', enterpriseWithoutApproval: 'error', purpose: 'finance' },
  { label: '互联网跨界金融及资产管理', personal: 'error', why: '资产管理属于互联网金融，个人无法办理前置审批', category: 'finance', enterpriseWithoutApproval: 'error', purpose: 'finance' },
  { label: '网上非银支付', personal: 'error', why: '支付属于互联网金融，个人无法办理前置审批', category: 'finance', enterpriseWithoutApproval: 'error', purpose: 'finance' },
  { label: '网络游戏', personal: 'error', why: '网络游戏需要「文化」前置审批，个人无法办理', category: 'culture', enterpriseWithoutApproval: 'error', purpose: 'games' },
  { label: '网络音乐', personal: 'error', why: '网络音乐需要「文化」前置审批，个人无法办理', category: 'culture', enterpriseWithoutApproval: 'error', purpose: 'music' },
  { label: '网络影视', personal: 'error', why: '网络影视需要「广播电影电视节目」前置审批，个人无法办理', category: 'broadcast', enterpriseWithoutApproval: 'error', purpose: 'video' },
  { label: '网络图片', purpose: 'photos' },
  { label: '网络软件/下载', personal: 'warning', why: '提供下载的网站常被认为是企业或资源站', purpose: 'software' },
  { label: '网上求职', personal: 'warning', why: '求职招聘服务带有企业性质', purpose: 'jobs' },
  { label: '网上招聘', personal: 'warning', why: '求职招聘服务带有企业性质', purpose: 'jobs' },
  { label: '网上交友/婚介', personal: 'error', why: '交友婚介是让用户互相发布信息的电子公告服务，个人不能办理', purpose: 'dating' },
  { label: '网上房产', personal: 'warning', why: '房产信息服务带有经营性质', purpose: 'realestate' },
  // Education approval is abolished nationally but some 管局 still ask (§3.1) → an enterprise is warned; an
  // individual can hold no approval at all and may not offer the service (§3.2) → error.
  { label: '网络教育', personal: 'error', why: '网络教育属于「教育」前置审批范围，个人无法办理前置审批', category: 'education', enterpriseWithoutApproval: 'warning', purpose: 'education' },
  { label: '网站建设', personal: 'warning', why: '建站服务是对外经营的业务' },
  { label: 'WAP' },
  { label: 'APP' },
  { label: '移动应用' },
  { label: '其他' },
];

// ─── Remark vocabulary (§2.3) ────────────────────────────────────────────────────────────────────────────────────

export type RemarkRule =
  | 'remark.selling' | 'remark.orders' | 'remark.prices' | 'remark.enterprise-like' | 'remark.registration'
  | 'remark.bulletin-board' | 'remark.comments' | 'remark.preapproval-topic' | 'remark.preapproval-service';

export interface RemarkTerm extends LexiconEntry {
  rule: RemarkRule;
  personal?: Severity;
  enterprise?: Severity;
  /** Silent when this approval is declared. */
  category?: ApprovalCategory;
}

function remarkTerms(words: string, row: Omit<RemarkTerm, 'word'>): RemarkTerm[] {
  return words.split(' ').map((word) => ({ ...row, word, except: WORD_EXCEPTIONS[word] }));
}

/** Verbs that make a regulated noun the site's own offer: 提供问诊, 出售课程. */
const PROVIDING = ['提供', '开设', '开展', '出售', '销售', '售卖'];

export const REMARK_TERMS: readonly RemarkTerm[] = [
  // 经营性 content on a personal site needs an ICP licence, not a filing (§2.3, HIGH).
  ...remarkTerms(
    '出售 销售 售卖 贩卖 卖 下单 代购 批发 零售 网店 包邮 购物车 收款 付款 经营 营利 盈利 带货 团购 可购买 欢迎购买 ' +
      '在线购买 购买链接 点击购买 购买渠道',
    { rule: 'remark.selling', personal: 'error' },
  ),
  // The filer may merely shop there or write about it.
  ...remarkTerms('商城 店铺 开店 商品 广告位 接广告 广告合作 商务合作 赞助', { rule: 'remark.selling', personal: 'warning' }),
  // Taking paid work, commissions and agency work are commercial activity too (§2.3, HIGH).
  ...remarkTerms(
    '接单 接设计单 接商单 接私单 接画单 接稿 接约稿 接活 接私活 承接 代做 代写 代画 代练 代办 定制服务 有偿 接受委托 接委托 ' +
      '外包 约稿 私单 佣金 返佣 代理商 招代理 代理加盟 中介服务 commission commissions',
    { rule: 'remark.orders', personal: 'error' },
  ),
  ...remarkTerms('报价 价目 收费 付费 标价 售价 元起 会员费 充值', { rule: 'remark.prices', personal: 'error' }),
  ...remarkTerms('价格 优惠 折扣', { rule: 'remark.prices', personal: 'warning' }),
  ...remarkTerms(
    '公司业务 公司产品 公司介绍 公司简介 公司官网 企业介绍 企业官网 企业宣传 产品介绍 产品展示 产品宣传 业务介绍 业务范围 ' +
      '本公司 我司 招商 加盟 品牌宣传 官方网站 官网',
    { rule: 'remark.enterprise-like', personal: 'error' },
  ),
  // Community advice only (§2.3, LOW).
  ...remarkTerms('注册 登录 登陆 会员 账号 用户中心', { rule: 'remark.registration', personal: 'warning' }),
  // Features that let visitors publish are 电子公告 services, which individuals cannot run (§2.3, §3.1, HIGH).
  ...remarkTerms(
    '留言板 留言区 留言功能 论坛 bbs 贴吧 聊天室 讨论区 发帖 评论区 评论功能 开放评论 允许评论 用户评论 网友评论 发表评论 ' +
      '访客留言 欢迎留言 用户投稿 网友投稿 交友',
    { rule: 'remark.bulletin-board', personal: 'error', enterprise: 'warning', category: 'bulletin' },
  ),
  // Bare 评论/留言 may describe the author's own reviews, so they only warn.
  ...remarkTerms('评论 留言 弹幕 互动 问答 投稿 讨论', { rule: 'remark.comments', personal: 'warning' }),
  // A topic the remark mentions: it may be the author's own notes, so only a warning.
  ...remarkTerms('基金 理财 股票 证券 炒股 期货 外汇 贷款 借贷 网贷 p2p 众筹 支付', {
    rule: 'remark.preapproval-topic', personal: 'warning', category: 'finance',
  }),
  ...remarkTerms('新闻 时政', { rule: 'remark.preapproval-topic', personal: 'warning', category: 'news' }),
  ...remarkTerms('药品 处方药', { rule: 'remark.preapproval-topic', personal: 'warning', category: 'drugs' }),
  ...remarkTerms('直播', { rule: 'remark.preapproval-topic', personal: 'warning', category: 'broadcast' }),
  // The remark says the site provides the regulated service or information itself: individuals cannot hold the
  // approval (§3.2, HIGH), so an error. Only provider-side phrases: 记录孩子上培训班 is a parent's note, not a school.
  ...preapprovalServices('finance', '荐股 代客理财 基金推荐 股票推荐 配资 理财服务 贷款服务 支付服务', '投资咨询 理财咨询 贷款 配资'),
  ...preapprovalServices('news', '发布新闻 新闻发布 报道新闻', '新闻'),
  ...preapprovalServices('broadcast', '在线观看 在线播放 影视下载 电影下载 电视剧下载 视频下载 影视点播 视频点播 影视资源', '影视 电影 电视剧 直播'),
  ...preapprovalServices('culture', '游戏下载 音乐下载 在线听歌 在线试听 漫画下载 动漫下载', '游戏 音乐'),
  ...preapprovalServices('publishing', '电子书下载 小说下载 图书下载 论文下载 期刊下载 在线阅读', '电子书 出版'),
  ...preapprovalServices('drugs', '卖药 售药 药品销售 药品信息服务 代购药品 网上药店', '药品 处方药 用药咨询'),
  ...preapprovalServices('medical', '在线问诊 网上问诊 问诊服务 诊疗服务 远程诊疗 代挂号', '问诊 诊疗 医疗咨询 健康咨询'),
  ...preapprovalServices('education', '课程销售 家教服务 一对一辅导 招收学员 开班授课 课程报名', '培训 辅导 家教 课程 补习'),
];

/** Provider-side phrases of one category: the fixed ones plus each providing verb before each noun. */
function preapprovalServices(category: ApprovalCategory, phrases: string, offered: string): RemarkTerm[] {
  const words = [...phrases.split(' '), ...PROVIDING.flatMap((verb) => offered.split(' ').map((noun) => verb + noun))];
  return remarkTerms(words.join(' '), { rule: 'remark.preapproval-service', personal: 'error', category });
}

/** Reposting or aggregating news is a news service (§3.1, HIGH). */
export const NEWS_REPOSTING = /(转载|转发|搬运|聚合|采集|汇总|摘编|转贴)[^,.;!?，。；！？]{0,10}(新闻|时政|资讯)|(新闻|时政)(转载|转发|聚合|采集|汇总|摘编)/g;

/** A price written in the remark: 99元, ¥20 (¥ after NFKC). */
export const PRICE_PATTERN = /\d+(\.\d+)?\s*(元|块钱)|¥\s*\d/g;
