/**
 * Name-checker throughput on one core in Node over a varied generated corpus (goal ≥ 50,000 checks/s).
 * `npx tsx scripts/bench/names.ts`, or through `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { checkSiteName, verdictOf, type NameCheckInput, type Verdict } from '../../utils/names';

const CORPUS_SIZE = 5_000;
const MEASURED_CHECKS = 200_000;
const GOAL_PER_SECOND = 50_000;

/** Deterministic PRNG (mulberry32) so every run checks the same corpus. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PREFIXES = ['', '', '', '小王的', '阿明', '云朵', '晴天', '城市', '老屋', '一只程序猿的', '中国', '全国', '杭州', '个人'];
const TOPICS = [
  '茶文化', '骑行', '编程', '烘焙', '摄影', '电影', '游戏', '基金', '新闻', '美食', '读书', '书法', '木工', '咖啡', 'Vue', 'Python',
  '成都', '人民币收藏', '个人民宿', '健康饮食', '网络安全', '考研', '星空观测', 'C++', '旅行', '数码', '服装', '设计',
];
const SUFFIXES = [
  '笔记', '日记', '随笔', '手记', '记', '日常', '网', '平台', '工作室', '商城', '社区', '论坛', '下载站', '官网', '科技有限公司',
  '资讯', '导航', '店', '', '之家', '学习记录',
];
const ODD_NAMES = ['2024', 'TechBlog', 'mysite.com', '记事', '李华', '王小明', '雕刻时光', '色情内容分享', '我的照片墙', '★星光★', '\uD800坏名'];
const REMARKS = [
  '', '记录喝茶心得', '随笔散文，不涉及任何经营性内容', '出售自制饼干，可下单购买', '技术文章，开放评论和留言板', '接单设计',
  '学习Vue框架的记录', '数码产品销售', '转载体育新闻', '每篇文章99元', '支持会员注册登录', '无人机航拍记录，不开放评论',
  '公司官方网站', '理财产品介绍', '记录徒步路线和沿途照片的个人笔记，不涉及经营性内容。',
];
const CONTENTS = ['其他', '博客/个人空间', '网络图片', '网络购物', '单位门户网站', '网络新闻', '网络教育', '网上求职', '网络游戏'];
const APPROVALS = [[], [], ['以上都不涉及'], ['新闻'], ['文化'], ['互联网金融']];
const PROVINCES = [undefined, undefined, '湖南', '山东省', '内蒙古自治区', '广东', '河南', '黑龙江', '上海', '海南省', '火星'];

function buildCorpus(size: number): NameCheckInput[] {
  const next = random(20261129);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: size }, () => {
    const name = next() < 0.08 ? pick(ODD_NAMES) : `${pick(PREFIXES)}${pick(TOPICS)}${pick(SUFFIXES)}`;
    const input: NameCheckInput = {
      name,
      subject: next() < 0.7 ? 'personal' : 'enterprise',
      serviceContent: [pick(CONTENTS)],
      remark: pick(REMARKS),
      preApprovals: pick(APPROVALS),
    };
    const province = pick(PROVINCES);
    if (province) input.province = province;
    if (next() < 0.2) input.domain = 'mysite.com';
    return input;
  });
}

export async function run(): Promise<string[]> {
  const corpus = buildCorpus(CORPUS_SIZE);
  const verdicts: Record<Verdict, number> = { block: 0, warn: 0, pass: 0 };
  for (const input of corpus) verdicts[verdictOf(checkSiteName(input))]++; // warm-up, and the corpus mix
  let findings = 0;
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  for (let i = 0; i < MEASURED_CHECKS; i++) findings += checkSiteName(corpus[i % CORPUS_SIZE]!).length;
  const wallSeconds = (performance.now() - wallStart) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  // CPU time of this single-threaded loop is the one-core figure; wall time also counts waiting for a shared CPU.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const format = (seconds: number) => Math.round(MEASURED_CHECKS / seconds).toLocaleString('en-US');
  return [
    `corpus: ${CORPUS_SIZE} generated inputs (block ${verdicts.block}, warn ${verdicts.warn}, pass ${verdicts.pass}); ${MEASURED_CHECKS} checks, ${findings} findings`,
    `checks per second, one core (CPU time): ${format(cpuSeconds)}  (goal ≥ ${GOAL_PER_SECOND.toLocaleString('en-US')})`,
    `checks per second, wall clock: ${format(wallSeconds)}`,
    `mean CPU time per check: ${((cpuSeconds * 1e6) / MEASURED_CHECKS).toFixed(1)} µs`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await run()) console.log(line);
}
