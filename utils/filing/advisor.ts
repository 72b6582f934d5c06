/**
 * Filing-type advisor: the decision tree of icp-rules.md §11 as one function over a situation (./situation).
 * `adviseSituation` answers a whole situation at once (the `advise` CLI); `nextStep` walks the same function one
 * question at a time for the panel, each answer setting one fact. Either way the tree asks only for facts on its path.
 */
import { FILING_TYPES, filingTypeLabel, type FilingType } from './filing-types';
import { linePrefix, type Situation, type Want } from './situation';

/** A situation fact the tree can ask about, as its path in the situation format. */
export type FactPath =
  | 'serverInMainland'
  | 'subject.hasRecord'
  | 'subject.shell'
  | 'subject.recordAtTencent'
  | 'subject.kind'
  | 'subject.isLegalRepresentative'
  | 'domain.hasIcpNumberElsewhere'
  | 'domain.staleRecordOfAnotherSubject'
  | 'want';

type FactValue = boolean | string;

export type QuestionId =
  | 'server-region'
  | 'subject-has-record'
  | 'subject-is-shell'
  | 'record-at-tencent'
  | 'want'
  | 'domain-has-icp-number'
  | 'domain-has-stale-record'
  | 'subject-kind'
  | 'is-legal-representative';

export type ResultId =
  | 'no-filing'
  | 'first-filing'
  | 'shell-subject'
  | 'person-to-company'
  | 'access'
  | 'add-site-at-tencent'
  | 'add-site-elsewhere'
  | 'change-subject'
  | 'change-site'
  | 'change-site-principal'
  | 'cancel-site'
  | 'cancel-subject'
  | 'cancel-access'
  | 'change-at-original-isp';

export interface AnswerOption {
  value: string;
  label: string;
  /** The value this answer gives the question's fact. */
  sets: FactValue;
}

export interface Question {
  id: QuestionId;
  fact: FactPath;
  text: string;
  help?: string;
  options: readonly AnswerOption[];
}

/** One thing to do before or after the advised order: a Tencent order type, or (type null) something done elsewhere. */
export interface Step {
  type: FilingType | null;
  what: string;
}

export interface Advice {
  result: ResultId;
  /** The order the situation needs; null when no Tencent order fits (nothing to file, or it is done elsewhere). */
  type: FilingType | null;
  /** What must be done before this order, in order. */
  first: readonly Step[];
  /** Orders to open after this one, in order. */
  followUp: readonly Step[];
  /** What to look for in the console (or what to do when there is no order). */
  consoleWording: string;
  reason: string;
  notes: readonly string[];
  /** icp-rules.md sections the advice rests on. */
  source: string;
}

/** Answers keyed by question; answers to questions off the walked path are ignored. */
export type AdvisorAnswers = Partial<Record<QuestionId, string>>;

export interface AnsweredStep {
  question: Question;
  option: AnswerOption;
}

export type AdvisorStep =
  | { kind: 'question'; question: Question; path: AnsweredStep[] }
  | { kind: 'result'; advice: Advice; path: AnsweredStep[] };

export const FIRST_QUESTION: QuestionId = 'server-region';

const yes = (label: string): AnswerOption => ({ value: 'yes', label, sets: true });
const no = (label: string): AnswerOption => ({ value: 'no', label, sets: false });

const WANT_LABELS: Readonly<Record<Want, string>> = {
  'new-site': '新增一个网站（域名），放在腾讯云服务器上',
  'host-filed-site': '把本主体已在其他服务商备案的网站迁入或同时接入腾讯云',
  'change-subject': '主体信息变了（通信地址、主体负责人、证件等）',
  'change-site': '网站信息变了（网站名称、域名、服务内容等）',
  'change-site-principal': '更换网站负责人',
  'remove-site': '注销某个网站，保留主体',
  'remove-subject': '注销主体及其下所有网站',
  'leave-tencent': '网站不再使用腾讯云服务器（备案保留在其他服务商）',
  'person-to-company': '原来以个人备案，现在要改为以企业（单位）名义备案',
};

