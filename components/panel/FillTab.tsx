import type { PageSnapshot } from '@/utils/console/types';
import type { Profile } from '@/utils/profile';
import { sendMessage } from '@/utils/browser/messaging';
import { saveProfile } from '@/utils/browser/profile-store';
import { setActiveProfileId } from '@/utils/browser/active-profile';
import { FillView, type SaveFromPageResult } from '@/components/fill/FillView';
import { useSiteChoices } from '@/components/fill/use-site-choices';
import { readPageSnapshot } from './usePageSnapshot';

/**
 * The fill view wired to the panel's tab: only the ticked values travel to the console page; saving from the page
 * stores the merged profile and makes it the active one.
 */
export function FillTab({ snapshot, profile }: { snapshot: PageSnapshot | null; profile: Profile | null }) {
  const saveFromPage = async ({ profile: merged }: SaveFromPageResult) => {
    await saveProfile(merged);
    await setActiveProfileId(merged.id);
  };
  const [choices, chooseSite] = useSiteChoices(snapshot);
  return (
    <FillView
      snapshot={snapshot}
      profile={profile}
      siteChoices={choices}
      onChooseSite={chooseSite}
      onFill={(items, { overwrite }) => sendMessage('panel:fill', { items, overwrite })}
      onUndo={() => sendMessage('panel:undo', undefined)}
      onExportStructure={() => sendMessage('panel:exportStructure', undefined)}
      onSaveFromPage={saveFromPage}
      onReadPage={readPageSnapshot}
    />
  );
}
