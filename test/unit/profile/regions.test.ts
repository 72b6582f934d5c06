import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { areaList } from '@vant/area-data';
import { describe, expect, it } from 'vitest';
import { PROVINCES } from '@/utils/filing/provinces';
import { citiesOf, districtsOf, pickRegion, regionChoices, regionTree, type DivisionCodeLists } from '@/utils/profile/regions';
import { REGIONS } from '../../replica/src/data/regions';

const tree = regionTree(areaList);

/** A hand-made code list, so the grouping itself is checked independently of the package's content. */
const SMALL: DivisionCodeLists = {
  province_list: { 440000: '广东省', 110000: '北京市', 810000: '香港特别行政区' },
  city_list: { 440300: '深圳市', 110100: '北京市', 440100: '广州市', 810100: '香港岛' },
  county_list: { 440305: '南山区', 110101: '东城区', 440303: '罗湖区', 440106: '天河区', 810101: '中西区' },
};

describe('regionTree', () => {
  it('groups cities by their province code and districts by their city code, in code order', () => {
    const small = regionTree(SMALL);
    expect([...small.keys()]).toEqual(['北京市', '广东省']);
    expect(citiesOf(small, '广东省')).toEqual(['广州市', '深圳市']);
    expect(districtsOf(small, '广东省', '深圳市')).toEqual(['罗湖区', '南山区']);
    expect(districtsOf(small, '北京市', '北京市')).toEqual(['东城区']);
  });

  it('keeps exactly the mainland provinces the filing rules know (no 香港, 澳门, 台湾)', () => {
    expect(tree.size).toBe(PROVINCES.length);
    expect(tree.has('香港特别行政区')).toBe(false);
    expect(tree.has('台湾省')).toBe(false);
    expect(tree.has('内蒙古自治区')).toBe(true);
  });

  it('names municipalities as the console cascader does: the city level repeats the municipality', () => {
    for (const municipality of ['北京市', '天津市', '上海市', '重庆市']) {
      expect(citiesOf(tree, municipality)[0]).toBe(municipality);
    }
    expect(citiesOf(tree, '北京市')).not.toContain('市辖区');
    expect(districtsOf(tree, '北京市', '北京市')).toContain('海淀区');
  });

  it("has every path of the console replica's cascader", () => {
    const paths = REGIONS.flatMap((province) =>
      province.children!.flatMap((city) => city.children!.map((district) => [province.name, city.name, district.name])),
    );
    expect(paths.length).toBeGreaterThan(40);
    for (const [province, city, district] of paths) {
      expect(citiesOf(tree, province!), `${province}`).toContain(city);
      expect(districtsOf(tree, province!, city!), `${province} / ${city}`).toContain(district);
    }
  });

  it('has the region of every profile fixture', () => {
    const dir = resolve(__dirname, '../../fixtures/profiles');
    const subjects = readdirSync(dir)
      .flatMap((name) => {
        try {
          return (JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as { profiles?: { subject: Record<string, string> }[] }).profiles ?? [];
        } catch {
          return [];
        }
      })
      .map((profile) => profile.subject)
      .filter((subject) => typeof subject?.province === 'string' && subject.province !== '');
    expect(subjects.length).toBeGreaterThan(0);
    for (const { province, city, district } of subjects) {
      expect(citiesOf(tree, province!)).toContain(city);
      if (district) expect(districtsOf(tree, province!, city!)).toContain(district);
    }
  });

  it('finds the cities of a short or loose province spelling', () => {
    expect(citiesOf(tree, '广东')).toContain('深圳市');
    expect(districtsOf(tree, '广东', '深圳市')).toContain('南山区');
    expect(citiesOf(tree, '火星')).toEqual([]);
  });
});

describe('regionChoices', () => {
  it('lists the names, and keeps a current value missing from them first, marked', () => {
    expect(regionChoices(['深圳市', '广州市'], '深圳市').map((choice) => choice.label)).toEqual(['深圳市', '广州市']);
    expect(regionChoices(['深圳市', '广州市'], '')).toHaveLength(2);
    expect(regionChoices(['深圳市', '广州市'], '鹏城')).toEqual([
      { value: '鹏城', label: '鹏城（不在列表中）' },
      { value: '深圳市', label: '深圳市' },
      { value: '广州市', label: '广州市' },
    ]);
  });
});

describe('pickRegion', () => {
  const shenzhen = { province: '广东省', city: '深圳市', district: '南山区' };

  it('empties a city and district that do not belong to a newly picked province', () => {
    expect(pickRegion(tree, shenzhen, { province: '浙江省' })).toEqual({ province: '浙江省', city: '', district: '' });
  });

  it('keeps what still belongs, and empties only the district when another city is picked', () => {
    expect(pickRegion(tree, shenzhen, { province: '广东省' })).toEqual(shenzhen);
    expect(pickRegion(tree, shenzhen, { city: '广州市' })).toEqual({ province: '广东省', city: '广州市', district: '' });
    expect(pickRegion(tree, shenzhen, { district: '福田区' })).toEqual({ ...shenzhen, district: '福田区' });
  });
});
