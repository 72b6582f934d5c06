import type { PageSnapshot } from '@/utils/console/types';
import type { NameCheckInput, SubjectType } from './types';

export interface SiteNameInput {
  site: number;
  input: NameCheckInput;
}

const SITE_FIELD = /^websites\[(\d+)\]\.(name|domain|remark|serviceContent|preApprovals)$/;

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? [value] : []);

/**
 * What the name checker needs, per website block, from the console's website step as the adapter read it. The
 * subject type and province come from the applicant profile, since the website step does not show them.
 */
export function siteNameInputsFromPage(
  snapshot: PageSnapshot,
  context: { subject: SubjectType; province?: string },
): SiteNameInput[] {
  const sites = new Map<number, NameCheckInput>();
  for (const field of snapshot.fields) {
    const match = field.key ? SITE_FIELD.exec(field.key) : null;
    if (!match) continue;
    const site = Number(match[1]);
    const input = sites.get(site) ?? { name: '', subject: context.subject, province: context.province, serviceContent: [], preApprovals: [], remark: '' };
    const prop = match[2] as 'name' | 'domain' | 'remark' | 'serviceContent' | 'preApprovals';
    if (prop === 'serviceContent' || prop === 'preApprovals') input[prop] = asList(field.value);
    else input[prop] = typeof field.value === 'string' ? field.value : '';
    sites.set(site, input);
  }
  return [...sites.entries()]
    .filter(([, input]) => input.name.trim() !== '' || (input.remark ?? '').trim() !== '')
    .sort(([a], [b]) => a - b)
    .map(([site, input]) => ({ site, input }));
}
