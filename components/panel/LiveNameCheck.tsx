import { useMemo } from 'react';
import type { PageSnapshot } from '@/utils/console/types';
import type { Profile } from '@/utils/profile';
import { checkSiteName } from '@/utils/names';
import { siteNameInputsFromPage } from '@/utils/names/from-page';
import { NameFindings } from '@/components/names/NameFindings';

/** The name checker's findings for each website block on the page (none off the website step). */
export function useLiveNameFindings(snapshot: PageSnapshot | null, profile: Profile | null) {
  return useMemo(
    () =>
      snapshot
        ? siteNameInputsFromPage(snapshot, {
            subject: profile?.subject.type ?? 'personal',
            province: profile?.subject.province,
          }).map(({ site, input }) => ({ site, input, findings: checkSiteName(input) }))
        : [],
    [snapshot, profile],
  );
}

/** Findings for the website names and remarks as the user types them on the website (服务) step. */
export function LiveNameCheck({ snapshot, profile }: { snapshot: PageSnapshot | null; profile: Profile | null }) {
  const sites = useLiveNameFindings(snapshot, profile);
  if (sites.length === 0) return null;
  return (
    <section className="bh-section" id="bh-name-check" tabIndex={-1} aria-label="网站名称检查">
      <h2 style={{ fontSize: 14, margin: '0 0 4px' }}>网站名称检查</h2>
      {!profile && <p className="bh-weak">未选择申请人档案，按个人备案的要求检查。</p>}
      {sites.map(({ site, input, findings }) => (
        <div key={site} data-testid={`name-check-${site}`}>
          {sites.length > 1 && <h3 style={{ fontSize: 13, margin: '6px 0 2px' }}>网站 {site + 1}：{input.name || '（未填写名称）'}</h3>}
          <NameFindings findings={findings} />
        </div>
      ))}
    </section>
  );
}
