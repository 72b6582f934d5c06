import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EXCHANGE_FORMAT,
  checkExchangeFile,
  parseExchangeFile,
  readExchangeFile,
  serializeExchangeFile,
  type Profile,
} from '@/utils/profile';
import { TODAY, enterpriseProfile, fixtureText, personalProfile } from './fixtures';

const file = (body: Record<string, unknown>) => JSON.stringify({ format: EXCHANGE_FORMAT, version: 1, ...body });
const withProfiles = (...profiles: unknown[]) => file({ profiles });

function errorsOf(text: string) {
  const result = readExchangeFile(text);
  return result.ok ? [] : result.errors;
}

describe('reading version-1 files', () => {
  it('imports the format example as it is', () => {
    const result = parseExchangeFile(fixtureText('personal.json'), { today: TODAY });
    expect(result).toEqual({ ok: true, profiles: [personalProfile()], warnings: [] });
  });

  it('keeps the checklist object verbatim and both websites of the enterprise fixture', () => {
    const result = parseExchangeFile(fixtureText('enterprise-two-sites.json'), { today: TODAY });
    expect(result.ok && result.profiles[0]).toEqual(enterpriseProfile());
  });

  it.each([
    ['malformed.json', '', '第 6 行'],
    ['wrong-format.json', 'format', '"beian-helper.profile"'],
    ['version-99.json', 'version', '文件格式版本为 99'],
  ])('refuses %s with one Chinese error at %j', (name, path, detail) => {
    expect(errorsOf(fixtureText(name))).toEqual([{ path, message: expect.stringContaining(detail) }]);
  });

  it.each([
    [JSON.stringify({ version: 1, profiles: [] }), 'format', '缺少格式标识（format 字段）'],
    [JSON.stringify({ format: 'beian-helper.profiles.encrypted', version: 1 }), 'format', '加密导出'],
    [file({ version: '1', profiles: [] }), 'version', '正整数'],
    [file({ version: 1.5, profiles: [] }), 'version', '正整数'],
    [file({ version: 0, profiles: [] }), 'version', '正整数'],
    [file({ profiles: {} }), 'profiles', '列表'],
    [file({}), 'profiles', '缺少 profiles'],
    ['[]', '', 'JSON 对象'],
    ['', '', '不是有效的 JSON'],
  ])('refuses %s at %s', (text, path, detail) => {
    expect(errorsOf(text)).toEqual([{ path, message: expect.stringContaining(detail) }]);
  });

  it('accepts a byte-order mark and an exportedAt with Z, refuses an exportedAt without offset', () => {
    expect(readExchangeFile(`\uFEFF${file({ exportedAt: '2026-11-29T00:00:00Z', profiles: [] })}`)).toEqual({ ok: true, profiles: [], warnings: [] });
    expect(errorsOf(file({ exportedAt: '2026-11-29 08:00', profiles: [] }))).toEqual([{ path: 'exportedAt', message: expect.any(String) }]);
  });

  it('names missing keys and wrong types by their console label and absolute path', () => {
    const { mobile: _mobile, ...principal } = personalProfile().principal;
    const broken = { ...personalProfile(), principal: { ...principal, email: 42 }, subject: { ...personalProfile().subject, type: 'company' } };
    expect(errorsOf(withProfiles(personalProfile(), broken))).toEqual([
      { path: 'profiles[1].subject.type', message: '「主体信息 · 主办单位性质」只能是 "personal"（个人）或 "enterprise"（企业），当前为 "company"。' },
      { path: 'profiles[1].principal.mobile', message: '缺少必填项「主体负责人 · 手机号码」，请补上（没有内容时可以填空文本 ""）。' },
      { path: 'profiles[1].principal.email', message: '「主体负责人 · 电子邮箱」应为文本，当前是数字。' },
    ]);
  });

  it('requires at least one website and a principal key (null allowed) on each website', () => {
    const { principal: _principal, ...site } = personalProfile().websites[0]!;
    expect(errorsOf(withProfiles({ ...personalProfile(), websites: [] }))).toEqual([
      { path: 'profiles[0].websites', message: '「网站信息」至少需要一个网站。' },
    ]);
    expect(errorsOf(withProfiles({ ...personalProfile(), websites: [site] }))).toEqual([
      { path: 'profiles[0].websites[0].principal', message: expect.stringContaining('缺少必填项「网站信息（第 1 个） · 网站负责人」') },
    ]);
  });

  it('warns about unknown keys and drops them', () => {
    const extra = { ...personalProfile(), nickname: '小张', principal: { ...personalProfile().principal, wechat: 'zs' } };
    const result = readExchangeFile(file({ generator: 'x', profiles: [extra] }));
    expect(result).toEqual({
      ok: true,
      profiles: [personalProfile()],
      warnings: [
        { path: 'generator', message: expect.stringContaining('未知字段「generator」') },
        { path: 'profiles[0].principal.wechat', message: expect.stringContaining('未知字段「wechat」') },
        { path: 'profiles[0].nickname', message: expect.stringContaining('未知字段「nickname」') },
      ],
    });
  });

  it('generates missing ids, replaces unusable ones with a warning, and refuses duplicates', () => {
    const { id: _id, ...withoutId } = personalProfile();
    const read = readExchangeFile(withProfiles(withoutId, { ...personalProfile(), id: '张三的档案' }));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.profiles.map((profile) => profile.id)).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/), expect.stringMatching(/^[0-9a-f-]{36}$/)]);
    expect(read.warnings).toEqual([{ path: 'profiles[1].id', message: expect.stringContaining('新生成的编号') }]);
    expect(errorsOf(withProfiles(personalProfile(), personalProfile()))).toEqual([
      { path: 'profiles[1].id', message: expect.stringContaining('与 profiles[0] 重复') },
    ]);
  });
});

