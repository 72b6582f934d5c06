/** Phone numbers, e-mail and document validity of a 负责人 (icp-rules.md §10.3 and §1.2). */
import type { Finding } from './certificates';
import { addMonths } from '@/utils/filing/dates';
import { NO_EXPIRY, isIsoDate } from './dates';

/** 11-digit mainland mobile; the usual pattern (icp-rules §10.3). */
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
/** Landline with area code, optional extension; also the old `086-010-87654321` form the console once used. */
const LANDLINE = /^(?:086-)?0\d{2,3}-?\d{7,8}(?:-\d{1,6})?$/;
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

/** Documents must have more than this many months left (Huawei KB, icp-rules §1.2). */
export const VALIDITY_MARGIN_MONTHS = 3;

export function isMainlandMobile(value: string): boolean {
  return MAINLAND_MOBILE.test(value);
}

export function isLandline(value: string): boolean {
  return LANDLINE.test(value);
}

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

export function checkMobile(value: string, label: string): Finding[] {
  if (value.trim() === '') return [{ severity: 'error', message: `请填写${label}。` }];
  if (isMainlandMobile(value)) return [];
  return [{
    severity: 'error',
    message: `${label}不是有效的中国大陆 11 位手机号码，请只填 11 位数字，不要加 +86、空格或横线。`,
  }];
}

export function checkEmergencyPhone(value: string, ownMobile: string, label: string): Finding[] {
  if (value.trim() === '') return [{ severity: 'error', message: `请填写${label}。` }];
  if (value === ownMobile) {
    return [{ severity: 'error', message: `${label}不能与本人手机号码相同，请换一个能联系到的其他号码（如家人或同事的手机）。` }];
  }
  if (!isMainlandMobile(value) && !isLandline(value)) {
    return [{ severity: 'error', message: `${label}不是有效的电话号码，请填写 11 位手机号码或带区号的固定电话（如 010-87654321）。` }];
  }
  return [];
}

export function checkOfficePhone(value: string, label: string): Finding[] {
  if (value.trim() === '' || isMainlandMobile(value) || isLandline(value)) return [];
  return [{ severity: 'warning', message: `${label}格式不像电话号码，请填写带区号的固定电话（如 0755-86013388）或 11 位手机号码。` }];
}

export function checkEmail(value: string, label: string): Finding[] {
  if (value.trim() === '') return [{ severity: 'error', message: `请填写${label}。` }];
  if (isEmail(value)) return [];
  return [{ severity: 'error', message: `${label}不是有效的邮箱地址，请填写形如 name@example.com 的能正常收信的邮箱。` }];
}

export type ValidityLabels = { from: string; to: string };
export type ValidityFindings = { from: Finding[]; to: Finding[] };

/** 证件有效期: start is a past date, end is a date or 长期; expired is an error, 3 months or less left a warning. */
export function checkValidity(from: string, to: string, labels: ValidityLabels, today: string): ValidityFindings {
  const findings: ValidityFindings = { from: [], to: [] };
  const fromIsDate = isIsoDate(from);
  if (!fromIsDate) {
    findings.from.push({ severity: 'error', message: `${labels.from}应为 YYYY-MM-DD 格式的真实日期（如 2020-01-01），请照证件填写。` });
  } else if (from > today) {
    findings.from.push({ severity: 'error', message: `${labels.from}「${from}」晚于今天，请照证件核对起始日期。` });
  }
  if (to === NO_EXPIRY) return findings;
  if (!isIsoDate(to)) {
    findings.to.push({ severity: 'error', message: `${labels.to}应为 YYYY-MM-DD 格式的真实日期，或填写「${NO_EXPIRY}」，请照证件填写。` });
  } else if (fromIsDate && to < from) {
    findings.to.push({ severity: 'error', message: `${labels.to}「${to}」早于起始日期「${from}」，请照证件核对。` });
  } else if (to < today) {
    findings.to.push({ severity: 'error', message: `${labels.to}「${to}」已过期，过期证件无法备案，请先换领新证件并更新证件号码和有效期。` });
  } else if (to <= addMonths(today, VALIDITY_MARGIN_MONTHS)) {
    findings.to.push({
      severity: 'warning',
      message: `${labels.to}「${to}」距今只剩 ${VALIDITY_MARGIN_MONTHS} 个月或更短，审核期间可能过期导致驳回，建议先换领新证件再备案。`,
    });
  }
  return findings;
}
