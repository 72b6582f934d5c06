import { maskId, type Profile } from '@/utils/profile';

export { profileTitle } from '@/utils/profile';

/** A stored profile that still has errors: saved to come back to, not ready to fill the console with. */
export const INCOMPLETE_MARK = '待完善';

/** The subject's certificate number masked (`4403**********5419`): lists never show a full ID number. */
export function maskedCertificate(profile: Profile): string {
  const number = profile.subject.certificateNumber.trim();
  return number === '' ? '（未填证件号码）' : maskId(number);
}

/** The editor page for one profile; the options page opens it from the hash. */
export const PROFILE_HASH_KEY = 'profile';

export function profileIdFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get(PROFILE_HASH_KEY);
}

export function editorHash(id: string): string {
  return `#${new URLSearchParams({ [PROFILE_HASH_KEY]: id }).toString()}`;
}
