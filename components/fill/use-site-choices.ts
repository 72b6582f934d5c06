import { useEffect, useState } from 'react';
import { orderIdOfPath, type SiteChoices } from '@/utils/console/sites';
import type { PageSnapshot } from '@/utils/console/types';
import { getSiteChoices, setSiteChoice } from '@/utils/browser/site-choices';

/** The websites chosen by hand for this page's order, and a way to change one (remembered for the order). */
export function useSiteChoices(snapshot: PageSnapshot | null): [SiteChoices, (block: number, website: number | null) => void] {
  const orderId = snapshot ? orderIdOfPath(snapshot.path) : null;
  const [choices, setChoices] = useState<SiteChoices>({});
  useEffect(() => {
    let live = true;
    setChoices({});
    if (orderId) void getSiteChoices(orderId).then((c) => live && setChoices(c));
    return () => {
      live = false;
    };
  }, [orderId]);
  const choose = (block: number, website: number | null) => {
    const next = { ...choices };
    if (website === null) delete next[block];
    else next[block] = website;
    setChoices(next);
    if (orderId) void setSiteChoice(orderId, block, website);
  };
  return [choices, choose];
}
