import { describe, expect, it } from 'vitest';
import { blockersOf, runChecklist, type ChecklistInput, type ChecklistProfile, type PlannedOrder } from '@/utils/filing/checklist';
import type { ChecklistFacts } from '@/utils/filing/facts';
import type { FilingType } from '@/utils/filing/filing-types';
import { PERSONAL_SITE_PLEDGE } from '@/utils/names/provinces';
import { BEIJING_ID, GUANGDONG_ID, HENAN_ID, TODAY, enterpriseProfile, goodFacts, itemOf, personalProfile } from './fixtures';

function run(overrides: Partial<ChecklistInput> & { filingType?: FilingType } = {}) {
  const { filingType = 'first-filing', ...rest } = overrides;
  return runChecklist({ profile: personalProfile(), order: { filingType }, facts: goodFacts(), today: TODAY, ...rest });
}

function withFacts(change: (facts: ChecklistFacts) => void): ChecklistFacts {
  const facts = structuredClone(goodFacts());
  change(facts);
  return facts;
}

const statusOf = (items: ReturnType<typeof run>, id: string) => itemOf(items, id).status;

describe('runChecklist: a clean personal first filing', () => {
  const items = run();

  it('has no blockers, and every item carries a Chinese reason and a source', () => {
    expect(blockersOf(items)).toEqual([]);
    for (const item of items) {
      expect(item.reason).toMatch(/[\u4e00-\u9fff]/);
      expect(item.source).toMatch(/icp-rules\.md §|seed-tencent-filing-notes/);
    }
  });

  it('covers every group that applies to a first filing', () => {
    expect(new Set(items.map((item) => item.group))).toEqual(new Set(['cloud', 'domain', 'account', 'order', 'site', 'province', 'sms', 'tip']));
  });

  it('turns every fact-based item unknown, with a question, when no facts are entered', () => {
    const bare = run({ facts: undefined });
    for (const item of bare.filter((candidate) => candidate.asks && !candidate.advice)) {
      expect(item.status, item.id).toBe('unknown');
      expect(item.reason, item.id).toMatch(/^请|请确认|请填写|请选择/);
    }
    expect(blockersOf(bare)).toEqual([]);
  });
});

