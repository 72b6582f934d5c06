import { useEffect, useState } from 'react';
import { sendMessage } from '@/utils/browser/messaging';
import { CAPABILITY_NAMES, MISSING_EFFECT, type Capability } from '@/utils/browser/capabilities';

type Reported = Exclude<Capability, 'tabs'>;
const isReported = (name: string): name is Reported => name in MISSING_EFFECT;

/** Says which browser APIs the extension's background lacks here, and what each one costs the user. */
export function CapabilityNotice() {
  const [missing, setMissing] = useState<Reported[]>([]);
  useEffect(() => {
    let alive = true;
    sendMessage('panel:capabilities', undefined).then(
      (report) => alive && setMissing(report.missing.filter(isReported)),
      () => undefined, // The page link reports an unreachable background already.
    );
    return () => {
      alive = false;
    };
  }, []);
  if (missing.length === 0) return null;
  return (
    <div className="bh-notice" role="note" aria-label="浏览器功能限制">
      <p>此浏览器缺少以下功能，相应部分已停用，其他功能照常：</p>
      <ul>
        {missing.map((capability) => (
          <li key={capability}>
            <strong>{CAPABILITY_NAMES[capability]}</strong>：{MISSING_EFFECT[capability]}
          </li>
        ))}
      </ul>
    </div>
  );
}