describe('filing rules on files', () => {
  const severalProblems = fixtureText('several-problems.json');

  it('checkExchangeFile reports every error and warning with its absolute path', () => {
    const { errors, warnings } = checkExchangeFile(severalProblems, { today: TODAY });
    expect(errors.map((issue) => issue.path)).toEqual([
      'profiles[1].subject.certificateNumber',
      'profiles[1].principal.certificateNumber',
      'profiles[1].principal.certificateValidTo',
      'profiles[1].principal.mobile',
      'profiles[1].principal.emergencyPhone',
      'profiles[1].principal.email',
      'profiles[1].websites[0].domain',
      'profiles[1].websites[0].domain',
    ]);
    expect(warnings.map((issue) => issue.path)).toEqual([
      'generator',
      'profiles[0].principal.wechat',
      'profiles[0].subject.certificateNumber',
      'profiles[0].principal.certificateValidTo',
      'profiles[0].websites[0].domain',
    ]);
  });

  it('parseExchangeFile refuses a file with filing errors; readExchangeFile takes its structure', () => {
    const parsed = parseExchangeFile(severalProblems, { today: TODAY });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toHaveLength(8);
    const read = readExchangeFile(severalProblems);
    expect(read.ok && read.profiles.map((profile) => profile.label)).toEqual(['上海某公司 · 企业', '钱七 · 个人']);
  });

  it('a structurally broken profile does not hide the filing errors of the others', () => {
    const badMobile = { ...enterpriseProfile(), principal: { ...enterpriseProfile().principal, mobile: '1' } };
    const { errors } = checkExchangeFile(withProfiles({ label: 'only a label' }, badMobile), { today: TODAY });
    expect(errors.map((issue) => issue.path)).toEqual([
      'profiles[0].subject',
      'profiles[0].principal',
      'profiles[0].websites',
      'profiles[1].principal.mobile',
    ]);
  });

  it('accepts a file with warnings only, passing the warnings on', () => {
    const subdomain = personalProfile();
    subdomain.websites[0]!.domain = 'www.example.com';
    const result = parseExchangeFile(withProfiles(subdomain), { today: TODAY });
    expect(result).toMatchObject({ ok: true, warnings: [{ path: 'profiles[0].websites[0].domain' }] });
  });
});

