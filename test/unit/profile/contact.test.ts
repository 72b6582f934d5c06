import { describe, expect, it } from 'vitest';
import {
  checkEmail,
  checkEmergencyPhone,
  checkMobile,
  checkOfficePhone,
  checkValidity,
  isEmail,
  isLandline,
  isMainlandMobile,
} from '@/utils/profile/contact';
import { isIsoDate } from '@/utils/profile/dates';

const TODAY = '2026-11-29';
const LABELS = { from: '「主体负责人 · 证件有效期（起始日期）」', to: '「主体负责人 · 证件有效期（截止日期）」' };

describe('phones and e-mail', () => {
  it.each(['13800138000', '19912345678', '16612345678'])('%s is a mainland mobile', (value) => {
    expect(isMainlandMobile(value)).toBe(true);
  });

  it.each(['1380013800', '138001380001', '12800138000', '+8613800138000', '138 0013 8000', '138-0013-8000'])(
    '%s is not a mainland mobile',
    (value) => {
      expect(isMainlandMobile(value)).toBe(false);
    },
  );

  it('reports a bad mobile as an error naming the field and how to fix it', () => {
    const [finding] = checkMobile('+8613800138000', '「主体负责人 · 手机号码」');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain('「主体负责人 · 手机号码」');
    expect(finding?.message).toContain('+86');
    expect(checkMobile('13800138000', 'x')).toEqual([]);
  });

  it.each(['010-62345678', '0755-86013388', '02150801234', '010-62345678-123', '086-010-87654321'])('%s is a landline', (value) => {
    expect(isLandline(value)).toBe(true);
  });

  it('rejects an emergency phone equal to the own mobile, accepts a landline', () => {
    const [same] = checkEmergencyPhone('13800138000', '13800138000', '「主体负责人 · 应急联系电话」');
    expect(same?.severity).toBe('error');
    expect(same?.message).toContain('不能与本人手机号码相同');
    expect(checkEmergencyPhone('010-62345678', '13800138000', 'x')).toEqual([]);
    expect(checkEmergencyPhone('12345', '13800138000', 'x')[0]?.severity).toBe('error');
    expect(checkEmergencyPhone('', '13800138000', 'x')[0]?.message).toBe('请填写x。');
  });

  it('warns about an office phone that is not a phone number, and accepts an empty one', () => {
    expect(checkOfficePhone('', 'x')).toEqual([]);
    expect(checkOfficePhone('0755-86013388', 'x')).toEqual([]);
    expect(checkOfficePhone('分机 8001', 'x')[0]?.severity).toBe('warning');
  });

  it.each([
    ['zhangsan@example.com', true],
    ['zhang.san+beian@mail.example.com.cn', true],
    ['zhangsan-at-example.com', false],
    ['zhangsan@example', false],
    ['zhang san@example.com', false],
    ['@example.com', false],
  ] as const)('email %s → %s', (value, valid) => {
    expect(isEmail(value)).toBe(valid);
    expect(checkEmail(value, 'x').length === 0).toBe(valid);
  });
});

describe('dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['20260101', false],
  ] as const)('%s is a calendar date: %s', (value, valid) => {
    expect(isIsoDate(value)).toBe(valid);
  });
});

describe('document validity', () => {
  const check = (from: string, to: string) => checkValidity(from, to, LABELS, TODAY);

  it('accepts 长期 and a date far ahead', () => {
    expect(check('2020-01-01', '长期')).toEqual({ from: [], to: [] });
    expect(check('2020-01-01', '2040-01-01')).toEqual({ from: [], to: [] });
  });

  it('makes an expired document an error', () => {
    const { to } = check('2015-07-01', '2025-07-01');
    expect(to[0]?.severity).toBe('error');
    expect(to[0]?.message).toContain('已过期');
    expect(to[0]?.message).toContain(LABELS.to);
  });

  it('warns when three months or less are left, counting calendar months from today', () => {
    expect(check('2017-01-01', '2026-11-29').to[0]?.severity).toBe('warning');
    expect(check('2017-01-01', '2027-02-28').to[0]?.severity).toBe('warning');
    expect(check('2017-01-01', '2027-03-01').to).toEqual([]);
    expect(check('2017-01-01', '2026-11-28').to[0]?.severity).toBe('error');
  });

  it('rejects end dates that are neither a date nor 长期, and end before start', () => {
    expect(check('2020-01-01', '永久').to[0]?.message).toContain('长期');
    expect(check('2020-01-01', '2040-02-30').to[0]?.severity).toBe('error');
    expect(check('2020-01-01', '2019-12-31').to[0]?.message).toContain('早于起始日期');
  });

  it('rejects a start date that is not a date or lies in the future, under the start field', () => {
    expect(check('2020/01/01', '长期').from[0]?.severity).toBe('error');
    const future = check('2026-11-30', '长期');
    expect(future.from[0]?.message).toContain(LABELS.from);
    expect(future.to).toEqual([]);
  });
});
