/**
 * Text comparison shared by the page side (finding labels and options) and the panel side (comparing page values
 * with profile values), so both agree on what "the same value" means.
 */
import { normaliseLabel, squash } from '@/utils/page/text';
import type { ControlKind, FieldValue } from './types';

export { normaliseLabel, squash };

/** Drops bracketed qualifiers: "营业执照(个人或企业)" → "营业执照". */
export function withoutQualifiers(text: string): string {
  return squash(text).replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '');
}

/**
 * Picks the option that means `wanted`: the same text, the same text ignoring bracketed qualifiers, or (when picking
 * from a list, `byPrefix`) the only option that starts with it. Returns the index, or -1.
 */
export function matchOption(options: readonly string[], wanted: string, byPrefix = true): number {
  const target = squash(wanted);
  if (!target) return -1;
  const exact = options.findIndex((o) => squash(o) === target);
  if (exact >= 0) return exact;
  const bare = withoutQualifiers(wanted);
  const loose = options.findIndex((o) => withoutQualifiers(o) === bare);
  if (loose >= 0) return loose;
  if (!byPrefix) return -1;
  const prefixed = options.flatMap((o, i) => (squash(o).startsWith(target) ? [i] : []));
  return prefixed.length === 1 ? prefixed[0]! : -1;
}

export function sameOption(a: string, b: string): boolean {
  return matchOption([a], b, false) === 0;
}

export function isEmptyValue(value: FieldValue | undefined): boolean {
  if (value == null || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'string' && value.trim() === '';
}

/**
 * Whether a page value already says what the profile says: cascader paths in order, multi-choices as sets, single
 * choices as the same option, text exactly (ignoring surrounding spaces).
 */
export function sameValue(page: FieldValue, wanted: FieldValue, kind: ControlKind): boolean {
  // A reading compared with itself (every field of a step the moment it is first read).
  if (page === wanted) return true;
  if (typeof wanted === 'boolean' || typeof page === 'boolean') return Boolean(page) === Boolean(wanted);
  if (isEmptyValue(page) || isEmptyValue(wanted)) return isEmptyValue(page) && isEmptyValue(wanted);
  // A multiple select shows its choices as one text: "博客/个人空间、其他".
  const list = (v: string | string[] | null, other: FieldValue): string[] =>
    typeof v === 'string' && Array.isArray(other) && CHOICE_KINDS.has(kind) ? splitChoices(v) : ([] as string[]).concat(v ?? []);
  const a = list(page, wanted);
  const b = list(wanted, page);
  if (kind === 'cascader') return a.length === b.length && a.every((x, i) => sameOption(x, b[i]!));
  if (a.length !== b.length) return false;
  if (!CHOICE_KINDS.has(kind)) return a.every((x, i) => x.trim() === b[i]!.trim());
  return b.every((w) => a.some((x) => sameOption(x, w)));
}

const CHOICE_KINDS = new Set<ControlKind>(['select', 'radio', 'checkbox-group', 'validity']);

export function splitChoices(text: string): string[] {
  return text
    .split(/[、,，;；]/)
    .map((t) => t.trim())
    .filter(Boolean);
}

/**
 * Whether filling only adds choices to a multi-choice (the console pre-ticks 中文简体; ticking 英语 as well takes
 * nothing away from what is there), so it is as safe as filling an empty field.
 */
export function onlyAdds(page: FieldValue, wanted: FieldValue, kind: ControlKind): boolean {
  if (!Array.isArray(wanted) || (kind !== 'checkbox-group' && kind !== 'select')) return false;
  const shown = Array.isArray(page) ? page : typeof page === 'string' ? splitChoices(page) : [];
  return shown.every((x) => wanted.some((w) => sameOption(x, w)));
}
