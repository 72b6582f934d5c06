import { useEffect, useState } from 'react';
import { regionTree, type RegionTree } from '@/utils/profile/regions';

/** Loaded once per page; later editors get the lists at once. */
let loaded: RegionTree | null = null;

export interface RegionData {
  tree: RegionTree | null;
  failed: boolean;
}

/**
 * The 省/市/区 lists. The division package is imported here, on demand, so it is bundled as a chunk of the options page
 * only and never reaches a console page script.
 */
export function useRegionTree(): RegionData {
  const [data, setData] = useState<RegionData>(() => ({ tree: loaded, failed: false }));
  useEffect(() => {
    if (loaded) return;
    let live = true;
    import('@vant/area-data').then(
      ({ areaList }) => {
        loaded ??= regionTree(areaList);
        if (live) setData({ tree: loaded, failed: false });
      },
      () => {
        if (live) setData({ tree: null, failed: true });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return data;
}