export const QUESTIONS: Readonly<Record<QuestionId, Question>> = {
  'server-region': {
    id: 'server-region',
    fact: 'serverInMainland',
    text: '网站将使用哪里的服务器？',
    help: '只有中国大陆地域的腾讯云服务器（包年包月）才能用于备案。',
    options: [
      { value: 'mainland', label: '中国大陆（如广州、上海、北京地域的云服务器或轻量应用服务器）', sets: true },
      { value: 'outside', label: '中国香港、澳门、台湾或境外地域', sets: false },
    ],
  },
  'subject-has-record': {
    id: 'subject-has-record',
    fact: 'subject.hasRecord',
    text: '主办者（个人身份证号或单位证件号）在工信部备案系统里已经有备案记录吗？',
    help: '不确定时，可在工信部备案管理系统（beian.miit.gov.cn）查询。',
    options: [no('没有，从未备案过'), yes('有，已经有主体备案号')],
  },
  'subject-is-shell': {
    id: 'subject-is-shell',
    fact: 'subject.shell',
    text: '该主体是否为“空壳主体”？',
    help: '主体下没有网站、或网站都已不再接入任何服务商时，称为“空壳主体”。',
    options: [no('不是，主体下还有仍接入在某个服务商的网站'), yes('是，主体下已没有仍在接入的网站')],
  },
  'record-at-tencent': {
    id: 'record-at-tencent',
    fact: 'subject.recordAtTencent',
    text: '该主体的备案是在腾讯云办理（接入在腾讯云）的吗？',
    options: [yes('是，原备案在腾讯云'), no('不是，原备案在其他服务商')],
  },
  want: {
    id: 'want',
    fact: 'want',
    text: '这次要办理什么？',
    options: (Object.keys(WANT_LABELS) as Want[]).map((want) => ({ value: want, label: WANT_LABELS[want], sets: want })),
  },
  'domain-has-icp-number': {
    id: 'domain-has-icp-number',
    fact: 'domain.hasIcpNumberElsewhere',
    text: '这个域名是否已经通过其他服务商取得了本主体的备案号？',
    options: [no('没有，是还没有备案号的域名'), yes('有，已在其他服务商备案')],
  },
  'domain-has-stale-record': {
    id: 'domain-has-stale-record',
    fact: 'domain.staleRecordOfAnotherSubject',
    text: '要备案的域名是否还挂着别人（例如域名前持有人）的备案号？',
    options: [no('没有'), yes('有，域名上还有别人的备案号')],
  },
  'subject-kind': {
    id: 'subject-kind',
    fact: 'subject.kind',
    text: '备案主体是个人还是单位？',
    options: [
      { value: 'personal', label: '个人', sets: 'personal' },
      { value: 'enterprise', label: '企业或其他单位', sets: 'enterprise' },
    ],
  },
  'is-legal-representative': {
    id: 'is-legal-representative',
    fact: 'subject.isLegalRepresentative',
    text: '个人备案的主办者本人是这家企业的法定代表人吗？',
    options: [yes('是，本人是法定代表人'), no('不是')],
  },
};

const OFFLINE_NOTE = '备案通过前网站不能被访问：请暂停域名解析、关闭访问或只显示“建设中”页面，否则会被退回。';
const ONE_ORDER_NOTE = '每个腾讯云账号同一时间只能有一个进行中的备案订单；同一主体在管局也只能有一个订单在审核。';
const FOOTER_NOTE = '备案通过后，须在网站首页底部展示备案号，并链接到 https://beian.miit.gov.cn 。';
const EXISTING_SITES_NOTE = '管局会重新核查该主体下已备案的网站：它们须能正常访问、内容与主体性质相符，并在首页底部展示备案号。';
const ACCESS_BEFORE_ADD_NOTE = '接入备案和新增网站不能在同一个订单里办理：既要接入已有备案号的网站、又要新增没有备案号的网站时，先完成接入备案，再办理新增网站。';

const order = (type: FilingType): Step => ({ type, what: filingTypeLabel(type) });

const CANCEL_STALE_RECORD: Step = {
  type: null,
  what: '到域名上旧备案所在省的管局注销该备案（在工信部备案系统的管局公告栏下载注销申请表）',
};
const ACCESS_AT_NEW_PROVIDER: Step = { type: null, what: '在新服务商为该网站办理接入备案' };

type Base = Omit<Advice, 'first' | 'followUp'> & { first?: readonly Step[] };