describe('cloud resource rules (§7)', () => {
  it('resource ownership: own server, or enough enterprise authorisation codes', () => {
    expect(statusOf(run(), 'cloud.resource')).toBe('pass');
    const withCodes = (fromEnterprise: boolean | undefined, count: number | undefined) =>
      itemOf(
        run({ facts: withFacts((facts) => Object.assign(facts.server!, { source: 'auth-code', authCodeFromEnterprise: fromEnterprise, authCodeCount: count })) }),
        'cloud.resource',
      );
    expect(withCodes(true, 1).status).toBe('pass');
    expect(withCodes(false, 1)).toMatchObject({ status: 'fail', reason: expect.stringContaining('企业认证') });
    expect(withCodes(undefined, 1).status).toBe('unknown');
    const enterpriseTwoSites = runChecklist({
      profile: enterpriseProfile('广东省', ['a.com', 'b.com']),
      order: { filingType: 'first-filing' },
      facts: withFacts((facts) => Object.assign(facts.server!, { source: 'auth-code', authCodeFromEnterprise: true, authCodeCount: 1 })),
      today: TODAY,
    });
    expect(itemOf(enterpriseTwoSites, 'cloud.resource')).toMatchObject({ status: 'fail', reason: expect.stringContaining('一个授权码只能用于一个网站') });
    expect(statusOf(run({ facts: withFacts((facts) => delete facts.server!.source) }), 'cloud.resource')).toBe('unknown');
  });

  it.each([
    ['cloud.mainland', 'mainland'],
    ['cloud.prepaid', 'prepaid'],
  ] as const)('%s follows the yes/no fact', (id, field) => {
    expect(statusOf(run({ facts: withFacts((facts) => (facts.server![field] = false)) }), id)).toBe('fail');
    expect(statusOf(run({ facts: withFacts((facts) => delete facts.server![field]) }), id)).toBe('unknown');
    expect(statusOf(run(), id)).toBe('pass');
  });

  it('purchase length: at least 3 months including renewals', () => {
    const purchase = (purchasedOn: string, expiresOn: string) =>
      itemOf(run({ facts: withFacts((facts) => Object.assign(facts.server!, { purchasedOn, expiresOn })) }), 'cloud.purchase-length');
    expect(purchase('2026-10-31', '2027-01-31').status).toBe('pass');
    expect(purchase('2026-10-31', '2027-01-30')).toMatchObject({ status: 'fail', reason: expect.stringContaining('2027-01-31') });
    expect(statusOf(run({ facts: withFacts((facts) => delete facts.server!.purchasedOn) }), 'cloud.purchase-length')).toBe('unknown');
  });

  it('remaining validity: at least 1 month from today', () => {
    const remaining = (expiresOn: string) =>
      itemOf(run({ facts: withFacts((facts) => Object.assign(facts.server!, { purchasedOn: '2026-01-01', expiresOn })) }), 'cloud.remaining');
    expect(remaining('2026-12-30').status).toBe('pass');
    expect(remaining('2026-12-29')).toMatchObject({ status: 'fail', reason: expect.stringContaining('续费') });
    expect(statusOf(run({ facts: withFacts((facts) => delete facts.server!.expiresOn) }), 'cloud.remaining')).toBe('unknown');
  });

  it('at most 5 websites per server, counting those already filed', () => {
    const perServer = (already: number | undefined) =>
      itemOf(run({ facts: withFacts((facts) => (facts.server!.websitesAlreadyFiled = already)) }), 'cloud.sites-per-server');
    expect(perServer(4).status).toBe('pass');
    expect(perServer(5)).toMatchObject({ status: 'fail', reason: expect.stringContaining('共 6 个') });
    expect(perServer(undefined).status).toBe('unknown');
  });

  it('does not ask about the server when the site comes with an authorisation code, nor for orders that file no website', () => {
    const withCode = run({ facts: withFacts((facts) => (facts.server!.source = 'auth-code')) });
    expect(withCode.some((item) => item.id === 'cloud.sites-per-server')).toBe(false);
    expect(run({ filingType: 'change-site' }).some((item) => item.group === 'cloud')).toBe(false);
  });
});

