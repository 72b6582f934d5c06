/**
 * Filing-type advisor: the decision tree of icp-rules.md §11 as data, and a walker over it.
 * Questions lead to questions or to results; a result names the order type to open now,
 * the console wording, why, and any order that must follow.
 */
import { FILING_TYPES, type FilingType } from './filing-types';

export type QuestionId =
  | 'server-region'
  | 'subject-has-record'
  | 'domain-has-stale-record'
  | 'subject-is-shell'
  | 'record-at-tencent'
  | 'goal-record-at-tencent'
  | 'goal-record-elsewhere';

export type ResultId =
  | 'no-filing'
  | 'first-filing'
  | 'clear-stale-domain-record'
  | 'shell-subject'
  | 'person-to-company'
  | 'access'
  | 'access-then-add-site'
  | 'add-site-at-tencent'
  | 'add-site-elsewhere'
  | 'change-subject'
  | 'change-site'
  | 'cancel-site'
  | 'cancel-subject'
  | 'cancel-access'
  | 'change-at-original-isp';

export type AnswerTarget = { question: QuestionId } | { result: ResultId };

export interface AnswerOption {
  value: string;
  label: string;
  next: AnswerTarget;
}

export interface Question {
  id: QuestionId;
  text: string;
  help?: string;
  options: readonly AnswerOption[];
}

