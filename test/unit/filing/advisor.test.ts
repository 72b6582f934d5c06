import { describe, expect, it } from 'vitest';
import {
  FIRST_QUESTION,
  QUESTIONS,
  RESULTS,
  advise,
  nextStep,
  withoutLastAnswer,
  type AdvisorAnswers,
  type QuestionId,
  type ResultId,
} from '@/utils/filing/advisor';
import { FILING_TYPES, FILING_TYPE_IDS, filingTypeLabel } from '@/utils/filing/filing-types';

/** Every root-to-result path of the tree, as the answers that walk it. */
function allPaths(): { answers: AdvisorAnswers; result: ResultId }[] {
  const paths: { answers: AdvisorAnswers; result: ResultId }[] = [];
  const visit = (id: QuestionId, answers: AdvisorAnswers) => {
    for (const option of QUESTIONS[id].options) {
      const next = { ...answers, [id]: option.value };
      if ('result' in option.next) paths.push({ answers: next, result: option.next.result });
      else visit(option.next.question, next);
    }
  };
  visit(FIRST_QUESTION, {});
  return paths;
}

const mainland = { 'server-region': 'mainland' } as const;
const atTencent = { ...mainland, 'subject-has-record': 'yes', 'subject-is-shell': 'yes', 'record-at-tencent': 'yes' } as const;
const elsewhere = { ...mainland, 'subject-has-record': 'yes', 'subject-is-shell': 'yes', 'record-at-tencent': 'no' } as const;

describe('advisor decision tree', () => {
  it.each([
    ['server outside the mainland', { 'server-region': 'outside' }, null, '无需备案', []],
    ['new subject', { ...mainland, 'subject-has-record': 'no', 'domain-has-stale-record': 'no' }, 'first-filing', '首次备案', []],
    ['domain with a stale record', { ...mainland, 'subject-has-record': 'no', 'domain-has-stale-record': 'yes' }, null, '先注销域名上的旧备案', ['first-filing']],
    ['shell subject', { ...mainland, 'subject-has-record': 'yes', 'subject-is-shell': 'no' }, 'cancel-subject', '注销主体', ['first-filing']],
    ['add a site, record at Tencent', { ...atTencent, 'goal-record-at-tencent': 'add-site' }, 'add-site-at-tencent', '新增服务（原备案在腾讯云）', []],
    ['access, record at Tencent', { ...atTencent, 'goal-record-at-tencent': 'access' }, 'access', '接入备案（一键接入备案）', []],
    ['access and add, record at Tencent', { ...atTencent, 'goal-record-at-tencent': 'access-and-add' }, 'access', '接入备案（一键接入备案）', ['add-site-at-tencent']],
    ['subject info changed', { ...atTencent, 'goal-record-at-tencent': 'change-subject' }, 'change-subject', '变更备案（变更主体）', []],
    ['site info changed', { ...atTencent, 'goal-record-at-tencent': 'change-site' }, 'change-site', '变更服务', []],
    ['cancel one site', { ...atTencent, 'goal-record-at-tencent': 'cancel-site' }, 'cancel-site', '注销服务', []],
    ['cancel the subject', { ...atTencent, 'goal-record-at-tencent': 'cancel-subject' }, 'cancel-subject', '注销主体', []],
    ['leave Tencent servers', { ...atTencent, 'goal-record-at-tencent': 'cancel-access' }, 'cancel-access', '取消接入', []],
    ['person to company, record at Tencent', { ...atTencent, 'goal-record-at-tencent': 'person-to-company' }, 'first-filing', '首次备案', []],
    ['access from another ISP', { ...elsewhere, 'goal-record-elsewhere': 'access' }, 'access', '接入备案（一键接入备案）', []],
    ['add a site, record elsewhere', { ...elsewhere, 'goal-record-elsewhere': 'add-site' }, 'add-site-elsewhere', '新增服务（原备案不在腾讯云）', []],
    ['access and add, record elsewhere', { ...elsewhere, 'goal-record-elsewhere': 'access-and-add' }, 'access', '接入备案（一键接入备案）', ['add-site-at-tencent']],
    ['change a record held elsewhere', { ...elsewhere, 'goal-record-elsewhere': 'change-or-cancel' }, null, '在原服务商办理', []],
    ['person to company, record elsewhere', { ...elsewhere, 'goal-record-elsewhere': 'person-to-company' }, 'first-filing', '首次备案', []],
  ])('%s', (_name, answers, type, consoleWording, followUp) => {
    const advice = advise(answers as AdvisorAnswers);
    expect(advice).not.toBeNull();
    expect(advice!.type).toBe(type);
    expect(advice!.consoleWording).toBe(consoleWording);
    expect(advice!.followUp).toEqual(followUp);
    expect(advice!.reason).toMatch(/[\u4e00-\u9fff]/);
    expect(advice!.source).toMatch(/^icp-rules\.md §/);
  });

  it('the table above covers every path, and every path ends in a distinct advice', () => {
    const paths = allPaths();
    expect(paths).toHaveLength(18);
    for (const { answers, result } of paths) expect(advise(answers)?.result).toBe(result);
  });

  it('reaches every question and every result', () => {
    const reachedResults = new Set(allPaths().map((path) => path.result));
    expect([...reachedResults].sort()).toEqual(Object.keys(RESULTS).sort());
    const reachedQuestions = new Set(allPaths().flatMap((path) => Object.keys(path.answers)));
    expect([...reachedQuestions].sort()).toEqual(Object.keys(QUESTIONS).sort());
  });

  it('names every filing type of the issue with its current console wording', () => {
    const named = new Set(Object.values(RESULTS).flatMap((advice) => (advice.type ? [advice.type] : [])));
    expect([...named].sort()).toEqual([...FILING_TYPE_IDS].sort());
    expect(FILING_TYPES['add-site-at-tencent'].consoleWording).toContain('新增服务');
    expect(FILING_TYPES['change-site'].consoleWording).toBe('变更服务');
    expect(filingTypeLabel('change-site')).toBe('变更网站（控制台：变更服务）');
    expect(filingTypeLabel('first-filing')).toBe('首次备案');
  });

  it('explains the special cases in the reason', () => {
    expect(RESULTS['shell-subject'].reason).toContain('空壳主体');
    expect(RESULTS['access-then-add-site'].reason).toContain('先完成接入备案');
    expect(RESULTS['person-to-company'].reason).toContain('新主体');
    expect(RESULTS['no-filing'].reason).toContain('不在中国大陆');
  });
});

