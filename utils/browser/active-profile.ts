import { storage } from 'wxt/utils/storage';

/**
 * Which applicant profile the console panel works with. Only the id is stored: the profile itself stays in the
 * profile store (and behind the vault when encryption is on), so this item never holds personal data.
 */
export const activeProfileIdItem = storage.defineItem<string | null>('local:activeProfileId', {
  fallback: null,
});

export async function getActiveProfileId(): Promise<string | null> {
  const value: unknown = await activeProfileIdItem.getValue();
  return typeof value === 'string' && value !== '' ? value : null;
}

export async function setActiveProfileId(id: string | null): Promise<void> {
  if (id === null) await activeProfileIdItem.removeValue();
  else await activeProfileIdItem.setValue(id);
}

/** Calls back with the new id whenever another page (options page, another panel) changes it. */
export function watchActiveProfileId(onChange: (id: string | null) => void): () => void {
  return activeProfileIdItem.watch((value) => onChange(typeof value === 'string' && value !== '' ? value : null));
}
