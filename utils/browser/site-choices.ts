import { storage } from 'wxt/utils/storage';
import type { SiteChoices } from '@/utils/console/sites';

/**
 * Profile websites the user chose by hand for website blocks whose domain the profile lacks, per order:
 * order number → (block index → website index). Only numbers: no domain, name or other personal data.
 */
type AllChoices = Record<string, Record<string, number>>;

const siteChoicesItem = storage.defineItem<AllChoices>('local:siteChoices', { fallback: {} });

const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 100;

function clean(value: unknown): Record<number, number> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value).filter(([block, website]) => isIndex(Number(block)) && isIndex(website)));
}

export async function getSiteChoices(orderId: string): Promise<SiteChoices> {
  const all: unknown = await siteChoicesItem.getValue();
  return clean((all as AllChoices | null)?.[orderId]);
}

/** Remembers (or with `website` null forgets) the website chosen for one block of one order. */
export async function setSiteChoice(orderId: string, block: number, website: number | null): Promise<SiteChoices> {
  const all = { ...((await siteChoicesItem.getValue()) ?? {}) };
  const choices: Record<string, number> = { ...clean(all[orderId]) };
  if (website === null) delete choices[block];
  else choices[block] = website;
  if (Object.keys(choices).length > 0) all[orderId] = choices;
  else delete all[orderId];
  await siteChoicesItem.setValue(all);
  return choices;
}