describe('nextStep', () => {
  it('starts with the server question and no path', () => {
    const step = nextStep({});
    expect(step).toMatchObject({ kind: 'question', question: { id: 'server-region' }, path: [] });
  });

  it('stops at the first unanswered question and reports the walked path', () => {
    const step = nextStep({ ...mainland, 'subject-has-record': 'yes' });
    expect(step.kind).toBe('question');
    expect(step.kind === 'question' && step.question.id).toBe('subject-is-shell');
    expect(step.path.map((answered) => answered.question.id)).toEqual(['server-region', 'subject-has-record']);
  });

  it('ignores answers to questions off the walked path', () => {
    const answers: AdvisorAnswers = { 'server-region': 'outside', 'subject-has-record': 'no', 'goal-record-at-tencent': 'add-site' };
    const step = nextStep(answers);
    expect(step.kind === 'result' && step.advice.result).toBe('no-filing');
    expect(step.path).toHaveLength(1);
  });

  it('treats an answer that is not an option as unanswered', () => {
    const step = nextStep({ 'server-region': 'moon' });
    expect(step.kind === 'question' && step.question.id).toBe('server-region');
    expect(advise({ 'server-region': 'moon' })).toBeNull();
  });
});

describe('withoutLastAnswer', () => {
  it('steps back one question along the path', () => {
    const answers: AdvisorAnswers = { ...atTencent, 'goal-record-at-tencent': 'change-site' };
    const back = withoutLastAnswer(answers);
    expect(back).toEqual(atTencent);
    expect(nextStep(back)).toMatchObject({ kind: 'question', question: { id: 'goal-record-at-tencent' } });
  });

  it('drops stale answers from other branches and is empty at the start', () => {
    expect(withoutLastAnswer({ 'server-region': 'outside', 'record-at-tencent': 'yes' })).toEqual({});
    expect(withoutLastAnswer({})).toEqual({});
  });
});
