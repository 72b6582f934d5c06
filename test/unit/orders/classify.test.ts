import { describe, expect, it } from 'vitest';
import { classifyStatus, combineSignals, isGeneralRule, type StageSignal } from '@/utils/console/order-stage';
import type { Stage } from '@/utils/orders/stages';
import { parseFilingType, verifierRoles, whoMustVerify } from '@/utils/orders/filing-types';

const cases: Array<[string, Stage | null]> = [
  ['提交初审', 'submitted'],
  ['待提交', 'submitted'],
  ['腾讯云审核中', 'tencentReview'],
  ['腾讯云审核', 'tencentReview'],
  ['已提交初审，腾讯云审核中', 'tencentReview'],
  ['初审中', 'tencentReview'],
  ['等待提交管局审核', 'awaitingBureauSubmission'],
  ['待提交管局', 'awaitingBureauSubmission'],
  ['初审已通过', 'awaitingBureauSubmission'],
  ['短信核验中', 'smsVerification'],
  ['待短信核验', 'smsVerification'],
  ['等待短信核验', 'smsVerification'],
  ['工信部短信核验', 'smsVerification'],
  ['工信部已向负责人手机号发送短信验证码，请在24小时内登录工信部备案管理系统完成短信核验', 'smsVerification'],
  ['工信部已向您发送短信，请于 24 小时内完成核验', 'smsVerification'],
  ['您的短信核验完成,请等待其他核验人进行短信核验。', 'smsVerification'],
  ['您的短信核验失败,请输入正确的信息。', 'smsVerification'],
  ['短信核验完成', 'bureauReview'],
  ['短信核验已完成', 'bureauReview'],
  ['您的短信核验已全部完成,该请求将提交管局审核。', 'bureauReview'],
  ['已完成核验', 'bureauReview'],
  ['管局审核中', 'bureauReview'],
  ['等待管局审核', 'bureauReview'],
  ['通管局审核中', 'bureauReview'],
  ['注销主体 等待管局审核', 'bureauReview'],
  ['备案成功', 'approved'],
  ['新增服务 - 备案成功', 'approved'],
  ['管局审核通过', 'approved'],
  ['通管局审核已通过', 'approved'],
  ['已驳回', 'rejected'],
  ['驳回', 'rejected'],
  ['初审未通过', 'rejected'],
  ['审核驳回', 'rejected'],
  ['管局审核驳回', 'rejected'],
  ['已撤销', 'withdrawn'],
  ['撤销备案', 'withdrawn'],
  ['已放弃', 'abandoned'],
  ['核验超时', 'awaitingBureauSubmission'],
  ['已退回至接入商', 'awaitingBureauSubmission'],
  ['被退回', 'rejected'],
  ['已退回', 'rejected'],
  ['工信部已发送短信验证码', 'smsVerification'],
  ['请在24小时内登录工信部网站完成短信核验', 'smsVerification'],
  ['已完成短信核验', 'bureauReview'],
  ['腾讯云审核中', 'tencentReview'],
  ['您暂无待短信核验的备案申请，无需重发短信。', null],
  ['未备案', null],
  ['审核通过', null],
  ['', null],
  ['   ', null],
  ['下一步', null],
];

describe('classifyStatus', () => {
  it.each(cases)('%s → %s', (text, stage) => {
    expect(classifyStatus(text)).toBe(stage);
  });

  it('ignores whitespace, full-width characters and brackets', () => {
    expect(classifyStatus('  「 腾讯云 审核中 」\n')).toBe('tencentReview');
    expect(classifyStatus('短信核验　完成')).toBe('bureauReview');
    expect(classifyStatus('状态：【待提交管局】')).toBe('awaitingBureauSubmission');
    expect(classifyStatus('工信部短信核验（２４小时内）')).toBe('smsVerification');
  });

  it('does not take a finished SMS verification for a pending one', () => {
    for (const text of ['短信核验完成', '短信核验 已完成', '您的短信核验已完成，无需重复提交。', '核验成功']) {
      expect(classifyStatus(text), text).not.toBe('smsVerification');
    }
  });
});

