import { useCallback, useEffect, useState } from 'react';
import { toIsoDate } from '@/utils/filing/dates';
import type { Findings, Profile } from '@/utils/profile';
import { listProfiles, watchProfiles, type ProfileListing } from '@/utils/browser/profile-store';
import { getActiveProfileId, setActiveProfileId, watchActiveProfileId } from '@/utils/browser/active-profile';

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function todayIso(): string {
  return toIsoDate(new Date());
}

/** The stored profiles (and quarantined entries), reloaded whenever any extension page changes them or the vault. */
export function useProfileListing(today: string): { listing: ProfileListing | null; error: string | null } {
  const [listing, setListing] = useState<ProfileListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    let latest = 0;
    // Loads can overlap (several changes in a row): only the newest one may set the state.
    const load = async () => {
      const ticket = ++latest;
      try {
        const next = await listProfiles({ today });
        if (alive && ticket === latest) {
          setListing(next);
          setError(null);
        }
      } catch (failure) {
        if (alive && ticket === latest) setError(`读取档案失败：${errorMessage(failure)}`);
      }
    };
    void load();
    const stop = watchProfiles(() => void load());
    return () => {
      alive = false;
      stop();
    };
  }, [today]);
  return { listing, error };
}

export interface ActiveProfileState {
  profiles: Profile[];
  /** Ids of the profiles that still have errors (shown as 待完善). */
  incomplete: ReadonlySet<string>;
  /** The chosen profile; null when none is chosen, it no longer exists, or the vault is locked. */
  active: Profile | null;
  setActive(id: string | null): Promise<void>;
  locked: boolean;
  /** Errors and warnings of the active profile (paths relative to it). */
  findings: Findings | null;
  /** True until the first listing has been read. */
  loading: boolean;
  error: string | null;
}

/** The profile the console panel works with, shared by every panel and the options page through storage. */
export function useActiveProfile(options: { today?: string } = {}): ActiveProfileState {
  const today = options.today ?? todayIso();
  const { listing, error } = useProfileListing(today);
  const [activeId, setActiveId] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    void getActiveProfileId().then((id) => alive && setActiveId(id));
    const stop = watchActiveProfileId(setActiveId);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  const setActive = useCallback(async (id: string | null) => {
    setActiveId(id);
    await setActiveProfileId(id);
  }, []);
  const entry = listing?.profiles.find((candidate) => candidate.profile.id === activeId) ?? null;
  return {
    profiles: listing?.profiles.map((candidate) => candidate.profile) ?? [],
    incomplete: new Set(listing?.profiles.filter((candidate) => candidate.findings.errors.length > 0).map((candidate) => candidate.profile.id)),
    active: entry?.profile ?? null,
    setActive,
    locked: listing?.locked ?? false,
    findings: entry?.findings ?? null,
    loading: listing === null,
    error,
  };
}