describe('domain rules (§9)', () => {
  const forDomain = (domain: string, facts: ChecklistFacts = goodFacts([domain]), profile = personalProfile()) =>
    runChecklist({
      profile: { ...profile, websites: [{ ...profile.websites[0]!, domain }] },
      order: { filingType: 'first-filing' },
      facts,
      today: TODAY,
    });

  it('TLD: approved passes, refused fails, unlisted asks for a 域名.信息 look-up', () => {
    expect(statusOf(forDomain('example.cn'), 'domain.tld:example.cn')).toBe('pass');
    expect(itemOf(forDomain('example.io'), 'domain.tld:example.io')).toMatchObject({ status: 'fail', reason: expect.stringContaining('不支持备案') });
    const unlisted = itemOf(forDomain('example.studio'), 'domain.tld:example.studio');
    expect(unlisted).toMatchObject({ status: 'unknown', asks: [{ key: 'domain.tldConfirmedFileable', domain: 'example.studio' }] });
    const confirmed = (answer: boolean) =>
      itemOf(
        forDomain('example.studio', withFacts((facts) => (facts.domains = { 'example.studio': { tldConfirmedFileable: answer } }))),
        'domain.tld:example.studio',
      ).status;
    expect(confirmed(true)).toBe('pass');
    expect(confirmed(false)).toBe('fail');
  });

  it('TLD: province refusals fail only where they apply; .co asks for a 域名.信息 look-up', () => {
    const status = (domain: string, profile: ChecklistProfile) => statusOf(forDomain(domain, goodFacts([domain]), profile), `domain.tld:${domain}`);
    expect(status('example.asia', enterpriseProfile('北京市'))).toBe('fail');
    expect(status('example.asia', enterpriseProfile('上海市'))).toBe('pass');
    expect(status('example.tv', personalProfile({ province: '上海市' }))).toBe('fail');
    expect(status('example.tv', enterpriseProfile('上海市'))).toBe('pass');
    expect(status('example.tv', personalProfile({ province: '北京市' }))).toBe('pass');
    const co = itemOf(forDomain('example.co'), 'domain.tld:example.co');
    expect(co).toMatchObject({ status: 'unknown', reason: expect.stringContaining('矛盾'), asks: [{ key: 'domain.tldConfirmedFileable', domain: 'example.co' }] });
  });

  it('TLD: a malformed domain fails with the profile checker message', () => {
    expect(itemOf(forDomain('https://example.com/'), 'domain.tld:https://example.com/')).toMatchObject({
      status: 'fail',
      reason: expect.stringContaining('协议头'),
    });
  });

  it('real-name wait: 3 natural days for Tencent domains', () => {
    const verified = (realNameVerifiedOn: string) =>
      itemOf(run({ facts: withFacts((facts) => (facts.domains!['example.com']!.realNameVerifiedOn = realNameVerifiedOn)) }), 'domain.real-name:example.com');
    expect(verified('2026-11-27').status).toBe('pass');
    expect(verified('2026-11-28')).toMatchObject({ status: 'fail', reason: expect.stringContaining('最早 2026-12-01') });
  });

  it('real-name wait: 3 working days elsewhere, skipping the National Day holiday and counting its make-up Saturday', () => {
    const facts = withFacts((all) => Object.assign(all.domains!['example.com']!, { registrar: 'other', realNameVerifiedOn: '2026-09-30' }));
    const on = (today: string) => itemOf(runChecklist({ profile: personalProfile(), order: { filingType: 'first-filing' }, facts, today }), 'domain.real-name:example.com');
    expect(on('2026-10-09')).toMatchObject({ status: 'fail', reason: expect.stringContaining('2026-10-10') });
    expect(on('2026-10-10').status).toBe('pass');
    expect(statusOf(run({ facts: withFacts((all) => delete all.domains!['example.com']!.registrar) }), 'domain.real-name:example.com')).toBe('unknown');
  });

  it('holder must equal the subject; the fix differs for persons and companies', () => {
    const notHolder = withFacts((facts) => (facts.domains!['example.com']!.holderMatchesSubject = false));
    expect(itemOf(run({ facts: notHolder }), 'domain.holder:example.com')).toMatchObject({ status: 'fail', reason: expect.stringContaining('证件号码') });
    const company = runChecklist({ profile: enterpriseProfile(), order: { filingType: 'first-filing' }, facts: notHolder, today: TODAY });
    expect(itemOf(company, 'domain.holder:example.com')).toMatchObject({ status: 'fail', reason: expect.stringContaining('法定代表人') });
    expect(statusOf(run(), 'domain.holder:example.com')).toBe('pass');
  });

  it('registration validity, with the 安徽/河南 3-month and 上海 6-month extras', () => {
    const expiring = (expiresOn: string, province = '广东省') =>
      itemOf(
        runChecklist({
          profile: personalProfile({ province }),
          order: { filingType: 'first-filing' },
          facts: withFacts((facts) => (facts.domains!['example.com']!.expiresOn = expiresOn)),
          today: TODAY,
        }),
        'domain.validity:example.com',
      );
    expect(expiring('2026-11-29').status).toBe('fail');
    expect(expiring('2026-11-30').status).toBe('pass');
    expect(expiring('2027-02-28', '安徽省').status).toBe('fail');
    expect(expiring('2027-03-01', '河南省').status).toBe('pass');
    expect(expiring('2027-05-30', '上海市')).toMatchObject({ status: 'fail', reason: expect.stringContaining('6 个月') });
    expect(expiring('2027-05-31', '上海市').status).toBe('pass');
    expect(statusOf(run({ facts: withFacts((facts) => delete facts.domains!['example.com']!.expiresOn) }), 'domain.validity:example.com')).toBe('unknown');
  });

  it('only orders that bring new domains check them', () => {
    for (const filingType of ['access', 'change-site', 'cancel-site'] as const) {
      expect(run({ filingType }).some((item) => item.group === 'domain'), filingType).toBe(false);
    }
    expect(run({ filingType: 'add-site-elsewhere' }).some((item) => item.group === 'domain')).toBe(true);
  });
});

