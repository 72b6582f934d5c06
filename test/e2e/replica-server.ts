/**
 * Serves the filing-console replica (test/replica, built into .output/replica) at the console's real origin, to a
 * Playwright context (routeReplica) or to people on localhost (startReplicaServer, used by `npm run replica`).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import type { ReplicaState } from '../replica/src/store';

export type { ReplicaState };

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REPLICA_SOURCE_DIR = path.join(REPO_ROOT, 'test/replica');
export const REPLICA_DIST_DIR = path.join(REPO_ROOT, '.output/replica');
export const REPLICA_ORIGIN = 'https://console.cloud.tencent.com';
/** MIIT's ICP system: its replica SMS page (miit.html) answers every path of this origin. */
export const MIIT_REPLICA_ORIGIN = 'https://beian.miit.gov.cn';
/** Where the replica's own assets live under the console origin. */
export const REPLICA_ASSET_BASE = '/__replica__/';
/** The tea-component test pages (scripts/build-tea-pages.mjs): `/beian/__tea__/<tea version>/?layout=…`. */
export const TEA_PAGES_BASE = '/beian/__tea__/';
export const TEA_PAGES_DIR = path.join(REPO_ROOT, '.output/tea-pages');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsCurrent(distDir: string): boolean {
  const index = path.join(distDir, 'index.html');
  return existsSync(index) && statSync(index).mtimeMs >= newestMtime(REPLICA_SOURCE_DIR);
}

let ensured: Promise<string> | undefined;

/** Builds the replica when .output/replica is missing or older than its sources; once per process. */
export function ensureReplicaBuilt(): Promise<string> {
  ensured ??= (async () => {
    if (!buildIsCurrent(REPLICA_DIST_DIR)) {
      await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'scripts/build-replica.mjs')], { cwd: REPO_ROOT });
    }
    return REPLICA_DIST_DIR;
  })();
  return ensured;
}

export interface ReplicaResponse {
  status: number;
  contentType: string;
  body: Buffer;
}

/** The file an asset path names, or null when it is malformed or leaves the build directory. */
function assetFile(relative: string, distDir: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  const file = path.resolve(distDir, decoded);
  return file.startsWith(distDir + path.sep) ? file : null;
}

/** The replica's answer for a path of the console host: its own assets, else the SPA shell (`page`, index.html). */
export function replicaResponse(pathname: string, distDir: string = REPLICA_DIST_DIR, page = 'index.html'): ReplicaResponse {
  if (pathname.startsWith(TEA_PAGES_BASE)) return teaPageResponse(pathname.slice(TEA_PAGES_BASE.length));
  if (pathname.startsWith(REPLICA_ASSET_BASE)) {
    const file = assetFile(pathname.slice(REPLICA_ASSET_BASE.length), distDir);
    if (file && existsSync(file) && statSync(file).isFile()) {
      return {
        status: 200,
        contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
        body: readFileSync(file),
      };
    }
    return { status: 404, contentType: 'text/plain; charset=utf-8', body: Buffer.from('复刻页资源不存在') };
  }
  return { status: 200, contentType: CONTENT_TYPES['.html']!, body: readFileSync(path.join(distDir, page)) };
}

/** A tea test page's file; a version's own path is its page. Built by the tests that use them (ensureTeaPagesBuilt). */
function teaPageResponse(relative: string): ReplicaResponse {
  const file = assetFile(/\.\w+$/.test(relative) ? relative : path.join(relative, 'index.html'), TEA_PAGES_DIR);
  if (file && existsSync(file) && statSync(file).isFile()) {
    return { status: 200, contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', body: readFileSync(file) };
  }
  return { status: 404, contentType: 'text/plain; charset=utf-8', body: Buffer.from('tea 测试页不存在（先运行 node scripts/build-tea-pages.mjs）') };
}

let teaBuilt: Promise<string[]> | undefined;

/** Builds the tea-component test pages once per process (they are never committed: tea-component is UNLICENSED). */
export function ensureTeaPagesBuilt(): Promise<string[]> {
  teaBuilt ??= (async () => {
    const { buildTeaPages } = (await import(pathToFileURL(path.join(REPO_ROOT, 'scripts/build-tea-pages.mjs')).href)) as { buildTeaPages(): Promise<string[]> };
    return buildTeaPages();
  })();
  return teaBuilt;
}

export interface RouteReplicaOptions {
  /** A prebuilt replica directory instead of .output/replica (no build check then). */
  distDir?: string;
}

/**
 * Serves the replica for every request to https://console.cloud.tencent.com, the MIIT replica for every request to
 * https://beian.miit.gov.cn, and aborts every other http(s) request.
 * The abort route is registered first; Playwright tries later routes first, so the console route wins for its host.
 */
export async function routeReplica(context: BrowserContext, opts: RouteReplicaOptions = {}): Promise<void> {
  const distDir = opts.distDir ?? (await ensureReplicaBuilt());
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
  await context.route(
    (url) => url.origin === REPLICA_ORIGIN,
    (route) => {
      const { status, contentType, body } = replicaResponse(new URL(route.request().url()).pathname, distDir);
      return route.fulfill({ status, contentType, body });
    },
  );
  await context.route(
    (url) => url.origin === MIIT_REPLICA_ORIGIN,
    (route) => {
      const { status, contentType, body } = replicaResponse(new URL(route.request().url()).pathname, distDir, 'miit.html');
      return route.fulfill({ status, contentType, body });
    },
  );
}

/** The replica's state, read in the page's own world. */
export async function replicaState(page: Page): Promise<ReplicaState> {
  return page.evaluate(() => {
    if (!window.__REPLICA__) throw new Error('页面不是复刻控制台（缺少 window.__REPLICA__）');
    return window.__REPLICA__.getState();
  });
}

export interface RunningReplicaServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** A plain node:http server with the same answers as routeReplica; port 0 picks a free port. */
export async function startReplicaServer(port: number, distDir: string = REPLICA_DIST_DIR): Promise<RunningReplicaServer> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const { status, contentType, body } = replicaResponse(pathname, distDir);
    response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    url: `http://localhost:${boundPort}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
