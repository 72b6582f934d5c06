/**
 * The replica's single store: where the user is, the class prefix and wording, and every wizard value.
 * Values are keyed by the profile exchange-format paths (`subject.name`, `websites[0].languages`, …) so tests can
 * compare them with a profile; console-only fields live under `extra.`. Components write here only from React event
 * handlers, so a value counts only once React has seen the event (a swallowed `.value =` never gets here).
 */
import { useSyncExternalStore } from 'react';
import { DEFAULT_WEBSITE_LANGUAGE } from './data/options';
import type { ReplicaOrder } from './data/orders';
import { parseRoute, type WizardStepId } from './routes';

export type FieldValue = string | string[] | boolean;
export type ClassPrefix = 'app-beian' | 'tea';
export type Wording = 'website' | 'service';
/** The order type the wizard's title names, as the console words it. */
export type FilingTitle = (typeof FILING_TITLES)[number];
const FILING_TITLES = ['首次备案', '新增服务（原备案在腾讯云）', '接入备案', '变更服务'] as const;

export interface ReplicaState {
  /** location.pathname */
  route: string;
  prefix: ClassPrefix;
  wording: Wording;
  /** The wizard step shown, or '' outside the wizard. */
  step: WizardStepId | '';
  values: Record<string, FieldValue>;
}

export interface ReplicaApi {
  getState(): ReplicaState;
  /** Back to empty wizard values and the seed orders; the page stays where it is. */
  reset(): void;
}

declare global {
  interface Window {
    __REPLICA__?: ReplicaApi;
  }
}

export interface Snapshot {
  route: string;
  prefix: ClassPrefix;
  wording: Wording;
  filing: FilingTitle;
  values: Record<string, FieldValue>;
  websiteCount: number;
  submittedOrders: ReplicaOrder[];
}

const PRINCIPAL_FIELDS = [
  'name',
  'certificateType',
  'certificateNumber',
  'certificateValidFrom',
  'certificateValidTo',
  'mobile',
  'emergencyPhone',
  'email',
  'officePhone',
] as const;

/** Every upload slot of the wizard (`extra.uploads.<slot>` holds the chosen file names). */
const UPLOAD_SLOTS = [
  'subjectCertificate',
  'subjectLicense',
  'principalIdFront',
  'principalIdBack',
  'websitePrincipalIdFront',
  'websitePrincipalIdBack',
  'otherMaterials',
] as const;
export type UploadSlot = (typeof UPLOAD_SLOTS)[number];

export function websitePath(index: number, field: string): string {
  return `websites[${index}].${field}`;
}

export function uploadPath(slot: UploadSlot): string {
  return `extra.uploads.${slot}`;
}

function principalValues(base: string): Record<string, FieldValue> {
  return Object.fromEntries(PRINCIPAL_FIELDS.map((field) => [`${base}.${field}`, '']));
}

function websiteValues(index: number): Record<string, FieldValue> {
  const at = (field: string) => websitePath(index, field);
  return {
    [at('name')]: '',
    [at('domain')]: '',
    [at('homepageUrl')]: '',
    [at('serviceContent')]: [],
    // The console ticks 中文简体 in advance.
    [at('languages')]: [DEFAULT_WEBSITE_LANGUAGE],
    [at('preApprovals')]: [],
    [at('remark')]: '',
    [at('sameAsPrincipal')]: false,
    ...principalValues(at('principal')),
    [`extra.${at('noPreApproval')}`]: false,
    [`extra.${at('policeFilingSync')}`]: false,
  };
}

function initialValues(): Record<string, FieldValue> {
  return {
    'subject.type': '',
    'subject.province': '',
    'subject.city': '',
    'subject.district': '',
    'subject.name': '',
    'subject.certificateType': '',
    'subject.certificateNumber': '',
    'subject.certificateAddress': '',
    'subject.mailingAddress': '',
    'subject.investor': '',
    'subject.remark': '',
    'subject.legalRepresentative.name': '',
    'subject.legalRepresentative.certificateNumber': '',
    ...principalValues('principal'),
    ...websiteValues(0),
    'extra.subjectNature': '',
    'extra.reuseAccountInfo': false,
    'extra.serviceType': '',
    'extra.cloudResource': '',
    'extra.authorizationCode': '',
    'extra.principalSmsCode': '',
    'extra.agreement': false,
    ...Object.fromEntries(UPLOAD_SLOTS.map((slot) => [uploadPath(slot), []])),
  };
}

const PREFIXES: ClassPrefix[] = ['app-beian', 'tea'];
const WORDINGS: Wording[] = ['website', 'service'];

