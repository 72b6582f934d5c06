/** Test data for the profile UI: the shared exchange-file fixtures, read as they are. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serializeExchangeFile, type Profile } from '@/utils/profile';

export const TODAY = '2026-11-29';

export function fixtureText(name: string): string {
  return readFileSync(resolve(__dirname, '../../fixtures/profiles', name), 'utf8');
}

/** 张三's personal profile (resident ID 11010519491231002X), a fresh copy each call. */
export function personalProfile(): Profile {
  const file = JSON.parse(fixtureText('personal.json')) as { profiles: Profile[] };
  return structuredClone(file.profiles[0]!);
}

export function exchangeFile(...profiles: Profile[]): string {
  return serializeExchangeFile(profiles, new Date('2026-11-29T00:00:00Z'));
}

export function jsonFile(text: string, name = 'profiles.json'): File {
  return new File([text], name, { type: 'application/json' });
}
