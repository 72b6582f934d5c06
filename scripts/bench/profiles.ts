/**
 * Profile validation speed in Node (goal: 1,000 varied profiles validated in < 200 ms), plus the whole import path
 * (JSON parse + schema + validation of a 1,000-profile exchange file) and export. Profiles are generated from a
 * fixed seed, so every run measures the same mix: personal and enterprise subjects, 1–3 websites, valid and broken
 * IDs, expiring documents, refused and unlisted TLDs, subdomains, bad phones and e-mails.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseExchangeFile, readExchangeFile, serializeExchangeFile, validateProfile, type Person, type Profile } from '@/utils/profile';
import { residentIdCheckChar, usccCheckChar } from '@/utils/profile/certificates';
import { seededRandom } from './stats';

const COUNT = 1_000;
const ROUNDS = 15;
const TODAY = '2026-11-29';
const GOAL_MS = 200;

function generateProfiles(count: number): Profile[] {
  const random = seededRandom(20261129);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const digits = (length: number) => Array.from({ length }, () => Math.floor(random() * 10)).join('');
  const residentId = () => {
    const year = 1950 + Math.floor(random() * 55);
    const first17 = `${pick(['110105', '310115', '440305', '360426', '510104'])}${year}0${1 + Math.floor(random() * 9)}1${Math.floor(random() * 9)}${digits(3)}`;
    // One in ten has a wrong check digit.
    return first17 + (random() < 0.1 ? (residentIdCheckChar(first17) === '1' ? '2' : '1') : residentIdCheckChar(first17));
  };
  const uscc = () => {
    const first17 = `91${pick(['110000', '310115', '440300'])}${digits(9)}`;
    return first17 + (random() < 0.1 ? '0' : usccCheckChar(first17));
  };
  const mobile = () => (random() < 0.05 ? `1${digits(9)}` : `1${pick(['3', '5', '8', '9'])}${digits(9)}`);
  const person = (name: string): Person => {
    const own = mobile();
    return {
      name,
      certificateType: '居民身份证',
      certificateNumber: residentId(),
      certificateValidFrom: '2016-05-01',
      certificateValidTo: pick(['长期', '2036-05-01', '2027-01-20', '2025-03-01']),
      mobile: own,
      emergencyPhone: random() < 0.05 ? own : mobile(),
      email: random() < 0.05 ? `${name}-at-example.com` : `user${digits(4)}@example.com`,
      officePhone: random() < 0.5 ? '' : `0755-${digits(8)}`,
    };
  };
  const names = ['山间小记', '城南旧事', '示例科技官网', '码农笔记', '花草日记', '中国美食网', '读书分享站', '摄影作品集'];
  const domains = ['example.com', 'www.example.cn', 'example.io', 'example.studio', 'example.com.cn', '例子.中国', 'https://example.net/x'];

  return Array.from({ length: count }, (_, index): Profile => {
    const enterprise = random() < 0.4;
    const holder = enterprise ? `示例${index}有限公司` : `用户${index}`;
    const principal = person(enterprise ? `负责人${index}` : holder);
    return {
      id: `bench-${index}`,
      label: `${holder} · ${enterprise ? '企业' : '个人'}`,
      subject: {
        type: enterprise ? 'enterprise' : 'personal',
        province: pick(['广东省', '北京市', '上海市', '江西省', '四川省']),
        city: '某市',
        name: holder,
        certificateType: enterprise ? '营业执照（个人或企业）' : '居民身份证',
        certificateNumber: enterprise ? uscc() : principal.certificateNumber,
        certificateAddress: '某省某市某区某路1号',
        mailingAddress: '某省某市某区某路1号2栋301室',
        investor: holder,
      },
      principal,
      websites: Array.from({ length: enterprise ? 1 + Math.floor(random() * 3) : 1 }, (_, site) => ({
        name: pick(names),
        domain: site === 0 ? pick(domains) : `site${site}-${index}.com`,
        serviceContent: [enterprise ? '单位门户网站' : '其他'],
        languages: ['中文简体'],
        preApprovals: [],
        remark: '记录日常生活和学习心得的网站，不涉及经营性内容。',
        principal: enterprise && random() < 0.3 ? person(`网站负责人${index}`) : null,
      })),
    };
  });
}

/** Median and best of the rounds: on a shared machine the best shows the cost, the median what a user may wait. */
function summarise(values: number[]): { median: number; best: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, best: sorted[0]! };
}

function time(action: () => void): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

export async function run(): Promise<string[]> {
  const profiles = generateProfiles(COUNT);
  const file = serializeExchangeFile(profiles, new Date('2026-11-29T00:00:00Z'));
  let errorCount = 0;
  let warningCount = 0;
  for (const profile of profiles) {
    const findings = validateProfile(profile, { today: TODAY });
    errorCount += findings.errors.length;
    warningCount += findings.warnings.length;
  }

  const measure = (action: () => void) => {
    const { median, best } = summarise(Array.from({ length: ROUNDS }, () => time(action)));
    return `${median.toFixed(1)} ms median, ${best.toFixed(1)} ms best of ${ROUNDS}`;
  };
  const validate = measure(() => profiles.forEach((profile) => validateProfile(profile, { today: TODAY })));
  const structure = measure(() => readExchangeFile(file));
  const fullImport = measure(() => parseExchangeFile(file, { today: TODAY }));
  const exportTime = measure(() => serializeExchangeFile(profiles));
  return [
    `profiles: ${COUNT} (${profiles.filter((p) => p.subject.type === 'enterprise').length} enterprise, ` +
      `${profiles.reduce((sum, p) => sum + p.websites.length, 0)} websites); findings: ${errorCount} errors, ${warningCount} warnings`,
    `validateProfile × ${COUNT}: ${validate} (goal < ${GOAL_MS} ms)`,
    `readExchangeFile (JSON + schema, ${(file.length / 1024).toFixed(0)} KB file): ${structure}`,
    `parseExchangeFile (JSON + schema + validation): ${fullImport}`,
    `serializeExchangeFile × ${COUNT}: ${exportTime}`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await run()) console.log(line);
}