export const RESULTS: Readonly<Record<ResultId, Base>> = {
  'no-filing': {
    result: 'no-filing',
    type: null,
    consoleWording: '无需备案',
    reason: '服务器不在中国大陆：中国香港、澳门、台湾及境外地域的服务器不需要、也不能用于 ICP 备案。',
    notes: ['如果以后要把网站放到中国大陆地域的服务器上，再回来重新判断。'],
    source: 'icp-rules.md §7, §11',
  },
  'first-filing': {
    result: 'first-filing',
    type: 'first-filing',
    consoleWording: FILING_TYPES['first-filing'].consoleWording,
    reason: '主办者在工信部备案系统中还没有任何备案记录，需要首次备案。',
    notes: [OFFLINE_NOTE, '短信核验：主体负责人和网站负责人都要在 24 小时内完成（同一人只收一条）。', FOOTER_NOTE, ONE_ORDER_NOTE],
    source: 'icp-rules.md §11, §1.1, §5',
  },
  'shell-subject': {
    result: 'shell-subject',
    type: 'first-filing',
    first: [order('cancel-subject')],
    consoleWording: FILING_TYPES['first-filing'].consoleWording,
    reason: '主体下已没有仍在接入的网站（空壳主体），需先注销主体，再办理首次备案（河南管局明确要求先处理空壳主体）。',
    notes: ['注销主体一般需 1–5 个工作日，最长 20 个工作日。', '注销主体的短信核验由主体负责人完成。', ONE_ORDER_NOTE],
    source: 'icp-rules.md §11, §6, §5',
  },
  'person-to-company': {
    result: 'person-to-company',
    type: 'first-filing',
    consoleWording: FILING_TYPES['first-filing'].consoleWording,
    reason: '个人主体改为企业主体，在多数省份不属于“变更”：企业需作为新主体、用企业实名认证的账号办理首次备案（一个腾讯云账号只对应一个主体）。',
    notes: [
      '企业备案需以企业名义办理：主办单位名称与营业执照完全一致，域名持有者也须是该企业（或其法定代表人）。',
      '企业要沿用个人备案下的域名时，域名上的个人备案号会妨碍企业备案：请先向腾讯云或管局确认如何处理个人备案（注销网站或注销主体）。',
    ],
    source: 'icp-rules.md §11, §7, §9',
  },
  access: {
    result: 'access',
    type: 'access',
    consoleWording: FILING_TYPES.access.consoleWording,
    reason: '网站已在其他服务商取得备案号，现在要使用腾讯云服务器，需在腾讯云办理接入备案。',
    notes: [
      '接入备案期间不能修改主体和网站信息；如需修改，先在原服务商办理变更，或接入完成后再变更。',
      ACCESS_BEFORE_ADD_NOTE,
      '腾讯云初审通过后网站即可访问。',
      '短信核验由网站负责人完成；手机号如有变化，需先在原服务商更新。',
      EXISTING_SITES_NOTE,
    ],
    source: 'icp-rules.md §11, §1.1, §5',
  },
  'add-site-at-tencent': {
    result: 'add-site-at-tencent',
    type: 'add-site-at-tencent',
    consoleWording: FILING_TYPES['add-site-at-tencent'].consoleWording,
    reason: '主体已在腾讯云备案，新网站（域名）还没有备案号，需办理新增网站（原备案在腾讯云）。',
    notes: [OFFLINE_NOTE, EXISTING_SITES_NOTE, '短信核验：主体负责人和网站负责人都要完成。'],
    source: 'icp-rules.md §11, §1.1, §5, §13',
  },
  'add-site-elsewhere': {
    result: 'add-site-elsewhere',
    type: 'add-site-elsewhere',
    consoleWording: FILING_TYPES['add-site-elsewhere'].consoleWording,
    reason: '主体的备案在其他服务商，新网站（域名）还没有备案号且要放在腾讯云，需办理新增网站（原备案不在腾讯云）。',
    notes: [OFFLINE_NOTE, EXISTING_SITES_NOTE, ACCESS_BEFORE_ADD_NOTE],
    source: 'icp-rules.md §11, §1.1, §13',
  },
  'change-subject': {
    result: 'change-subject',
    type: 'change-subject',
    consoleWording: FILING_TYPES['change-subject'].consoleWording,
    reason: '主体信息（通信地址、主体负责人、证件等）发生变化，需办理变更备案。',
    notes: ['变更期间网站可以正常访问。', '短信核验由变更涉及的一方（主体负责人或网站负责人）完成。'],
    source: 'icp-rules.md §11, §1.1, §5',
  },
  'change-site': {
    result: 'change-site',
    type: 'change-site',
    consoleWording: FILING_TYPES['change-site'].consoleWording,
    reason: '只有网站信息（网站名称、域名、服务内容、单位备案的网站负责人等）发生变化，需办理变更网站（控制台现称变更服务）。',
    notes: ['个人备案要更换网站负责人时，需办理变更备案，而不是变更网站。', '变更期间网站可以正常访问。'],
    source: 'icp-rules.md §11, §1.1',
  },
  'change-site-principal': {
    result: 'change-site-principal',
    type: 'change-subject',
    consoleWording: FILING_TYPES['change-subject'].consoleWording,
    reason: '个人备案更换网站负责人，需办理变更备案，而不是变更网站。',
    notes: ['变更期间网站可以正常访问。', '短信核验由变更涉及的负责人完成。'],
    source: 'icp-rules.md §11, §5',
  },
  'cancel-site': {
    result: 'cancel-site',
    type: 'cancel-site',
    consoleWording: FILING_TYPES['cancel-site'].consoleWording,
    reason: '只注销某个网站、保留主体，需办理注销网站（控制台现称注销服务）。',
    notes: ['短信核验由该网站的网站负责人完成。'],
    source: 'icp-rules.md §11, §5',
  },
  'cancel-subject': {
    result: 'cancel-subject',
    type: 'cancel-subject',
    consoleWording: FILING_TYPES['cancel-subject'].consoleWording,
    reason: '要注销主体及其下所有网站，需办理注销主体。',
    notes: ['注销主体一般需 1–5 个工作日，最长 20 个工作日。', '短信核验由主体负责人完成。'],
    source: 'icp-rules.md §11, §6, §5',
  },
  'cancel-access': {
    result: 'cancel-access',
    type: 'cancel-access',
    first: [ACCESS_AT_NEW_PROVIDER],
    consoleWording: FILING_TYPES['cancel-access'].consoleWording,
    reason: '网站不再使用腾讯云服务器、备案保留在其他服务商，需办理取消接入网站；没有任何服务商接入的网站，管局可能注销其备案号，所以先在新服务商接入。',
    notes: ['取消接入不需要短信核验。'],
    source: 'icp-rules.md §11, §5',
  },
  'change-at-original-isp': {
    result: 'change-at-original-isp',
    type: null,
    consoleWording: '在原服务商办理',
    reason: '腾讯云只能变更或注销在腾讯云办理的备案；备案在其他服务商时，变更和注销请在原服务商办理。',
    notes: ['如果之后要把网站接入腾讯云，可以先在原服务商改好信息，再办理接入备案（接入期间不能修改信息）。'],
    source: 'icp-rules.md §11',
  },
};

