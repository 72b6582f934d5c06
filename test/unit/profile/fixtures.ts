/** Shared test data: the fixture files and ready-made profiles built from them. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Profile } from '@/utils/profile/schema';

export const TODAY = '2026-11-29';

export const FIXTURE_DIR = resolve(__dirname, '../../fixtures/profiles');

export function fixtureText(name: string): string {
  return readFileSync(resolve(FIXTURE_DIR, name), 'utf8');
}

/** The first profile of a fixture file, as stored (its id is present in the fixtures used here). */
export function fixtureProfile(name: string, index = 0): Profile {
  const file = JSON.parse(fixtureText(name)) as { profiles: Profile[] };
  const profile = file.profiles[index];
  if (!profile) throw new Error(`${name} has no profile ${index}`);
  return structuredClone(profile);
}

export const personalProfile = (): Profile => fixtureProfile('personal.json');
export const enterpriseProfile = (): Profile => fixtureProfile('enterprise-two-sites.json');
