/** Field-by-field differences between two versions of a profile, for the "replace or keep both" import question. */
import { fieldLabel, formatPath, type PathSegment } from './labels';
import type { Profile } from './schema';

export type FieldChange = {
  /** Relative to the profile, e.g. `principal.mobile` or `websites[1].domain`. */
  path: string;
  /** The console label, e.g. 「主体负责人 · 手机号码」. */
  label: string;
  before: string;
  after: string;
};

/** Leaf fields as display text: lists joined with 「、」, missing values as an empty string. */
function flatten(value: unknown, path: PathSegment[], into: Map<string, { path: PathSegment[]; text: string }>): void {
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
    into.set(formatPath(path), { path, text: value.join('、') });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => flatten(item, [...path, index], into));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) flatten(item, [...path, key], into);
  } else {
    into.set(formatPath(path), { path, text: value === null || value === undefined ? '' : String(value) });
  }
}

export function diffProfiles(before: Profile, after: Profile): FieldChange[] {
  const left = new Map<string, { path: PathSegment[]; text: string }>();
  const right = new Map<string, { path: PathSegment[]; text: string }>();
  // The checklist is free-form: compared as one value rather than field by field.
  const { checklist: beforeChecklist, id: _beforeId, ...beforeFields } = before;
  const { checklist: afterChecklist, id: _afterId, ...afterFields } = after;
  flatten(beforeFields, [], left);
  flatten(afterFields, [], right);
  left.set('checklist', { path: ['checklist'], text: beforeChecklist ? JSON.stringify(beforeChecklist) : '' });
  right.set('checklist', { path: ['checklist'], text: afterChecklist ? JSON.stringify(afterChecklist) : '' });

  const changes: FieldChange[] = [];
  for (const key of new Set([...left.keys(), ...right.keys()])) {
    const was = left.get(key);
    const now = right.get(key);
    if ((was?.text ?? '') === (now?.text ?? '')) continue;
    const path = (now ?? was)!.path;
    changes.push({ path: key, label: fieldLabel(path, after.subject.type), before: was?.text ?? '', after: now?.text ?? '' });
  }
  return changes;
}
