import { describe, expect, it } from 'vitest';
import { normaliseProvince, PERSONAL_SITE_PLEDGE, PLEDGE_PROVINCES, PROVINCES } from '@/utils/names';

describe('normaliseProvince', () => {
  it.each([
    ['湖南', '湖南省'],
    ['湖南省', '湖南省'],
    [' 北京 ', '北京市'],
    ['内蒙古', '内蒙古自治区'],
    ['内蒙', '内蒙古自治区'],
    ['广西', '广西壮族自治区'],
    ['广西壮族自治区', '广西壮族自治区'],
    ['新疆维吾尔自治区', '新疆维吾尔自治区'],
    ['黑龙江省哈尔滨市', '黑龙江省'],
    ['广东深圳', '广东省'],
  ])('%s → %s', (given, expected) => {
    expect(normaliseProvince(given)).toBe(expected);
  });

  it.each([undefined, '', '火星', 'Hunan'])('%s → undefined', (given) => {
    expect(normaliseProvince(given)).toBeUndefined();
  });

  it('lists every province once, and the pledge provinces among them', () => {
    expect(new Set(PROVINCES.map((p) => p.name)).size).toBe(PROVINCES.length);
    for (const province of PLEDGE_PROVINCES) expect(PROVINCES.some((p) => p.name === province)).toBe(true);
    expect(PERSONAL_SITE_PLEDGE).toMatch(/^本网站是个人网站.*黑名单的处罚。$/);
  });
});