describe('account rules (§1.1)', () => {
  const verifiedOn = (date: string) => withFacts((facts) => (facts.account!.realNameVerifiedOn = date));

  it('personal accounts wait 48 h after real-name verification', () => {
    expect(statusOf(run({ facts: verifiedOn('2026-11-27') }), 'account.real-name-48h')).toBe('pass');
    expect(itemOf(run({ facts: verifiedOn('2026-11-28') }), 'account.real-name-48h')).toMatchObject({ status: 'unknown', reason: expect.stringContaining('具体时刻') });
    expect(itemOf(run({ facts: verifiedOn('2026-11-29') }), 'account.real-name-48h')).toMatchObject({ status: 'fail', reason: expect.stringContaining('48 小时') });
  });

  it('the 48 h rule does not apply to enterprises or to accounts that already filed at Tencent', () => {
    const company = runChecklist({ profile: enterpriseProfile(), order: { filingType: 'first-filing' }, facts: verifiedOn('2026-11-30'), today: TODAY });
    expect(company.some((item) => item.id === 'account.real-name-48h')).toBe(false);
    expect(run({ filingType: 'add-site-at-tencent', facts: verifiedOn('2026-11-30') }).some((item) => item.id === 'account.real-name-48h')).toBe(false);
  });

  it('one order in flight per account, for every filing type', () => {
    const busy = withFacts((facts) => (facts.account!.orderInFlight = true));
    for (const filingType of ['first-filing', 'cancel-access'] as const) {
      expect(itemOf(run({ filingType, facts: busy }), 'account.one-order')).toMatchObject({ status: 'fail', reason: expect.stringContaining('只能有一个订单') });
      expect(statusOf(run({ filingType }), 'account.one-order')).toBe('pass');
    }
  });
});

describe('order size (§1.4, §8)', () => {
  const order = (profile: ChecklistProfile, planned: Omit<PlannedOrder, 'filingType'>) =>
    itemOf(runChecklist({ profile, order: { filingType: 'first-filing', ...planned }, facts: goodFacts(), today: TODAY }), 'order.website-count');

  it('personal: one website per order', () => {
    expect(order(personalProfile(), {}).status).toBe('pass');
    expect(order(personalProfile(), { websiteCount: 2 })).toMatchObject({ status: 'fail', reason: expect.stringContaining('个人备案每个订单只能提交 1 个网站') });
  });

  it('enterprise: 10 nationally, lower in capped provinces', () => {
    expect(order(enterpriseProfile(), { websiteCount: 10 }).status).toBe('pass');
    expect(order(enterpriseProfile(), { websiteCount: 11 }).status).toBe('fail');
    expect(order(enterpriseProfile('河南省'), { websiteCount: 5 }).status).toBe('pass');
    expect(order(enterpriseProfile('河南省'), { websiteCount: 6 })).toMatchObject({ status: 'fail', reason: expect.stringContaining('河南管局') });
    expect(order(enterpriseProfile('湖北省'), { websiteCount: 2 }).status).toBe('fail');
    expect(order(enterpriseProfile('山西省'), { websiteCount: 3 }).status).toBe('pass');
    expect(order(enterpriseProfile('福建省'), { websiteCount: 5 }).status).toBe('fail');
  });

  it('counts the planned domains when no website count is given, and wants one domain per website', () => {
    const profile = enterpriseProfile('湖南省', ['a.com', 'b.com']);
    expect(order(profile, { domains: ['a.com'] }).status).toBe('pass');
    expect(order(profile, {}).status).toBe('fail');
    const items = runChecklist({ profile, order: { filingType: 'first-filing', websiteCount: 1, domains: ['a.com', 'b.com'] }, facts: goodFacts(), today: TODAY });
    expect(itemOf(items, 'order.one-domain-per-site').status).toBe('fail');
    expect(run().some((item) => item.id === 'order.one-domain-per-site')).toBe(false);
  });
});

