import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkSender, RejectedMessageError, type Sender } from '@/utils/browser/messaging';
import { parsePayload } from '@/utils/browser/message-schemas';
import { MiitAnswerSchema, MiitChoiceSchema, MiitFillRequestSchema } from '@/utils/miit/schemas';
import { isMiitVerifyUrl } from '@/utils/miit';

const OWN_ID = 'test-extension-id';
const tab = { id: 9, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const sender = (url: string, withTab = true): Sender => ({ id: OWN_ID, url, ...(withTab ? { tab, frameId: 0 } : {}) });
const MIIT_PAGE = 'https://beian.miit.gov.cn/#/Integrated/index';

describe('MIIT content script as a sender', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.runtime.id = OWN_ID;
  });

  it('is accepted only from MIIT’s host in a tab', () => {
    expect(() => checkSender(sender(MIIT_PAGE), 'miit-content-script')).not.toThrow();
    expect(() => checkSender(sender('https://beian.miit.gov.cn.evil.example/'), 'miit-content-script')).toThrow(/工信部/);
    expect(() => checkSender(sender(MIIT_PAGE, false), 'miit-content-script')).toThrow(RejectedMessageError);
    expect(() => checkSender({ ...sender(MIIT_PAGE), id: 'other' }, 'miit-content-script')).toThrow(/扩展本身/);
  });

  it('the console rule does not accept MIIT’s page, and a list of rules accepts either', () => {
    expect(() => checkSender(sender(MIIT_PAGE), 'content-script')).toThrow(/控制台/);
    const docking = ['content-script', 'miit-content-script'] as const;
    expect(() => checkSender(sender(MIIT_PAGE), docking)).not.toThrow();
    expect(() => checkSender(sender('https://console.cloud.tencent.com/beian'), docking)).not.toThrow();
    expect(() => checkSender(sender('https://example.com/'), docking)).toThrow(/控制台/);
  });
});

describe('MIIT payloads', () => {
  const fill = { orderKey: '30178537319491747', verifierId: 'site:0', mobile: '13800138000', idLast6: '31002X' };

  it('a fill request carries mobile and ID last six and nothing else', () => {
    expect(parsePayload(MiitFillRequestSchema, { ...fill, code: '123456' })).toEqual(fill);
    expect(() => parsePayload(MiitFillRequestSchema, { ...fill, idLast6: '11010519491231002X' })).toThrow(/格式不正确/);
    expect(() => parsePayload(MiitFillRequestSchema, { ...fill, verifierId: '<img>' })).toThrow(RejectedMessageError);
  });

  it('answers carry a known result code only', () => {
    expect(parsePayload(MiitAnswerSchema, { code: 31, orderKey: 'k', verifierId: 'subject' })).toEqual({ code: 31, orderKey: 'k', verifierId: 'subject' });
    expect(() => parsePayload(MiitAnswerSchema, { code: 7, orderKey: 'k', verifierId: null })).toThrow(RejectedMessageError);
    expect(parsePayload(MiitChoiceSchema, { orderKey: null })).toEqual({ orderKey: null });
  });

  it('the panel docks only on MIIT’s integrated page', () => {
    expect(isMiitVerifyUrl(new URL(MIIT_PAGE))).toBe(true);
    expect(isMiitVerifyUrl(new URL('https://beian.miit.gov.cn/#/Integrated/recordQuery'))).toBe(true);
    expect(isMiitVerifyUrl(new URL('https://beian.miit.gov.cn/'))).toBe(false);
    expect(isMiitVerifyUrl(new URL('https://example.com/#/Integrated/index'))).toBe(false);
  });
});