describe('writing version-1 files', () => {
  it('writes the envelope and profile keys in the format’s order, China time stamp, no undefined keys', () => {
    const text = serializeExchangeFile([enterpriseProfile(), personalProfile()], new Date('2026-11-29T00:00:00.000Z'));
    const written = JSON.parse(text);
    expect(Object.keys(written)).toEqual(['format', 'version', 'exportedAt', 'profiles']);
    expect(written.exportedAt).toBe('2026-11-29T08:00:00+08:00');
    expect(Object.keys(written.profiles[0])).toEqual(['id', 'label', 'subject', 'principal', 'websites', 'checklist']);
    expect(Object.keys(written.profiles[0].subject).slice(0, 3)).toEqual(['type', 'province', 'city']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toContain('undefined');
  });

  it('the exported format example reads back identically', () => {
    const text = serializeExchangeFile([personalProfile()]);
    expect(parseExchangeFile(text, { today: TODAY })).toEqual({ ok: true, profiles: [personalProfile()], warnings: [] });
  });

  it('every structurally valid profile survives export and import unchanged', () => {
    const text = fc.string({ maxLength: 12 });
    const person = fc.record(
      {
        name: text, certificateType: text, certificateNumber: text, certificateValidFrom: text, certificateValidTo: text,
        mobile: text, emergencyPhone: text, email: text, officePhone: text,
      },
      { requiredKeys: ['name', 'certificateType', 'certificateNumber', 'certificateValidFrom', 'certificateValidTo', 'mobile', 'emergencyPhone', 'email'] },
    );
    const profile: fc.Arbitrary<Profile> = fc.record(
      {
        id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,20}$/),
        label: text,
        subject: fc.record(
          {
            type: fc.constantFrom('personal' as const, 'enterprise' as const), province: text, city: text, district: text,
            name: text, certificateType: text, certificateNumber: text, certificateAddress: text, mailingAddress: text,
            investor: text, remark: text,
            legalRepresentative: fc.option(fc.record({ name: text, certificateType: text, certificateNumber: text })),
          },
          { requiredKeys: ['type', 'province', 'city', 'name', 'certificateType', 'certificateNumber', 'certificateAddress', 'mailingAddress'] },
        ),
        principal: person,
        websites: fc.array(
          fc.record(
            {
              name: text, domain: text, homepageUrl: text, serviceContent: fc.array(text, { maxLength: 3 }),
              languages: fc.array(text, { maxLength: 3 }), preApprovals: fc.array(text, { maxLength: 2 }), remark: text,
              principal: fc.option(person),
            },
            { requiredKeys: ['name', 'domain', 'serviceContent', 'languages', 'preApprovals', 'remark', 'principal'] },
          ),
          { minLength: 1, maxLength: 3 },
        ),
        checklist: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 })),
      },
      { requiredKeys: ['id', 'label', 'subject', 'principal', 'websites'] },
    );
    fc.assert(
      fc.property(fc.uniqueArray(profile, { maxLength: 3, selector: (p) => p.id }), (profiles) => {
        const read = readExchangeFile(serializeExchangeFile(profiles));
        expect(read).toEqual({ ok: true, profiles: JSON.parse(JSON.stringify(profiles)), warnings: [] });
      }),
      { numRuns: 150 },
    );
  });
});

describe('a CSV file', () => {
  it.each([
    ['comma-separated', '姓名,证件号码,手机号码\n张三,11010519491231002X,13800138000\n'],
    ['tab-separated with a BOM', '\uFEFF姓名\t证件号码\n张三\t11010519491231002X\n'],
  ])('is recognised (%s) and answered with the format the importer takes', (_, text) => {
    const result = readExchangeFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.message).toContain('CSV');
    expect(result.errors[0]!.message).toContain('JSON 档案文件');
    expect(result.errors[0]!.message).not.toContain('不是有效的 JSON');
  });

  it('does not mistake broken JSON for CSV', () => {
    const result = readExchangeFile('{"format": "beian-helper.profiles", ');
    expect(!result.ok && result.errors[0]!.message).toContain('不是有效的 JSON');
  });
});