describe('site reachability and the footer number (§1.1, §13)', () => {
  it('first filing and 新增网站: the site must be offline until approval', () => {
    const online = withFacts((facts) => (facts.site!.offline = false));
    for (const filingType of ['first-filing', 'add-site-at-tencent', 'add-site-elsewhere'] as const) {
      expect(itemOf(run({ filingType, facts: online }), 'site.offline')).toMatchObject({ status: 'fail', reason: expect.stringContaining('建设中') });
      expect(statusOf(run({ filingType }), 'site.offline')).toBe('pass');
    }
    for (const filingType of ['access', 'change-site'] as const) {
      expect(run({ filingType, facts: online }).some((item) => item.id === 'site.offline'), filingType).toBe(false);
    }
  });

  it('orders on an existing record need the filed sites online with their number', () => {
    const missing = withFacts((facts) => (facts.site!.existingShowIcpNumber = false));
    expect(statusOf(run({ filingType: 'access', facts: missing }), 'site.existing-sites')).toBe('fail');
    expect(statusOf(run({ filingType: 'change-subject' }), 'site.existing-sites')).toBe('pass');
    expect(run().some((item) => item.id === 'site.existing-sites')).toBe(false);
  });

  it('the footer duty after approval must be acknowledged for new sites', () => {
    expect(statusOf(run(), 'site.footer-duty')).toBe('pass');
    expect(statusOf(run({ facts: withFacts((facts) => delete facts.site!.footerDutyAcknowledged) }), 'site.footer-duty')).toBe('unknown');
    expect(statusOf(run({ facts: withFacts((facts) => (facts.site!.footerDutyAcknowledged = false)) }), 'site.footer-duty')).toBe('fail');
  });
});

