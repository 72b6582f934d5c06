/**
 * Serves the filing-console replica on http://localhost:5178 for manual checks (`npm run replica`).
 * Any path gets the console shell; try /beian/manage, /beian/manage/orders or /cvm/index, and ?prefix=tea or
 * ?wording=service for the variants. PORT overrides the port.
 */
import { ensureReplicaBuilt, startReplicaServer } from '../test/e2e/replica-server';

const port = Number(process.env.PORT ?? 5178);
const distDir = await ensureReplicaBuilt();
const { url } = await startReplicaServer(port, distDir);
console.log(`复刻控制台已启动：${url}/beian/manage（Ctrl+C 结束）`);