type Decision =
  | { kind: 'ask'; question: QuestionId }
  | { kind: 'refuse'; message: string }
  | { kind: 'advise'; result: ResultId; first?: Step[]; because?: string };

const ask = (question: QuestionId): Decision => ({ kind: 'ask', question });
const refuse = (message: string): Decision => ({ kind: 'refuse', message });
const decided = (result: ResultId, extra: { first?: Step[]; because?: string } = {}): Decision => ({ kind: 'advise', result, ...extra });

/** A new domain goes before the 管局: someone else's record on it must be cancelled first (§11, §9). */
function newDomain(situation: Situation, result: ResultId): Decision {
  const stale = situation.domain?.staleRecordOfAnotherSubject;
  if (stale === undefined) return ask('domain-has-stale-record');
  return decided(result, stale ? { first: [CANCEL_STALE_RECORD], because: '域名上还挂着别人的备案号，须先注销它。' } : {});
}

function personToCompany(situation: Situation): Decision {
  const subject = situation.subject ?? {};
  if (subject.kind === 'enterprise') {
    return refuse('want 为 person-to-company（个人改为企业），subject.kind 却是 enterprise：subject 应描述原来的个人主体，请把 subject.kind 改为 personal。');
  }
  if (subject.isLegalRepresentative === undefined) return ask('is-legal-representative');
  return decided('person-to-company', {
    because: subject.isLegalRepresentative
      ? '本人是企业法定代表人：部分省份允许这种情况通过变更备案把个人主体改为企业，办理前请向腾讯云或当地管局确认；不允许时按首次备案办理。'
      : '本人不是企业法定代表人，不能通过变更备案改为企业。',
  });
}