describe('province requirements (§1.2, §2.4, §10)', () => {
  const personalIn = (province: string, certificateNumber = GUANGDONG_ID, facts = goodFacts(), filingType: FilingType = 'first-filing') =>
    runChecklist({ profile: personalProfile({ province, certificateNumber }), order: { filingType }, facts, today: TODAY });
  const companyIn = (province: string, profile = enterpriseProfile(province), facts = goodFacts()) =>
    runChecklist({ profile, order: { filingType: 'first-filing' }, facts, today: TODAY });

  it('local ID for personal filers in the §10.1 provinces, read from the ID prefix', () => {
    expect(itemOf(personalIn('河南省', GUANGDONG_ID), 'province.local-id')).toMatchObject({ status: 'fail', reason: expect.stringContaining('签发地为广东') });
    expect(statusOf(personalIn('河南省', HENAN_ID), 'province.local-id')).toBe('pass');
    const passport = runChecklist({
      profile: personalProfile({ province: '河南省', certificateType: '护照', certificateNumber: 'E12345678' }),
      order: { filingType: 'first-filing' },
      facts: goodFacts(),
      today: TODAY,
    });
    expect(statusOf(passport, 'province.local-id')).toBe('unknown');
  });

  it('an ID from another province elsewhere needs a residence proof', () => {
    const ready = (answer: boolean | undefined) => withFacts((facts) => (facts.province = { residenceProofReady: answer }));
    expect(statusOf(personalIn('广东省', BEIJING_ID, ready(undefined)), 'province.residence-proof')).toBe('unknown');
    expect(statusOf(personalIn('广东省', BEIJING_ID, ready(false)), 'province.residence-proof')).toBe('fail');
    expect(statusOf(personalIn('广东省', BEIJING_ID, ready(true)), 'province.residence-proof')).toBe('pass');
    expect(itemOf(personalIn('广东省', GUANGDONG_ID), 'province.local-id').status).toBe('pass');
  });

  it('mobile registered in the province, where required', () => {
    const mobile = (answer: boolean | undefined) => withFacts((facts) => (facts.province = { mobileRegisteredInProvince: answer }));
    expect(itemOf(personalIn('天津市', BEIJING_ID, mobile(undefined)), 'province.local-mobile')).toMatchObject({ status: 'unknown', reason: expect.stringContaining('13800138000') });
    expect(statusOf(personalIn('天津市', BEIJING_ID, mobile(false)), 'province.local-mobile')).toBe('fail');
    expect(statusOf(personalIn('天津市', BEIJING_ID, mobile(true)), 'province.local-mobile')).toBe('pass');
    expect(personalIn('广东省').some((item) => item.id === 'province.local-mobile')).toBe(false);
  });

  it('江苏 enterprises need a landline', () => {
    const jiangsu = enterpriseProfile('江苏省');
    expect(statusOf(companyIn('江苏省', jiangsu), 'province.landline')).toBe('pass');
    const withMobile = { ...jiangsu, principal: { ...jiangsu.principal, officePhone: '13900139000' } };
    expect(itemOf(companyIn('江苏省', withMobile), 'province.landline')).toMatchObject({ status: 'fail', reason: expect.stringContaining('不是固定电话') });
    expect(companyIn('广东省').some((item) => item.id === 'province.landline')).toBe(false);
  });

  it('内蒙古/山东/广西 personal remarks carry the pledge verbatim', () => {
    const shandong = personalProfile({ province: '山东省' });
    const check = (profile: ChecklistProfile) => itemOf(runChecklist({ profile, order: { filingType: 'first-filing' }, facts: goodFacts(), today: TODAY }), 'province.pledge');
    expect(check(shandong)).toMatchObject({ status: 'fail', reason: expect.stringContaining('“山间小记”') });
    const pledged = { ...shandong, websites: [{ ...shandong.websites[0]!, remark: `记录徒步路线。\n${PERSONAL_SITE_PLEDGE}` }] };
    expect(check(pledged).status).toBe('pass');
  });

  it('the enterprise 负责人 must be the legal representative in the §1.2 provinces', () => {
    expect(statusOf(companyIn('广东省'), 'province.legal-representative')).toBe('pass');
    const other = enterpriseProfile('广东省');
    const notRepresentative = { ...other, principal: { ...other.principal, name: '王五', certificateNumber: HENAN_ID } };
    expect(statusOf(companyIn('广东省', notRepresentative), 'province.legal-representative')).toBe('fail');
    const unnamed = { ...other, subject: { ...other.subject, legalRepresentative: null } };
    expect(itemOf(companyIn('广东省', unnamed), 'province.legal-representative')).toMatchObject({
      status: 'unknown',
      asks: [{ key: 'province.principalIsLegalRepresentative' }],
    });
    const said = withFacts((facts) => (facts.province = { principalIsLegalRepresentative: true }));
    expect(statusOf(companyIn('广东省', unnamed, said), 'province.legal-representative')).toBe('pass');
    expect(companyIn('北京市').some((item) => item.id === 'province.legal-representative')).toBe(false);
  });

  it('authorisation letters for a 负责人 who is not the legal representative', () => {
    const jilin = enterpriseProfile('吉林省');
    expect(statusOf(companyIn('吉林省', jilin), 'province.principal-letter')).toBe('pass');
    const delegated = { ...jilin, principal: { ...jilin.principal, name: '王五', certificateNumber: HENAN_ID } };
    expect(statusOf(companyIn('吉林省', delegated), 'province.principal-letter')).toBe('unknown');
    const letter = (answer: boolean) => withFacts((facts) => (facts.province = { principalAuthorisationLetterReady: answer }));
    expect(statusOf(companyIn('吉林省', delegated, letter(false)), 'province.principal-letter')).toBe('fail');
    expect(statusOf(companyIn('吉林省', delegated, letter(true)), 'province.principal-letter')).toBe('pass');

    const shanghai = enterpriseProfile('上海市');
    expect(companyIn('上海市', shanghai).some((item) => item.id === 'province.site-principal-letter')).toBe(false);
    const siteManager = { name: '赵六', certificateType: '居民身份证', certificateNumber: BEIJING_ID, mobile: '13700137000' };
    const withManager = { ...shanghai, websites: [{ ...shanghai.websites[0]!, principal: siteManager }] };
    expect(itemOf(companyIn('上海市', withManager), 'province.site-principal-letter')).toMatchObject({ status: 'unknown', reason: expect.stringContaining('赵六') });
    const siteLetter = (answer: boolean) => withFacts((facts) => (facts.province = { sitePrincipalAuthorisationLetterReady: answer }));
    expect(itemOf(companyIn('上海市', withManager, siteLetter(false)), 'province.site-principal-letter')).toMatchObject({ status: 'fail', reason: expect.stringContaining('赵六') });
    expect(statusOf(companyIn('上海市', withManager, siteLetter(true)), 'province.site-principal-letter')).toBe('pass');
  });

  it('documents the province wants for new domains', () => {
    const documents = itemOf(companyIn('江苏省'), 'province.documents');
    expect(documents).toMatchObject({ status: 'unknown', reason: expect.stringContaining('域名证书') });
    expect(itemOf(personalIn('新疆维吾尔自治区'), 'province.documents').reason).toContain('网站党建备案信息确认函');
    expect(companyIn('陕西省').some((item) => item.id === 'province.documents')).toBe(false);
    const fiveDomains = enterpriseProfile('陕西省', ['a.com', 'b.com', 'c.com', 'd.com', 'e.com']);
    expect(companyIn('陕西省', fiveDomains, goodFacts(['a.com', 'b.com', 'c.com', 'd.com', 'e.com'])).some((item) => item.id === 'province.documents')).toBe(true);
  });

  it('asks for the province when the profile names none it knows', () => {
    expect(itemOf(personalIn('火星'), 'province.known')).toMatchObject({ status: 'unknown', reason: expect.stringContaining('火星') });
  });
});

