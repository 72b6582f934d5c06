/**
 * 备案地域 lists for the editor: province → cities → districts in the console cascader's words, adapted from a GB/T 2260
 * division package's code lists (the editor loads the package; this module only reshapes its data).
 */
import { provinceOf } from '@/utils/filing/provinces';
import { PROVINCES as NAMED_PROVINCES, normaliseProvince } from '@/utils/names/provinces';

/** Names keyed by 6-digit GB/T 2260 code (the shape of `@vant/area-data`'s `areaList`). */
export interface DivisionCodeLists {
  province_list: Readonly<Record<string, string>>;
  city_list: Readonly<Record<string, string>>;
  county_list: Readonly<Record<string, string>>;
}

/** Province → city → districts, in code order. */
export type RegionTree = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

/** The provinces a filing can name: the mainland ones the project's rules know, by full name. */
export const FILING_PROVINCES: readonly string[] = NAMED_PROVINCES.map((province) => province.name).filter(
  (name) => provinceOf(name) !== null,
);

function byCode(list: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(list).sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Groups cities under their province (same first 2 code digits) and districts under their city (same first 4). The
 * package already names a municipality's city level after the municipality (北京市 / 北京市 / 东城区), as the console does,
 * so names are kept as they are. Only `provinces` are kept, in the package's order.
 */
export function regionTree(data: DivisionCodeLists, provinces: readonly string[] = FILING_PROVINCES): RegionTree {
  const tree = new Map<string, Map<string, string[]>>();
  const provinceByPrefix = new Map<string, Map<string, string[]>>();
  for (const [code, name] of byCode(data.province_list)) {
    if (!provinces.includes(name)) continue;
    const cities = new Map<string, string[]>();
    tree.set(name, cities);
    provinceByPrefix.set(code.slice(0, 2), cities);
  }
  const cityByPrefix = new Map<string, string[]>();
  for (const [code, name] of byCode(data.city_list)) {
    const cities = provinceByPrefix.get(code.slice(0, 2));
    if (!cities) continue;
    const districts: string[] = [];
    cities.set(name, districts);
    cityByPrefix.set(code.slice(0, 4), districts);
  }
  for (const [code, name] of byCode(data.county_list)) cityByPrefix.get(code.slice(0, 4))?.push(name);
  return tree;
}

const NONE: readonly string[] = [];

/** The cities of a province; a short or loose spelling (广东, 广东省深圳市) still finds them. */
export function citiesOf(tree: RegionTree, province: string): readonly string[] {
  const cities = tree.get(province) ?? tree.get(normaliseProvince(province) ?? '');
  return cities ? [...cities.keys()] : NONE;
}

export function districtsOf(tree: RegionTree, province: string, city: string): readonly string[] {
  return (tree.get(province) ?? tree.get(normaliseProvince(province) ?? ''))?.get(city) ?? NONE;
}

export interface RegionChoice {
  value: string;
  label: string;
}

/** The options of one list; a current value missing from it is kept first, marked 不在列表中, so it is never lost. */
export function regionChoices(names: readonly string[], current: string): RegionChoice[] {
  const choices = names.map((name) => ({ value: name, label: name }));
  return current === '' || names.includes(current) ? choices : [{ value: current, label: `${current}（不在列表中）` }, ...choices];
}

export interface Region {
  province: string;
  city: string;
  district?: string;
}

/**
 * The region after the user picks a province or a city: a lower level that does not belong to the new choice is
 * emptied (only on such a pick; stored values are never cleared when shown).
 */
export function pickRegion(tree: RegionTree, region: Region, patch: Partial<Region>): Region {
  const next = { ...region, ...patch };
  if (patch.province !== undefined && !citiesOf(tree, next.province).includes(next.city)) next.city = '';
  if ((patch.province !== undefined || patch.city !== undefined) && next.district) {
    if (!districtsOf(tree, next.province, next.city).includes(next.district)) next.district = '';
  }
  return next;
}