/** The §11 tree over what is known: the next fact to ask, a contradiction, or the advice. */
function decide(situation: Situation): Decision {
  const subject = situation.subject ?? {};
  const { want } = situation;
  if (situation.serverInMainland === undefined) return ask('server-region');
  if (!situation.serverInMainland) return decided('no-filing');

  if (subject.hasRecord === undefined) return ask('subject-has-record');
  if (!subject.hasRecord) {
    if (want !== undefined && want !== 'new-site') {
      return refuse(`subject.hasRecord 为 false（主体从未备案），want 却是 ${want}：没有备案就无从${WANT_LABELS[want]}。为新网站备案请把 want 设为 new-site。`);
    }
    if (situation.domain?.hasIcpNumberElsewhere) {
      return refuse('subject.hasRecord 为 false（主体从未备案），domain.hasIcpNumberElsewhere 却为 true：域名上别人的备案号请用 domain.staleRecordOfAnotherSubject 表示。');
    }
    return newDomain(situation, 'first-filing');
  }

  if (subject.shell === undefined) return ask('subject-is-shell');
  if (subject.shell) {
    if (want === undefined) return ask('want');
    if (want === 'new-site' || want === 'host-filed-site') return newDomain(situation, 'shell-subject');
    if (want === 'remove-subject') return decided('cancel-subject');
    if (want === 'person-to-company') return personToCompany(situation);
    return refuse(`subject.shell 为 true（空壳主体：没有仍在接入的网站），want 为 ${want} 无法办理：空壳主体需先注销主体，再重新首次备案（want 设为 new-site 或 remove-subject）。`);
  }

  if (subject.recordAtTencent === undefined) return ask('record-at-tencent');
  if (want === undefined) return ask('want');
  const hasIcpNumber = situation.domain?.hasIcpNumberElsewhere;
  switch (want) {
    case 'new-site':
      if (hasIcpNumber === undefined) return ask('domain-has-icp-number');
      // A domain already filed for this subject is not a new site: it is hosted by 接入备案 (§11).
      if (hasIcpNumber) return decided('access', { because: '这个域名已有本主体的备案号，不是新网站。' });
      return newDomain(situation, subject.recordAtTencent ? 'add-site-at-tencent' : 'add-site-elsewhere');
    case 'host-filed-site':
      if (hasIcpNumber === false) {
        return refuse('want 为 host-filed-site（网站已在其他服务商备案），domain.hasIcpNumberElsewhere 却为 false：还没有备案号的网站请把 want 设为 new-site。');
      }
      return decided('access');
    case 'person-to-company':
      return personToCompany(situation);
    case 'leave-tencent':
      if (!subject.recordAtTencent) {
        return refuse('want 为 leave-tencent（取消在腾讯云的接入），subject.recordAtTencent 却为 false：备案不在腾讯云，就没有可取消的腾讯云接入。');
      }
      return decided('cancel-access');
  }
  if (!subject.recordAtTencent) return decided('change-at-original-isp');
  switch (want) {
    case 'change-subject':
      return decided('change-subject');
    case 'change-site':
      return decided('change-site');
    case 'change-site-principal':
      if (subject.kind === undefined) return ask('subject-kind');
      return decided(subject.kind === 'personal' ? 'change-site-principal' : 'change-site');
    case 'remove-site':
      return decided('cancel-site');
    case 'remove-subject':
      return decided('cancel-subject');
  }
}

function adviceOf(decision: Extract<Decision, { kind: 'advise' }>): Advice {
  const { first = [], ...base } = RESULTS[decision.result];
  return {
    ...base,
    first: [...first, ...(decision.first ?? [])],
    followUp: [],
    reason: `${base.reason}${decision.because ?? ''}`,
  };
}

