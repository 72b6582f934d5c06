import { describe, expect, it } from 'vitest';
import {
  QUESTIONS,
  RESULTS,
  adviceRecord,
  advise,
  adviseSituation,
  nextStep,
  unansweredMessage,
  withoutLastAnswer,
  type AdvisorAnswers,
  type SituationAnswer,
} from '@/utils/filing/advisor';
import { FILING_TYPES, FILING_TYPE_IDS, filingTypeLabel } from '@/utils/filing/filing-types';
import type { Situation } from '@/utils/filing/situation';
import { SITUATIONS } from './situations';

function adviceFor(situation: Situation) {
  const answer = adviseSituation(situation);
  if (answer.kind !== 'advice') throw new Error(`no advice: ${JSON.stringify(answer)}`);
  return answer.advice;
}

function unanswered(situation: Situation): Exclude<SituationAnswer, { kind: 'advice' }> {
  const answer = adviseSituation(situation);
  if (answer.kind === 'advice') throw new Error(`unexpected advice ${answer.advice.result}`);
  return answer;
}

describe('adviseSituation: every branch and special case of §11', () => {
  it.each(SITUATIONS.map((c) => [c.name, c] as const))('%s', (_name, expected) => {
    const advice = adviceFor(expected.situation);
    expect(advice.type).toBe(expected.type);
    expect(advice.result).toBe(expected.result);
    expect(advice.first.map((step) => step.type)).toEqual(expected.first);
    expect(advice.followUp).toEqual([]);
    expect(advice.consoleWording).toBe(expected.type ? FILING_TYPES[expected.type].consoleWording : RESULTS[expected.result].consoleWording);
    if (expected.why) expect(advice.reason).toContain(expected.why);
    if (expected.note) expect(advice.notes.join('\n')).toContain(expected.note);
    expect(advice.source).toMatch(/^icp-rules\.md §/);
    for (const step of advice.first) expect(step.what).toMatch(/[\u4e00-\u9fff]/);
  });

  it('reaches every result and names every filing type', () => {
    const results = new Set(SITUATIONS.map((c) => adviceFor(c.situation).result));
    expect([...results].sort()).toEqual(Object.keys(RESULTS).sort());
    const types = new Set(SITUATIONS.flatMap((c) => [adviceFor(c.situation).type, ...adviceFor(c.situation).first.map((step) => step.type)]));
    expect(FILING_TYPE_IDS.filter((type) => !types.has(type))).toEqual([]);
  });

  it('says what the stale record and the shell subject need first, in Chinese', () => {
    const stale = adviceFor({ serverInMainland: true, subject: { hasRecord: false }, domain: { staleRecordOfAnotherSubject: true } });
    expect(stale.first).toEqual([{ type: null, what: expect.stringContaining('管局') }]);
    const shell = adviceFor({ serverInMainland: true, subject: { hasRecord: true, shell: true }, want: 'host-filed-site', domain: { staleRecordOfAnotherSubject: false } });
    expect(shell.first).toEqual([{ type: 'cancel-subject', what: '注销主体' }]);
    expect(shell.type).toBe('first-filing');
  });

  it('keeps the legal-representative route out of the answer when the person is not the 法定代表人', () => {
    const situation = SITUATIONS.find((c) => c.name.includes('not the legal representative'))!.situation;
    expect(adviceFor(situation).reason).not.toContain('部分省份允许');
  });

  it('maps the advice to the CLI record', () => {
    const advice = adviceFor(SITUATIONS[2]!.situation);
    expect(adviceRecord(advice)).toEqual({
      type: 'first-filing',
      first: advice.first,
      followUp: [],
      result: 'first-filing',
      consoleWording: '首次备案',
      why: advice.reason,
      source: advice.source,
    });
  });
});

