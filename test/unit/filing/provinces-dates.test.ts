import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ChecklistProfile } from '@/utils/filing/checklist';
import { addMonths, daysBetween, toIsoDate } from '@/utils/filing/dates';
import { PLEDGE_REQUIRED, provinceDocuments, provinceOf, provinceOfResidentId } from '@/utils/filing/provinces';
import type { Profile } from '@/utils/profile/schema';
import { BEIJING_ID, GUANGDONG_ID } from './fixtures';

describe('provinceOf', () => {
  it.each([
    ['广东省', '广东'],
    ['广东', '广东'],
    ['广西壮族自治区', '广西'],
    ['内蒙古自治区', '内蒙古'],
    ['新疆维吾尔自治区', '新疆'],
    ['北京市', '北京'],
    ['湖南省长沙市', '湖南'],
  ])('%s → %s', (name, short) => {
    expect(provinceOf(name)).toBe(short);
  });

  it.each([['香港特别行政区'], ['台湾省'], ['火星'], [''], [undefined]])('%s is no mainland filing province', (name) => {
    expect(provinceOf(name)).toBeNull();
  });

  it('reads the pledge provinces from the name checker’s list', () => {
    expect([...PLEDGE_REQUIRED].sort()).toEqual(['内蒙古', '山东', '广西'].sort());
  });
});

describe('provinceOfResidentId', () => {
  it('reads the province from the first two digits', () => {
    expect(provinceOfResidentId(GUANGDONG_ID)).toBe('广东');
    expect(provinceOfResidentId(BEIJING_ID)).toBe('北京');
    expect(provinceOfResidentId('990101199001010011')).toBeNull();
  });
});

describe('provinceDocuments', () => {
  it('lists the §13 documents by province and domain count', () => {
    expect(provinceDocuments('西藏', 1)).toEqual(['新域名的《网站党建备案信息确认函》']);
    expect(provinceDocuments('重庆', 1)).toEqual(['每个域名的域名证书']);
    expect(provinceDocuments('河南', 4)).toEqual([]);
    expect(provinceDocuments('河南', 5)).toHaveLength(1);
    expect(provinceDocuments('广东', 9)).toEqual([]);
  });
});

describe('dates', () => {
  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-05-15', -6)).toBe('2025-11-15');
  });

  it('counts whole days across months and years', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2027-01-02', '2026-12-30')).toBe(-3);
  });

  it('takes today in Beijing time', () => {
    expect(toIsoDate(new Date('2026-11-29T16:30:00Z'))).toBe('2026-11-30');
    expect(toIsoDate('2026-11-30')).toBe('2026-11-30');
  });
});

describe('ChecklistProfile', () => {
  it('accepts a whole stored profile', () => {
    expectTypeOf<Profile>().toExtend<ChecklistProfile>();
  });
});