export interface Advice {
  result: ResultId;
  /** The order to open now; null when no Tencent order fits (nothing to file, or something to do elsewhere first). */
  type: FilingType | null;
  /** What to look for in the console (or what to do when there is no order). */
  consoleWording: string;
  reason: string;
  notes: readonly string[];
  /** icp-rules.md sections the advice rests on. */
  source: string;
  /** Orders to open after this one, in order. */
  followUp: readonly FilingType[];
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

const PERSON_TO_COMPANY: AnswerOption = {
  value: 'person-to-company',
  label: '原来以个人备案，现在要改为以企业（单位）名义备案',
  next: { result: 'person-to-company' },
};

const ACCESS_THEN_ADD: AnswerOption = {
  value: 'access-and-add',
  label: '既要把已有备案号的网站接入腾讯云，又要新增没有备案号的网站',
  next: { result: 'access-then-add-site' },
};

export const QUESTIONS: Readonly<Record<QuestionId, Question>> = {
  'server-region': {
    id: 'server-region',
    text: '网站将使用哪里的服务器？',
    help: '只有中国大陆地域的腾讯云服务器（包年包月）才能用于备案。',
    options: [
      { value: 'mainland', label: '中国大陆（如广州、上海、北京地域的云服务器或轻量应用服务器）', next: { question: 'subject-has-record' } },
      { value: 'outside', label: '中国香港、澳门、台湾或境外地域', next: { result: 'no-filing' } },
    ],
  },
  'subject-has-record': {
    id: 'subject-has-record',
    text: '主办者（个人身份证号或单位证件号）在工信部备案系统里已经有备案记录吗？',
    help: '不确定时，可在工信部备案管理系统（beian.miit.gov.cn）查询。',
    options: [
      { value: 'no', label: '没有，从未备案过', next: { question: 'domain-has-stale-record' } },
      { value: 'yes', label: '有，已经有主体备案号', next: { question: 'subject-is-shell' } },
    ],
  },
  'domain-has-stale-record': {
    id: 'domain-has-stale-record',
    text: '要备案的域名是否还挂着别人（例如域名前持有人）的备案号？',
    options: [
      { value: 'no', label: '没有', next: { result: 'first-filing' } },
      { value: 'yes', label: '有，域名上还有别人的备案号', next: { result: 'clear-stale-domain-record' } },
    ],
  },
  'subject-is-shell': {
    id: 'subject-is-shell',
    text: '该主体下是否还有已备案、且仍接入在某个服务商的网站？',
    help: '主体下没有网站、或网站都已不再接入任何服务商时，称为“空壳主体”。',
    options: [
      { value: 'yes', label: '有', next: { question: 'record-at-tencent' } },
      { value: 'no', label: '没有（空壳主体）', next: { result: 'shell-subject' } },
    ],
  },
  'record-at-tencent': {
    id: 'record-at-tencent',
    text: '该主体的备案是在腾讯云办理（接入在腾讯云）的吗？',
    options: [
      { value: 'yes', label: '是，原备案在腾讯云', next: { question: 'goal-record-at-tencent' } },
      { value: 'no', label: '不是，原备案在其他服务商', next: { question: 'goal-record-elsewhere' } },
    ],
  },
  'goal-record-at-tencent': {
    id: 'goal-record-at-tencent',
    text: '这次要办理什么？',
    options: [
      { value: 'add-site', label: '新增一个还没有备案号的网站（域名）', next: { result: 'add-site-at-tencent' } },
      { value: 'access', label: '把本主体已在其他服务商备案的网站接入腾讯云', next: { result: 'access' } },
      ACCESS_THEN_ADD,
      { value: 'change-subject', label: '主体信息变了（通信地址、主体负责人、证件等）', next: { result: 'change-subject' } },
      { value: 'change-site', label: '只有网站信息变了（网站名称、域名、服务内容等）', next: { result: 'change-site' } },
      { value: 'cancel-site', label: '注销某个网站，保留主体', next: { result: 'cancel-site' } },
      { value: 'cancel-subject', label: '注销主体及其下所有网站', next: { result: 'cancel-subject' } },
      { value: 'cancel-access', label: '网站不再使用腾讯云服务器（备案保留在其他服务商）', next: { result: 'cancel-access' } },
      PERSON_TO_COMPANY,
    ],
  },
  'goal-record-elsewhere': {
    id: 'goal-record-elsewhere',
    text: '这次要办理什么？',
    options: [
      { value: 'access', label: '域名已在其他服务商取得备案号，现在要放到腾讯云服务器上', next: { result: 'access' } },
      { value: 'add-site', label: '新增一个还没有备案号的网站（域名），放在腾讯云服务器上', next: { result: 'add-site-elsewhere' } },
      ACCESS_THEN_ADD,
      { value: 'change-or-cancel', label: '修改或注销已有的备案信息', next: { result: 'change-at-original-isp' } },
      PERSON_TO_COMPANY,
    ],
  },
};

const OFFLINE_NOTE = '备案通过前网站不能被访问：请暂停域名解析、关闭访问或只显示“建设中”页面，否则会被退回。';
const ONE_ORDER_NOTE = '每个腾讯云账号同一时间只能有一个进行中的备案订单。';
const FOOTER_NOTE = '备案通过后，须在网站首页底部展示备案号，并链接到 https://beian.miit.gov.cn 。';
const EXISTING_SITES_NOTE = '管局会重新核查该主体下已备案的网站：它们须能正常访问、内容与主体性质相符，并在首页底部展示备案号。';

export const RESULTS: Readonly<Record<ResultId, Advice>> = {
  'no-filing': {
    result: 'no-filing',
    type: null,
    consoleWording: '无需备案',
    reason: '服务器不在中国大陆：中国香港、澳门、台湾及境外地域的服务器不需要、也不能用于 ICP 备案。',
    notes: ['如果以后要把网站放到中国大陆地域的服务器上，再回来重新判断。'],
    source: 'icp-rules.md §7, §11',
    followUp: [],
  },
  'first-filing': {
    result: 'first-filing',
    type: 'first-filing',
    consoleWording: FILING_TYPES['first-filing'].consoleWording,
    reason: '主办者在工信部备案系统中还没有任何备案记录，需要首次备案。',
    notes: [OFFLINE_NOTE, '短信核验：主体负责人和网站负责人都要在 24 小时内完成（同一人只收一条）。', FOOTER_NOTE, ONE_ORDER_NOTE],
    source: 'icp-rules.md §11, §1.1, §5',
    followUp: [],
  },
  'clear-stale-domain-record': {
    result: 'clear-stale-domain-record',
    type: null,
    consoleWording: '先注销域名上的旧备案',
    reason: '域名上还挂着别人的备案号，需先到该备案所在省管局办理注销（在工信部备案系统的管局公告栏下载注销申请表），注销后再办理首次备案。',
    notes: ['注销完成前无法用该域名提交首次备案。'],
    source: 'icp-rules.md §11, §9',
    followUp: ['first-filing'],
  },
  'shell-subject': {
    result: 'shell-subject',
    type: 'cancel-subject',
    consoleWording: FILING_TYPES['cancel-subject'].consoleWording,
    reason: '主体下已没有仍在接入的网站（空壳主体），需先注销主体，再办理首次备案。',
    notes: ['注销主体一般需 1–5 个工作日，最长 20 个工作日。', '河南要求先处理空壳主体。', '注销主体的短信核验由主体负责人完成。'],
    source: 'icp-rules.md §11, §6, §5',
    followUp: ['first-filing'],
  },
  'person-to-company': {
    result: 'person-to-company',
    type: 'first-filing',
    consoleWording: FILING_TYPES['first-filing'].consoleWording,
    reason: '个人主体改为企业主体，在多数省份不属于“变更”：企业需作为新主体、用企业实名认证的账号办理首次备案（一个腾讯云账号只对应一个主体）。',
    notes: [
      '部分省份在本人是企业法定代表人时允许通过变更备案把个人改为企业，办理前请向腾讯云或当地管局确认。',
      '企业备案需以企业名义办理：主办单位名称与营业执照完全一致，域名持有者也须是该企业（或其法定代表人）。',
    ],
    source: 'icp-rules.md §11, §7',
    followUp: [],
  },
  access: {
    result: 'access',
    type: 'access',
    consoleWording: FILING_TYPES.access.consoleWording,
    reason: '网站已在其他服务商取得备案号，现在要使用腾讯云服务器，需在腾讯云办理接入备案。',
    notes: [
      '接入备案期间不能修改主体和网站信息；如需修改，先在原服务商办理变更，或接入完成后再变更。',
      '腾讯云初审通过后网站即可访问。',
      '短信核验由网站负责人完成；手机号如有变化，需先在原服务商更新。',
      EXISTING_SITES_NOTE,
    ],
    source: 'icp-rules.md §11, §1.1, §5',
    followUp: [],
  },
  'access-then-add-site': {
    result: 'access-then-add-site',
    type: 'access',
    consoleWording: FILING_TYPES.access.consoleWording,
    reason: '接入备案和新增网站不能在同一个订单里办理，必须先完成接入备案；接入成功后备案就在腾讯云，再办理新增网站（原备案在腾讯云）。',
    notes: [ONE_ORDER_NOTE, EXISTING_SITES_NOTE],
    source: 'icp-rules.md §11, §1.1',
    followUp: ['add-site-at-tencent'],
  },
  'add-site-at-tencent': {
    result: 'add-site-at-tencent',
    type: 'add-site-at-tencent',
    consoleWording: FILING_TYPES['add-site-at-tencent'].consoleWording,
    reason: '主体已在腾讯云备案，新网站（域名）还没有备案号，需办理新增网站（原备案在腾讯云）。',
    notes: [OFFLINE_NOTE, EXISTING_SITES_NOTE, '短信核验：主体负责人和网站负责人都要完成。'],
    source: 'icp-rules.md §11, §1.1, §5, §13',
    followUp: [],
  },
  'add-site-elsewhere': {
    result: 'add-site-elsewhere',
    type: 'add-site-elsewhere',
    consoleWording: FILING_TYPES['add-site-elsewhere'].consoleWording,
    reason: '主体的备案在其他服务商，新网站（域名）还没有备案号且要放在腾讯云，需办理新增网站（原备案不在腾讯云）。',
    notes: [
      OFFLINE_NOTE,
      EXISTING_SITES_NOTE,
      '如果还要把已有备案号的网站接入腾讯云，必须先办接入备案，再办新增网站。',
    ],
    source: 'icp-rules.md §11, §1.1, §13',
    followUp: [],
  },
  'change-subject': {
    result: 'change-subject',
    type: 'change-subject',
    consoleWording: FILING_TYPES['change-subject'].consoleWording,
    reason: '主体信息（通信地址、主体负责人、证件等）发生变化，需办理变更备案。',
    notes: ['变更期间网站可以正常访问。', '短信核验由变更涉及的一方（主体负责人或网站负责人）完成。'],
    source: 'icp-rules.md §11, §1.1, §5',
    followUp: [],
  },
  'change-site': {
    result: 'change-site',
    type: 'change-site',
    consoleWording: FILING_TYPES['change-site'].consoleWording,
    reason: '只有网站信息（网站名称、域名、服务内容等）发生变化，需办理变更网站（控制台现称变更服务）。',
    notes: ['个人备案要更换网站负责人时，需办理变更备案，而不是变更网站。', '变更期间网站可以正常访问。'],
    source: 'icp-rules.md §11, §1.1',
    followUp: [],
  },
  'cancel-site': {
    result: 'cancel-site',
    type: 'cancel-site',
    consoleWording: FILING_TYPES['cancel-site'].consoleWording,
    reason: '只注销某个网站、保留主体，需办理注销网站（控制台现称注销服务）。',
    notes: ['短信核验由该网站的网站负责人完成。'],
    source: 'icp-rules.md §11, §5',
    followUp: [],
  },
  'cancel-subject': {
    result: 'cancel-subject',
    type: 'cancel-subject',
    consoleWording: FILING_TYPES['cancel-subject'].consoleWording,
    reason: '要注销主体及其下所有网站，需办理注销主体。',
    notes: ['注销主体一般需 1–5 个工作日，最长 20 个工作日。', '短信核验由主体负责人完成。'],
    source: 'icp-rules.md §11, §6, §5',
    followUp: [],
  },
  'cancel-access': {
    result: 'cancel-access',
    type: 'cancel-access',
    consoleWording: FILING_TYPES['cancel-access'].consoleWording,
    reason: '网站不再使用腾讯云服务器、备案保留在其他服务商，需办理取消接入网站。',
    notes: ['如果网站没有其他服务商接入，管局可能注销其备案号。', '取消接入不需要短信核验。'],
    source: 'icp-rules.md §11, §5',
    followUp: [],
  },
  'change-at-original-isp': {
    result: 'change-at-original-isp',
    type: null,
    consoleWording: '在原服务商办理',
    reason: '腾讯云只能变更或注销在腾讯云办理的备案；备案在其他服务商时，变更和注销请在原服务商办理。',
    notes: ['如果之后要把网站接入腾讯云，可以先在原服务商改好信息，再办理接入备案（接入期间不能修改信息）。'],
    source: 'icp-rules.md §11',
    followUp: [],
  },
};

/** Walks the tree from the first question along the given answers, up to the first unanswered question or a result. */
export function nextStep(answers: AdvisorAnswers): AdvisorStep {
  const path: AnsweredStep[] = [];
  let question = QUESTIONS[FIRST_QUESTION];
  for (;;) {
    const option = question.options.find((candidate) => candidate.value === answers[question.id]);
    // An unknown value (for example saved before the tree changed) counts as unanswered.
    if (!option) return { kind: 'question', question, path };
    path.push({ question, option });
    if ('result' in option.next) return { kind: 'result', advice: RESULTS[option.next.result], path };
    question = QUESTIONS[option.next.question];
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
