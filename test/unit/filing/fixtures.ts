import type { ChecklistFacts } from '@/utils/filing/facts';
import type { ChecklistItem, ChecklistProfile } from '@/utils/filing/checklist';

/** A Monday, a working day. */
export const TODAY = '2026-11-30';

export const GUANGDONG_ID = '440305199001010018';
export const HENAN_ID = '410105199001010011';
export const BEIJING_ID = '11010519491231002X';

export function personalProfile(overrides: { province?: string; certificateNumber?: string; certificateType?: string } = {}): ChecklistProfile {
  const certificateType = overrides.certificateType ?? '居民身份证';
  const certificateNumber = overrides.certificateNumber ?? GUANGDONG_ID;
  return {
    subject: {
      type: 'personal',
      province: overrides.province ?? '广东省',
      name: '张三',
      certificateType,
      certificateNumber,
      remark: '',
      legalRepresentative: null,
    },
    principal: { name: '张三', certificateType, certificateNumber, mobile: '13800138000', officePhone: '' },
    websites: [{ name: '山间小记', domain: 'example.com', remark: '记录徒步路线和沿途照片的个人笔记。', principal: null }],
  };
}

export function enterpriseProfile(province = '广东省', domains: string[] = ['example.com']): ChecklistProfile {
  return {
    subject: {
      type: 'enterprise',
      province,
      name: '深圳市示例科技有限公司',
      certificateType: '营业执照',
      certificateNumber: '91110000101623741K',
      remark: '',
      legalRepresentative: { name: '李四', certificateType: '居民身份证', certificateNumber: GUANGDONG_ID },
    },
    principal: { name: '李四', certificateType: '居民身份证', certificateNumber: GUANGDONG_ID, mobile: '13900139000', officePhone: '0755-86013388' },
    websites: domains.map((domain, index) => ({ name: `示例产品介绍${index + 1}`, domain, remark: '', principal: null })),
  };
}

/** Facts under which every fact-based rule of a first filing for example.com passes. */
export function goodFacts(domains: string[] = ['example.com']): ChecklistFacts {
  return {
    server: { source: 'own', mainland: true, prepaid: true, purchasedOn: '2026-06-01', expiresOn: '2027-06-01', websitesAlreadyFiled: 0 },
    domains: Object.fromEntries(
      domains.map((domain) => [domain, { registrar: 'tencent' as const, realNameVerifiedOn: '2026-10-01', holderMatchesSubject: true, expiresOn: '2028-01-01' }]),
    ),
    account: { realNameVerifiedOn: '2026-01-05', orderInFlight: false },
    site: { offline: true, existingShowIcpNumber: true, footerDutyAcknowledged: true },
    province: {},
  };
}

export function itemOf(items: readonly ChecklistItem[], id: string): ChecklistItem {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`No checklist item ${id}; have ${items.map((candidate) => candidate.id).join(', ')}`);
  return item;
}