/** A fact of a situation by its path; undefined when not given. */
export function factOf(situation: Situation, path: FactPath): FactValue | undefined {
  const [group, key] = path.split('.') as [string, string | undefined];
  if (key === undefined) return situation[group as 'serverInMainland' | 'want'];
  return (situation[group as 'subject' | 'domain'] as Record<string, FactValue | undefined> | undefined)?.[key];
}

function withFact(situation: Situation, path: FactPath, value: FactValue): Situation {
  const [group, key] = path.split('.') as [string, string | undefined];
  if (key === undefined) return { ...situation, [group]: value };
  return { ...situation, [group]: { ...(situation[group as 'subject' | 'domain'] ?? {}), [key]: value } };
}

export type SituationAnswer =
  | { kind: 'advice'; advice: Advice }
  /** A fact the tree needs is missing: the question to answer. */
  | { kind: 'question'; question: Question; fact: FactPath }
  /** The facts contradict each other. */
  | { kind: 'refused'; message: string };

/** The advice for a whole situation; the one function behind both the panel's walk and the `advise` CLI. */
export function adviseSituation(situation: Situation): SituationAnswer {
  const decision = decide(situation);
  if (decision.kind === 'advise') return { kind: 'advice', advice: adviceOf(decision) };
  if (decision.kind === 'refuse') return { kind: 'refused', message: decision.message };
  const question = QUESTIONS[decision.question];
  return { kind: 'question', question: { ...question, options: offeredOptions(question, situation) }, fact: question.fact };
}

/** The answers that do not contradict what is already known (the panel never offers a dead end). */
function offeredOptions(question: Question, situation: Situation): AnswerOption[] {
  return question.options.filter((option) => decide(withFact(situation, question.fact, option.sets)).kind !== 'refuse');
}

/** The Chinese message for a situation the advisor cannot answer: the missing fact's question, or the contradiction. */
export function unansweredMessage(answer: Exclude<SituationAnswer, { kind: 'advice' }>, line: number | null = null): string {
  if (answer.kind === 'refused') return `${linePrefix(line)}${answer.message}`;
  const choices = answer.question.options.map((option) => `${JSON.stringify(option.sets)}（${option.label}）`).join('、');
  return `${linePrefix(line)}缺少「${answer.fact}」，请回答：${answer.question.text}可填 ${choices}。`;
}

/** The `advise` CLI's record of an advice. */
export interface AdviceRecord {
  type: FilingType | null;
  first: readonly Step[];
  followUp: readonly Step[];
  result: ResultId;
  consoleWording: string;
  why: string;
  source: string;
}

export function adviceRecord(advice: Advice): AdviceRecord {
  const { type, first, followUp, result, consoleWording, reason, source } = advice;
  return { type, first, followUp, result, consoleWording, why: reason, source };
}

/** Walks the tree from the first question along the given answers, up to the first unanswered question or a result. */
export function nextStep(answers: AdvisorAnswers): AdvisorStep {
  const path: AnsweredStep[] = [];
  let situation: Situation = {};
  for (;;) {
    const answer = adviseSituation(situation);
    // Only offered options are applied, so the walk never reaches a contradiction.
    if (answer.kind === 'refused') throw new Error(answer.message);
    if (answer.kind === 'advice') return { kind: 'result', advice: answer.advice, path };
    const { question } = answer;
    // An unknown value (for example saved before the tree changed) counts as unanswered.
    const option = question.options.find((candidate) => candidate.value === answers[question.id]);
    if (!option) return { kind: 'question', question, path };
    path.push({ question, option });
    situation = withFact(situation, question.fact, option.sets);
  }
}

/** The advice for a complete set of answers, or null while a question on the path is still open. */
export function advise(answers: AdvisorAnswers): Advice | null {
  const step = nextStep(answers);
  return step.kind === 'result' ? step.advice : null;
}

/** The answers with the last answered question on the walked path removed (the "上一步" action). */
export function withoutLastAnswer(answers: AdvisorAnswers): AdvisorAnswers {
  const kept: AdvisorAnswers = {};
  for (const step of nextStep(answers).path.slice(0, -1)) kept[step.question.id] = step.option.value;
  return kept;
}
