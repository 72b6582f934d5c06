/**
 * Certificate numbers: resident IDs (GB 11643-1999) and unified social credit codes (GB 32100-2015),
 * per icp-rules.md §10.1–§10.2, and which rule applies to which 证件类型.
 */
import { toIsoDate } from '@/utils/filing/dates';
import { provinceOfResidentId } from '@/utils/filing/provinces';
import { isCalendarDate } from './dates';

export type Finding = { severity: 'error' | 'warning'; message: string };

// ---- Resident ID -------------------------------------------------------------------------------------------------

const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_ID_CHECK_CHARS = '10X98765432';
const RESIDENT_ID_SHAPE = /^\d{17}[\dX]$/;

/** Prefixes of the 港澳台 residence permits (810000/820000/830000), which use the resident-ID layout. */
const RESIDENCE_PERMIT_PREFIXES: ReadonlySet<string> = new Set(['81', '82', '83']);

function isKnownProvincePrefix(value: string): boolean {
  return provinceOfResidentId(value) !== null || RESIDENCE_PERMIT_PREFIXES.has(value.slice(0, 2));
}

/** Earliest birth year accepted as real: nobody filing today was born before it. */
const EARLIEST_BIRTH_YEAR = 1900;

export type ResidentIdProblem = 'length' | 'characters' | 'province' | 'birth-date' | 'future-birth-date' | 'check-digit';

/** ISO 7064 MOD 11-2 check character for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * RESIDENT_ID_WEIGHTS[i]!;
  return RESIDENT_ID_CHECK_CHARS[sum % 11]!;
}

/** The first problem found, or null for a valid number. `today` is YYYY-MM-DD. */
export function checkResidentId(value: string, today: string): ResidentIdProblem | null {
  if (value.length !== 18) return 'length';
  if (!RESIDENT_ID_SHAPE.test(value)) return 'characters';
  if (!isKnownProvincePrefix(value)) return 'province';
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (year < EARLIEST_BIRTH_YEAR || !isCalendarDate(year, month, day)) return 'birth-date';
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (birthDate > today) return 'future-birth-date';
  if (residentIdCheckChar(value) !== value[17]) return 'check-digit';
  return null;
}

/** `today` defaults to the local clock; pass it explicitly wherever results must be reproducible. */
export function isValidResidentId(value: string, today: string = toIsoDate(new Date())): boolean {
  return checkResidentId(value, today) === null;
}

/** '440305199001015419' → '4403**********5419': enough to tell profiles apart, not enough to misuse. */
export function maskId(idNumber: string): string {
  if (idNumber.length <= 8) return '*'.repeat(Math.max(0, idNumber.length - 2)) + idNumber.slice(-2);
  return idNumber.slice(0, 4) + '*'.repeat(idNumber.length - 8) + idNumber.slice(-4);
}

function residentIdFindings(value: string, label: string, today: string): Finding[] {
  if (value.endsWith('x') && checkResidentId(value.slice(0, 17) + 'X', today) === null) {
    return [{ severity: 'warning', message: `${label}最后一位校验码应为大写 X，请把小写 x 改成大写。` }];
  }
  const problem = checkResidentId(value, today);
  if (problem === null) return [];
  const messages: Record<ResidentIdProblem, string> = {
    length: `${label}应为 18 位居民身份证号码（当前 ${value.length} 位），请按证件逐位核对。`,
    characters: `${label}只能由 17 位数字加 1 位数字或大写 X 组成，请去掉空格和其他字符。`,
    province: `${label}前两位「${value.slice(0, 2)}」不是已知的省级行政区划代码，请核对证件号码。`,
    'birth-date': `${label}中的出生日期「${value.slice(6, 14)}」不是真实存在的日期，请核对证件号码。`,
    'future-birth-date': `${label}中的出生日期「${value.slice(6, 14)}」晚于今天，请核对证件号码。`,
    // Naming the "expected" last character would invite changing it and hiding a typo elsewhere.
    'check-digit': `${label}没有通过 GB 11643 校验，其中至少有一位与证件不符。请对照身份证逐位核对全部 18 位，不要只改最后一位。`,
  };
  return [{ severity: 'error', message: messages[problem] }];
}

// ---- Unified social credit code ----------------------------------------------------------------------------------

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** Positions 3–8 are the region code and must be digits. */
const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type UsccProblem = 'length' | 'characters' | 'check-character';

export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** The first problem found, or null. A 'check-character' problem is only a warning: real codes that fail it exist. */
export function checkUscc(value: string): UsccProblem | null {
  if (value.length !== 18) return 'length';
  if (!USCC_SHAPE.test(value)) return 'characters';
  if (usccCheckChar(value) !== value[17]) return 'check-character';
  return null;
}

function usccFindings(value: string, label: string): Finding[] {
  switch (checkUscc(value)) {
    case null:
      return [];
    case 'length':
      return [{ severity: 'error', message: `${label}应为 18 位统一社会信用代码（当前 ${value.length} 位），请照营业执照逐位填写。` }];
    case 'characters':
      return [{
        severity: 'error',
        message: `${label}含有统一社会信用代码不使用的字符：只能是数字和大写字母（不含 I、O、S、V、Z），第 3–8 位必须是数字，请照营业执照核对。`,
      }];
    case 'check-character':
      return [{
        severity: 'warning',
        message: `${label}没有通过 GB 32100 校验。少数真实代码也如此，请对照营业执照逐位核对全部 18 位；确认无误可忽略此提示。`,
      }];
  }
}

// ---- Which rule for which 证件类型 ---------------------------------------------------------------------------------

/** 证件类型 whose numbers follow GB 11643 (the 港澳台 residence permits use the same 18-character layout). */
const RESIDENT_ID_TYPES = new Set(['居民身份证', '港澳居民居住证', '台湾居民居住证']);
/** 证件类型 whose numbers are unified social credit codes. */
const USCC_TYPES = new Set(['营业执照', '营业执照（个人或企业）', '统一社会信用代码证书']);

/** Findings for a certificate number given its type; other types (passports, permits…) are only required to be filled. */
export function checkCertificateNumber(certificateType: string, value: string, label: string, today: string): Finding[] {
  if (value.trim() === '') return [{ severity: 'error', message: `请填写${label}。` }];
  if (RESIDENT_ID_TYPES.has(certificateType)) return residentIdFindings(value, label, today);
  if (USCC_TYPES.has(certificateType)) return usccFindings(value, label);
  return [];
}
