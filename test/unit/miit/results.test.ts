import { describe, expect, it } from 'vitest';
import { classifyMiitMessage } from '@/utils/miit';

describe('MIIT result messages by wording (console-markup.md §7)', () => {
  it.each([
    [3, '您的短信核验已全部完成,该请求将提交管局审核。'],
    [3, '您的短信核验已全部完成，该请求将提交管局审核'],
    [31, '您的短信核验完成,请等待其他核验人进行短信核验。'],
    [31, '您的短信核验已完成，请等待其他核验人完成短信核验！'],
    [2, '您的短信核验失败,请输入正确的信息。'],
    [2, '短信核验失败：请输入正确的信息'],
    [4, '该条验证库里找不到记录或已完成验证。'],
    [4, '该条验证库里找不到记录'],
    [21, '您的短信核验出现异常，请联系接入商查询核验结果。'],
    [20, '您的短信核验已完成，无需重复提交。'],
    [20, '您的短信核验已完成, 请勿重复提交'],
    [100, '您暂无待短信核验的备案申请，无需重发短信。'],
    [100, '暂无待短信核验的备案申请'],
    [101, '尊敬的ICP用户：您的短信验证码已重发成功，请查看手机，并尽快完成短信核验'],
    [101, '您的短信验证码已重发成功！'],
    [102, '重发次数已到上限，请稍后再试。'],
    [102, '短信重发次数已达上限'],
  ])('%i ← %s', (code, text) => {
    expect(classifyMiitMessage(text)).toBe(code);
  });

  it('full-width and spaced punctuation does not matter', () => {
    expect(classifyMiitMessage(' 您的短信核验 已全部完成 ！ 该请求将提交管局审核 ')).toBe(3);
  });

  it.each(['', '请输入手机号码', '请输入正确的手机号码', '验证码发送中', '网络异常，请稍后再试', '登录成功'])(
    'unknown text %j is no result',
    (text) => {
      expect(classifyMiitMessage(text)).toBeNull();
    },
  );
});