describe('adviseSituation: missing and contradictory facts', () => {
  it.each([
    ['nothing known', {}, 'serverInMainland'],
    ['record unknown', { serverInMainland: true }, 'subject.hasRecord'],
    ['stale record unknown for a first filing', { serverInMainland: true, subject: { hasRecord: false } }, 'domain.staleRecordOfAnotherSubject'],
    ['shell unknown', { serverInMainland: true, subject: { hasRecord: true } }, 'subject.shell'],
    ['where the record is', { serverInMainland: true, subject: { hasRecord: true, shell: false }, want: 'change-site' }, 'subject.recordAtTencent'],
    ['what is wanted', { serverInMainland: true, subject: { hasRecord: true, shell: false, recordAtTencent: true } }, 'want'],
    ['whether the new domain is filed elsewhere', { serverInMainland: true, subject: { hasRecord: true, shell: false, recordAtTencent: true }, want: 'new-site' }, 'domain.hasIcpNumberElsewhere'],
    ['personal or enterprise', { serverInMainland: true, subject: { hasRecord: true, shell: false, recordAtTencent: true }, want: 'change-site-principal' }, 'subject.kind'],
    ['legal representative', { serverInMainland: true, subject: { hasRecord: true, shell: false, recordAtTencent: false }, want: 'person-to-company' }, 'subject.isLegalRepresentative'],
  ] as const)('asks instead of guessing: %s', (_name, situation, fact) => {
    const answer = unanswered(situation as Situation);
    expect(answer.kind === 'question' && answer.fact).toBe(fact);
    const message = unansweredMessage(answer, 4);
    expect(message).toMatch(new RegExp(`^第 4 行：缺少「${fact.replace('.', '\\.')}」，请回答：`));
    if (answer.kind === 'question') expect(message).toContain(answer.question.text);
  });

  it('does not ask for facts off the path', () => {
    expect(adviceFor({ serverInMainland: false }).result).toBe('no-filing');
    expect(adviceFor({ serverInMainland: true, subject: { hasRecord: true, shell: false, recordAtTencent: true }, want: 'remove-site' }).result).toBe('cancel-site');
  });

  it.each([
    ['a change for a subject that never filed', { serverInMainland: true, subject: { hasRecord: false }, want: 'change-site' }, 'subject.hasRecord'],
    ['a domain "filed elsewhere" for a subject that never filed', { serverInMainland: true, subject: { hasRecord: false }, domain: { hasIcpNumberElsewhere: true } }, 'domain.hasIcpNumberElsewhere'],
    ['a site change on a shell subject', { serverInMainland: true, subject: { hasRecord: true, shell: true }, want: 'change-site' }, 'subject.shell'],
    ['leaving Tencent with the record elsewhere', { serverInMainland: true, subject: { hasRecord: true, shell: false, recordAtTencent: false }, want: 'leave-tencent' }, 'leave-tencent'],
    ['a filed site without an ICP number', { serverInMainland: true, subject: { hasRecord: true, shell: false, recordAtTencent: true }, domain: { hasIcpNumberElsewhere: false }, want: 'host-filed-site' }, 'host-filed-site'],
    ['an enterprise turning into a company', { serverInMainland: true, subject: { kind: 'enterprise', hasRecord: true, shell: false, recordAtTencent: true }, want: 'person-to-company' }, 'subject.kind'],
  ] as const)('refuses contradictions with a Chinese message naming the keys: %s', (_name, situation, key) => {
    const answer = unanswered(situation as Situation);
    expect(answer.kind).toBe('refused');
    expect(unansweredMessage(answer)).toContain(key);
    expect(unansweredMessage(answer)).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('nextStep (the panel walk)', () => {
  const atTencent: AdvisorAnswers = { 'server-region': 'mainland', 'subject-has-record': 'yes', 'subject-is-shell': 'no', 'record-at-tencent': 'yes' };

  it('starts with the server question and no path', () => {
    expect(nextStep({})).toMatchObject({ kind: 'question', question: { id: 'server-region' }, path: [] });
  });

  it('stops at the first unanswered question and reports the walked path', () => {
    const step = nextStep({ 'server-region': 'mainland', 'subject-has-record': 'yes' });
    expect(step.kind === 'question' && step.question.id).toBe('subject-is-shell');
    expect(step.path.map((answered) => answered.question.id)).toEqual(['server-region', 'subject-has-record']);
  });

  it('ignores answers to questions off the walked path', () => {
    const step = nextStep({ 'server-region': 'outside', 'subject-has-record': 'no', want: 'new-site' });
    expect(step.kind === 'result' && step.advice.result).toBe('no-filing');
    expect(step.path).toHaveLength(1);
  });

  it('treats an answer that is not an option as unanswered', () => {
    expect(nextStep({ 'server-region': 'moon' })).toMatchObject({ kind: 'question', question: { id: 'server-region' } });
    expect(advise({ 'server-region': 'moon' })).toBeNull();
  });

  it('offers only the wants that fit the branch', () => {
    const values = (answers: AdvisorAnswers) => {
      const step = nextStep(answers);
      return step.kind === 'question' ? step.question.options.map((option) => option.value) : [];
    };
    expect(values(atTencent)).toEqual(QUESTIONS.want.options.map((option) => option.value));
    expect(values({ ...atTencent, 'record-at-tencent': 'no' })).not.toContain('leave-tencent');
    expect(values({ ...atTencent, 'subject-is-shell': 'yes' }).sort()).toEqual(['host-filed-site', 'new-site', 'person-to-company', 'remove-subject']);
    // A contradicting saved answer is not taken.
    expect(nextStep({ ...atTencent, 'record-at-tencent': 'no', want: 'leave-tencent' })).toMatchObject({ kind: 'question', question: { id: 'want' } });
  });

  it('withoutLastAnswer steps back one question and drops stale answers', () => {
    const answers: AdvisorAnswers = { ...atTencent, want: 'change-site' };
    expect(withoutLastAnswer(answers)).toEqual(atTencent);
    expect(withoutLastAnswer({ 'server-region': 'outside', 'record-at-tencent': 'yes' })).toEqual({});
    expect(withoutLastAnswer({})).toEqual({});
  });

  it('labels filing types with their console wording', () => {
    expect(filingTypeLabel('change-site')).toBe('变更网站（控制台：变更服务）');
    expect(filingTypeLabel('first-filing')).toBe('首次备案');
  });
});