describe('SMS recipients (§5)', () => {
  it('first filing: one code when the subject and site 负责人 are the same person', () => {
    const sms = itemOf(run(), 'sms.recipients');
    expect(sms.status).toBe('pass');
    expect(sms.reason).toContain('主体负责人、网站负责人 张三（13800138000）');
  });

  it('names each distinct phone and the role for the filing type', () => {
    const company = enterpriseProfile();
    const manager = { name: '赵六', certificateType: '居民身份证', certificateNumber: BEIJING_ID, mobile: '13700137000' };
    const profile = { ...company, websites: [{ ...company.websites[0]!, principal: manager }] };
    const reason = (filingType: FilingType) => itemOf(runChecklist({ profile, order: { filingType }, facts: goodFacts(), today: TODAY }), 'sms.recipients').reason;
    expect(reason('first-filing')).toMatch(/主体负责人 李四.*网站负责人 赵六/);
    expect(reason('access')).not.toContain('李四');
    expect(reason('cancel-subject')).not.toContain('赵六');
    expect(reason('cancel-access')).toContain('不需要短信核验');
  });

  it('fails when a recipient has no usable mobile', () => {
    const profile = personalProfile();
    const broken = { ...profile, principal: { ...profile.principal, mobile: '1380013800' } };
    const sms = itemOf(runChecklist({ profile: broken, order: { filingType: 'first-filing' }, facts: goodFacts(), today: TODAY }), 'sms.recipients');
    expect(sms).toMatchObject({ status: 'fail', reason: expect.stringContaining('1380013800') });
  });
});

describe('advice (建议)', () => {
  it('is labelled as advice, never fails and never blocks', () => {
    const bare = run({ facts: undefined, today: '2026-12-05' });
    const tips = bare.filter((item) => item.group === 'tip');
    expect(tips.map((item) => item.id)).toEqual(['tip.tencent-domain', 'tip.plan-domains', 'tip.submit-early-week']);
    for (const tip of tips) {
      expect(tip.advice).toBe(true);
      expect(tip.status).not.toBe('fail');
      expect(tip.title.startsWith('建议')).toBe(true);
    }
  });

  it('notes when the advice is already followed', () => {
    expect(statusOf(run(), 'tip.tencent-domain')).toBe('pass');
    expect(statusOf(run({ facts: withFacts((facts) => (facts.domains!['example.com']!.registrar = 'other')) }), 'tip.tencent-domain')).toBe('unknown');
    expect(statusOf(run({ today: '2026-12-02' }), 'tip.submit-early-week')).toBe('pass');
    expect(statusOf(run({ today: '2026-12-03' }), 'tip.submit-early-week')).toBe('unknown');
    expect(statusOf(run({ today: '2026-10-05' }), 'tip.submit-early-week')).toBe('unknown');
  });
});

describe('blockersOf', () => {
  it('returns exactly the failed rules', () => {
    const facts = withFacts((all) => {
      all.server!.prepaid = false;
      all.account!.orderInFlight = true;
      all.domains!['example.com']!.holderMatchesSubject = false;
      all.domains!['example.com']!.registrar = 'other';
    });
    const items = run({ facts, today: '2026-12-03' });
    expect(blockersOf(items).map((item) => item.id)).toEqual(['cloud.prepaid', 'domain.holder:example.com', 'account.one-order']);
  });

  it('accepts a Date for today', () => {
    // 2026-11-30 12:00 in Beijing.
    const items = run({ today: new Date('2026-11-30T04:00:00Z'), facts: withFacts((facts) => (facts.account!.realNameVerifiedOn = '2026-11-27')) });
    expect(statusOf(items, 'account.real-name-48h')).toBe('pass');
  });
});
