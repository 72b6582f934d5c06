/**
 * One situation per branch and special case of icp-rules.md §11, with the answer the rule text gives
 * (written from the rules, not from the advisor's output). `first` lists the types of the steps to do before
 * the order (null: done outside the Tencent console).
 */
import type { FilingType } from '@/utils/filing/filing-types';
import type { ResultId } from '@/utils/filing/advisor';
import type { Situation } from '@/utils/filing/situation';

export interface SituationCase {
  name: string;
  situation: Situation;
  type: FilingType | null;
  result: ResultId;
  first: (FilingType | null)[];
  /** Text the reason (`why`) must contain. */
  why?: string;
  /** Text one of the panel notes must contain. */
  note?: string;
}

const base = (subject: Situation['subject'], want: Situation['want'], domain: Situation['domain'] = {}): Situation => ({
  serverInMainland: true,
  subject: { kind: 'personal', province: '广东省', ...subject },
  domain,
  want,
});
const atTencent = { hasRecord: true, shell: false, recordAtTencent: true } as const;
const elsewhere = { hasRecord: true, shell: false, recordAtTencent: false } as const;
const newDomain = { hasIcpNumberElsewhere: false, staleRecordOfAnotherSubject: false } as const;

export const SITUATIONS: SituationCase[] = [
  { name: 'server outside the mainland', situation: { serverInMainland: false, want: 'new-site' }, type: null, result: 'no-filing', first: [], why: '不在中国大陆' },
  {
    name: 'subject never filed',
    situation: base({ hasRecord: false }, 'new-site', newDomain),
    type: 'first-filing',
    result: 'first-filing',
    first: [],
    note: '只能有一个进行中的备案订单',
  },
  {
    name: 'subject never filed, domain with someone else’s stale record',
    situation: base({ hasRecord: false }, 'new-site', { staleRecordOfAnotherSubject: true }),
    type: 'first-filing',
    result: 'first-filing',
    first: [null],
    why: '别人的备案号',
  },
  {
    name: 'shell subject wanting a new site',
    situation: base({ hasRecord: true, shell: true }, 'new-site', { staleRecordOfAnotherSubject: false }),
    type: 'first-filing',
    result: 'shell-subject',
    first: ['cancel-subject'],
    why: '空壳主体',
  },
  {
    name: 'shell subject in Henan',
    situation: base({ hasRecord: true, shell: true, province: '河南省' }, 'new-site', { staleRecordOfAnotherSubject: false }),
    type: 'first-filing',
    result: 'shell-subject',
    first: ['cancel-subject'],
    why: '河南管局明确要求先处理空壳主体',
  },
  {
    name: 'shell subject whose domain also carries a stale record',
    situation: base({ hasRecord: true, shell: true }, 'new-site', { staleRecordOfAnotherSubject: true }),
    type: 'first-filing',
    result: 'shell-subject',
    first: ['cancel-subject', null],
  },
  { name: 'shell subject to be removed', situation: base({ hasRecord: true, shell: true }, 'remove-subject'), type: 'cancel-subject', result: 'cancel-subject', first: [] },
  { name: 'record at Tencent: new site', situation: base(atTencent, 'new-site', newDomain), type: 'add-site-at-tencent', result: 'add-site-at-tencent', first: [] },
  {
    name: 'record at Tencent: new site on a domain with a stale record',
    situation: base(atTencent, 'new-site', { hasIcpNumberElsewhere: false, staleRecordOfAnotherSubject: true }),
    type: 'add-site-at-tencent',
    result: 'add-site-at-tencent',
    first: [null],
  },
  {
    name: 'record at Tencent: a site filed at another provider moves here',
    situation: base(atTencent, 'host-filed-site', { hasIcpNumberElsewhere: true }),
    type: 'access',
    result: 'access',
    first: [],
    note: '接入备案期间不能修改主体和网站信息',
  },
  {
    name: 'record at Tencent: the "new" site’s domain already has this subject’s number elsewhere',
    situation: base(atTencent, 'new-site', { hasIcpNumberElsewhere: true }),
    type: 'access',
    result: 'access',
    first: [],
    why: '不是新网站',
  },
  { name: 'record at Tencent: subject info changed', situation: base(atTencent, 'change-subject'), type: 'change-subject', result: 'change-subject', first: [] },
  { name: 'record at Tencent: site info changed', situation: base(atTencent, 'change-site'), type: 'change-site', result: 'change-site', first: [] },
  {
    name: 'personal filer changing the 网站负责人',
    situation: base({ ...atTencent, kind: 'personal' }, 'change-site-principal'),
    type: 'change-subject',
    result: 'change-site-principal',
    first: [],
    why: '变更备案',
  },
  {
    name: 'enterprise changing the 网站负责人',
    situation: base({ ...atTencent, kind: 'enterprise' }, 'change-site-principal'),
    type: 'change-site',
    result: 'change-site',
    first: [],
  },
  { name: 'record at Tencent: remove one site', situation: base(atTencent, 'remove-site'), type: 'cancel-site', result: 'cancel-site', first: [] },
  { name: 'record at Tencent: remove the subject', situation: base(atTencent, 'remove-subject'), type: 'cancel-subject', result: 'cancel-subject', first: [] },
  {
    name: 'record at Tencent: the site leaves Tencent servers',
    situation: base(atTencent, 'leave-tencent'),
    type: 'cancel-access',
    result: 'cancel-access',
    first: [null],
    why: '管局可能注销其备案号',
  },
  {
    name: 'personal → enterprise, not the legal representative',
    situation: base({ ...atTencent, isLegalRepresentative: false }, 'person-to-company'),
    type: 'first-filing',
    result: 'person-to-company',
    first: [],
    why: '新主体',
  },
  {
    name: 'personal → enterprise, the person is the 法定代表人',
    situation: base({ ...elsewhere, isLegalRepresentative: true }, 'person-to-company'),
    type: 'first-filing',
    result: 'person-to-company',
    first: [],
    why: '部分省份允许这种情况通过变更备案',
  },
  {
    name: 'record elsewhere: the filed site moves to Tencent (接入 before any 新增)',
    situation: base(elsewhere, 'host-filed-site'),
    type: 'access',
    result: 'access',
    first: [],
    note: '先完成接入备案，再办理新增网站',
  },
  {
    name: 'record elsewhere: a new domain hosted on Tencent',
    situation: base(elsewhere, 'new-site', newDomain),
    type: 'add-site-elsewhere',
    result: 'add-site-elsewhere',
    first: [],
    note: '先完成接入备案',
  },
  {
    name: 'record elsewhere: the new site’s domain already has an ICP number at another provider',
    situation: base(elsewhere, 'new-site', { hasIcpNumberElsewhere: true }),
    type: 'access',
    result: 'access',
    first: [],
  },
  {
    name: 'record elsewhere: a change wanted',
    situation: base(elsewhere, 'change-site'),
    type: null,
    result: 'change-at-original-isp',
    first: [],
    why: '原服务商办理',
  },
  { name: 'record elsewhere: subject change wanted', situation: base(elsewhere, 'change-subject'), type: null, result: 'change-at-original-isp', first: [] },
  { name: 'record elsewhere: a personal 网站负责人 change', situation: base(elsewhere, 'change-site-principal'), type: null, result: 'change-at-original-isp', first: [] },
  { name: 'record elsewhere: removal wanted', situation: base(elsewhere, 'remove-subject'), type: null, result: 'change-at-original-isp', first: [] },
];