describe('combineSignals: the one conflict rule', () => {
  const smsAlert = '工信部已向负责人手机号发送短信验证码，请在24小时内登录工信部备案管理系统完成短信核验';
  const read = (kind: StageSignal['kind'], text: string, confidence: number, at: number | null = null): StageSignal => ({
    kind,
    className: '',
    text,
    stage: classifyStatus(text),
    confidence,
    at,
  });

  it('lets an SMS reading attached to the order win over a 管局 status', () => {
    expect(combineSignals([read('status', '管局审核中', 3), read('alert', smsAlert, 2)]).stage).toBe('smsVerification');
    expect(combineSignals([read('status', '等待提交管局审核', 3), read('alert', '提示', 2), read('alert', smsAlert, 2)]).stage).toBe('smsVerification');
    expect(combineSignals([read('steps', '工信部短信核验', 2), read('tag', '等待管局审核', 3)]).stage).toBe('smsVerification');
    expect(combineSignals([read('alert', smsAlert, 2)]).stage).toBe('smsVerification');
  });

  it('otherwise the strongest reading decides, ties by agreeing weight', () => {
    expect(combineSignals([read('status', '备案成功', 3), read('alert', smsAlert, 2)]).stage).toBe('approved');
    expect(combineSignals([read('status', '腾讯云审核中', 3), read('alert', smsAlert, 2)]).stage).toBe('tencentReview');
    expect(combineSignals([read('status', '管局审核中', 3), read('alert', '您的短信核验已全部完成,该请求将提交管局审核。', 2)]).stage).toBe('bureauReview');
    expect(combineSignals([read('alert', '无关提示', 2), read('alert', '已驳回', 2)]).stage).toBe('rejected');
    expect(combineSignals([read('table', '腾讯云审核中', 1), read('table', '腾讯云审核中', 1), read('steps', '管局审核', 1)]).stage).toBe('tencentReview');
    expect(combineSignals([read('alert', '无关提示', 2)]).stage).toBeNull();
  });

  it('never starts an SMS countdown from a weak reading: a website row, a general rule, the latest timeline entry', () => {
    expect(combineSignals([read('table', '待短信核验', 1)]).stage).toBeNull();
    expect(combineSignals([read('status', '管局审核中', 3), read('timeline', '短信核验', 1)]).stage).toBe('bureauReview');
  });

  it('takes the time the page shows for the chosen stage, from any agreeing signal', () => {
    const at = Date.UTC(2026, 1, 1, 2, 5);
    const time: StageSignal = { kind: 'time', className: '', text: '短信发送时间 2026-02-01 10:05', stage: 'smsVerification', confidence: 0, at };
    expect(combineSignals([read('status', '管局审核中', 3, Date.UTC(2026, 0, 1)), read('alert', smsAlert, 2), time])).toEqual({ stage: 'smsVerification', at });
    expect(combineSignals([read('status', '腾讯云审核中', 3), time])).toEqual({ stage: 'tencentReview', at: null });
  });
});

describe('general rules', () => {
  it('tells a rule from a statement about the order', () => {
    expect(isGeneralRule('若您收到验证短信后，未在24小时内完成短信验证或验证失败，备案信息将自动退回至接入商')).toBe(true);
    expect(isGeneralRule('温馨提示：收到短信后需24小时内完成核验。')).toBe(true);
    expect(isGeneralRule('工信部已向负责人手机号发送短信验证码，请在24小时内完成短信核验')).toBe(false);
  });
});

describe('filing types and who must verify', () => {
  it('parses console wordings, the most specific first', () => {
    expect(parseFilingType('首次备案')).toBe('first-filing');
    expect(parseFilingType('接入备案')).toBe('access');
    expect(parseFilingType('取消接入网站')).toBe('cancel-access');
    expect(parseFilingType('新增服务（原备案不在腾讯云）')).toBe('add-site-elsewhere');
    expect(parseFilingType('新增服务 (原备案在腾讯云)')).toBe('add-site-at-tencent');
    expect(parseFilingType('变更服务')).toBe('change-site');
    expect(parseFilingType('变更主体')).toBe('change-subject');
    expect(parseFilingType('注销服务')).toBe('cancel-site');
    expect(parseFilingType('注销主体')).toBe('cancel-subject');
    expect(parseFilingType('access')).toBe('access');
    expect(parseFilingType('其他')).toBeNull();
  });

  it('follows icp-rules §5', () => {
    expect(whoMustVerify('first-filing')).toContain('主体负责人和网站负责人');
    expect(whoMustVerify('add-site-elsewhere')).toContain('主体负责人和网站负责人');
    expect(whoMustVerify('access')).toBe('由网站负责人完成短信核验。');
    expect(whoMustVerify('cancel-subject')).toBe('由主体负责人完成短信核验。');
    expect(whoMustVerify('cancel-site')).toBe('由网站负责人完成短信核验。');
    expect(whoMustVerify('cancel-access')).toContain('无需短信核验');
    expect(whoMustVerify('change-site')).toContain('变更了哪部分信息');
    expect(whoMustVerify(undefined)).toContain('备案类型未知');
    expect(verifierRoles('first-filing')).toEqual(['subject', 'site']);
    expect(verifierRoles('access')).toEqual(['site']);
    expect(verifierRoles('cancel-subject')).toEqual(['subject']);
    expect(verifierRoles('cancel-access')).toEqual([]);
  });
});