/** A query parameter wins and is remembered for the tab, so pushState navigation (which drops the query) keeps it. */
function sessionSetting<T extends string>(search: string, key: string, allowed: T[], fallback: T): T {
  const storageKey = `replica.${key}`;
  const fromQuery = new URLSearchParams(search).get(key);
  if (fromQuery && (allowed as string[]).includes(fromQuery)) {
    sessionStorage.setItem(storageKey, fromQuery);
    return fromQuery as T;
  }
  const remembered = sessionStorage.getItem(storageKey);
  return remembered && (allowed as string[]).includes(remembered) ? (remembered as T) : fallback;
}

function locationPart(): Pick<Snapshot, 'route' | 'prefix' | 'wording' | 'filing'> {
  return {
    route: location.pathname,
    prefix: sessionSetting(location.search, 'prefix', PREFIXES, 'app-beian'),
    wording: sessionSetting(location.search, 'wording', WORDINGS, 'website'),
    filing: sessionSetting(location.search, 'filing', [...FILING_TITLES], '首次备案'),
  };
}

/**
 * A website step as an order opens it (tests go straight to it): `?type=enterprise|personal` presets the subject
 * type, `?sites=a.cn,b.com` shows one block per entry with that domain already in it (an empty entry: no domain),
 * `?sameAs=1` has the console tick 同主体负责人 in every block by default. `?filing=新增服务（原备案在腾讯云）` (or another
 * of FILING_TITLES) is the order type the wizard's title names, remembered for the tab like `?wording`.
 */
function presetValues(search: string): { values: Record<string, FieldValue>; websiteCount: number } {
  const query = new URLSearchParams(search);
  const values = initialValues();
  const type = query.get('type');
  if (type === 'enterprise' || type === 'personal') values['subject.type'] = type;
  const sites = query.get('sites')?.split(',') ?? [''];
  sites.forEach((domain, index) => {
    Object.assign(values, websiteValues(index), { [websitePath(index, 'domain')]: domain });
  });
  if (query.get('sameAs') === '1') sites.forEach((_, index) => (values[websitePath(index, 'sameAsPrincipal')] = true));
  return { values, websiteCount: sites.length };
}

function freshSnapshot(): Snapshot {
  return { ...locationPart(), ...presetValues(location.search), submittedOrders: [] };
}

let snapshot: Snapshot = freshSnapshot();
const listeners = new Set<() => void>();

function commit(next: Snapshot): void {
  snapshot = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getState(): ReplicaState {
  const route = parseRoute(snapshot.route);
  return structuredClone({
    route: snapshot.route,
    prefix: snapshot.prefix,
    wording: snapshot.wording,
    step: route.page === 'wizard' ? route.step : '',
    values: snapshot.values,
  });
}

export function useReplica<T>(select: (state: Snapshot) => T): T {
  return useSyncExternalStore(subscribe, () => select(snapshot));
}

export function useValue<T extends FieldValue>(path: string): T {
  return useReplica((state) => state.values[path]) as T;
}

export function readValue<T extends FieldValue>(path: string): T {
  return snapshot.values[path] as T;
}

export function setValues(changes: Record<string, FieldValue>): void {
  commit({ ...snapshot, values: { ...snapshot.values, ...changes } });
}

export function setValue(path: string, value: FieldValue): void {
  setValues({ [path]: value });
}

export function addWebsite(): void {
  const index = snapshot.websiteCount;
  const sameAs = new URLSearchParams(location.search).get('sameAs') === '1';
  const added = { ...websiteValues(index), ...(sameAs ? { [websitePath(index, 'sameAsPrincipal')]: true } : {}) };
  commit({ ...snapshot, websiteCount: index + 1, values: { ...snapshot.values, ...added } });
}

export function submitDraftOrder(order: ReplicaOrder): void {
  const others = snapshot.submittedOrders.filter((o) => o.orderId !== order.orderId);
  commit({ ...snapshot, submittedOrders: [order, ...others] });
}

export function navigate(path: string): void {
  history.pushState(null, '', path);
  commit({ ...snapshot, ...locationPart() });
}

export function resetStore(): void {
  commit(freshSnapshot());
}

/** Installs `window.__REPLICA__` and keeps `<script id="replica-state">` in step with the store. */
export function exposeState(): void {
  const element = document.createElement('script');
  element.type = 'application/json';
  element.id = 'replica-state';
  document.body.append(element);
  const publish = () => {
    element.textContent = JSON.stringify(getState());
  };
  publish();
  subscribe(publish);
  window.addEventListener('popstate', () => commit({ ...snapshot, ...locationPart() }));
  window.__REPLICA__ = { getState, reset: resetStore };
}

