/**
 * What the console adapter reports about a filing page and what it is asked to do. Everything here crosses the
 * extension's message channel, so it is plain JSON.
 */
import type { StageSignal } from './order-stage';
import type { Stage } from '@/utils/orders/stages';

/** Wizard steps, whatever the console's wording of the day (验证备案信息 / 填写主体信息 / 填写网站(服务)信息 / …). */
export type StepId = 'verify' | 'subject' | 'website' | 'material' | 'review';

/** The control a form field is answered with. `validity` is 证件有效期: a 长期 / 非长期 choice plus a date. */
export type ControlKind =
  | 'text'
  | 'textarea'
  | 'select'
  | 'cascader'
  | 'radio'
  | 'checkbox'
  | 'checkbox-group'
  | 'date'
  | 'validity'
  | 'upload'
  | 'readonly';

/**
 * - `profile`: answers a profile path (`key`)
 * - `sms-code`: a code the user receives by SMS (手机验证码)
 * - `upload`: a file the user must upload
 * - `console`: a known console field the profile has no value for (应用服务类型, 云资源, …)
 * - `unknown`: a label the adapter does not know (markup or wording drift)
 */
export type FieldRole = 'profile' | 'sms-code' | 'upload' | 'console' | 'unknown';

export type FieldValue = string | string[] | boolean | null;

export interface FieldSnapshot {
  /** Profile path such as `subject.name`, `principal.mobile`, `websites[1].remark`, `subject.region`; null unless `role` is `profile`. */
  key: string | null;
  role: FieldRole;
  /** Label as shown, without colon, star and tips. */
  label: string;
  /** Title of the card or section the field sits in (主体负责人信息, 网站信息 …). */
  section: string | null;
  kind: ControlKind;
  /** What the page holds now: text, chosen option(s), cascader path, checkbox state. */
  value: FieldValue;
  /** Visible choices of radios and checkbox groups (dropdown options are only known while open). */
  options: string[];
  required: boolean;
  disabled: boolean;
  /** Fixed text shown in front of a text input (for example the province and city before 通信地址). */
  addon: string | null;
  /**
   * Whether the value is the user's: they typed or clicked in it, or it differs from what the page showed when the
   * adapter first read the step. Page defaults (a pre-ticked 同主体负责人, a preselected 中文简体) are not.
   * Absent when the snapshot was not taken by the controller.
   */
  userChanged?: boolean;
}

export interface PageDiagnostics {
  /** Labels on this step the adapter does not know. */
  unknownLabels: string[];
  /** Profile paths this step normally asks for that were not found. */
  missingExpected: string[];
  /** True when either list is non-empty: the console's markup or wording has probably changed. */
  drift: boolean;
}

/** What the wizard-step detection reads (the page kind and the order are added from the order reading). */
export type StepSnapshot = Omit<PageSnapshot, 'pageKind' | 'order'>;

export interface PageSnapshot {
  path: string;
  pageKind: PageKind;
  /** The order this page is about (order pages only). */
  order: OrderPageSummary | null;
  step: StepId | null;
  /** Title of the current step as the console words it. */
  stepTitle: string | null;
  stepTitles: string[];
  headings: string[];
  fields: FieldSnapshot[];
  /** Number of website (服务) blocks on the page. */
  siteCount: number;
  /** Whether a button to add another website block is present. */
  canAddSite: boolean;
  /** Labels of upload fields: the user uploads these by hand. */
  uploads: string[];
  /** Labels the user must answer by hand: SMS codes and unknown required fields. */
  needsUser: string[];
  diagnostics: PageDiagnostics;
}

/** One value to put into the page, keyed by profile path. Values are already in the console's words. */
export interface FillItem {
  key: string;
  value: string | string[] | boolean;
  /** How the plan names the field, for the report when the page never shows it. */
  label?: string;
}

export interface FillOptions {
  /** Replace values already on the page (覆盖已填写的内容). */
  overwrite: boolean;
}

export interface FillRequest extends FillOptions {
  items: FillItem[];
}

export interface ReportEntry {
  key: string;
  label: string;
  /** Why (Chinese, for the user). */
  reason: string;
}

export interface FillReport {
  filled: ReportEntry[];
  skipped: ReportEntry[];
  failed: ReportEntry[];
  /** Website blocks added to make room for the profile's websites. */
  sitesAdded: number;
  needsUser: {
    uploads: string[];
    smsCodes: string[];
    unknownRequired: string[];
  };
}

export interface UndoReport {
  restored: ReportEntry[];
  /** Changes the console does not let us take back (an emptied Tea select or radio, an added website block). */
  notRestorable: ReportEntry[];
  failed: ReportEntry[];
}

/** A console control with everything the user entered left out. */
export interface StructureControl {
  kind: ControlKind;
  tag: string;
  className: string;
  inputType: string | null;
  placeholder: string | null;
  options: string[];
  disabled: boolean;
}

export interface StructureItem {
  label: string;
  required: boolean;
  itemClass: string;
  labelClass: string;
  controlsClass: string;
  controls: StructureControl[];
}

export interface StructureBlock {
  title: string | null;
  items: StructureItem[];
}

/** One order as an order page or list shows it, without values: where each stage signal sits and what it says. */
export interface OrderStructure {
  source: OrderObservation['source'];
  labels: string[];
  signals: Array<Pick<StageSignal, 'kind' | 'className' | 'text' | 'stage' | 'confidence'>>;
  stage: Stage | null;
}

/**
 * A filing step's form structure, or an order page's or list's signals, without any personal data; drops into
 * test/fixtures/console/ as a replica case.
 */
export interface PageStructure {
  format: 'beian-helper.console-structure';
  version: 1;
  path: string;
  pageKind: PageKind;
  /** Order pages and lists: every order with its labels and stage signals (texts masked). */
  orders: OrderStructure[];
  /** The tea class prefix seen on the page, for example `app-beian` or `tea`. */
  prefix: string;
  stepTitles: string[];
  currentStep: number;
  heading: string | null;
  blocks: StructureBlock[];
  /** Button texts inside the form (下一步, +继续添加网站 …). */
  actions: string[];
}

/** What a page is about, as the adapter reads it. */
export type PageKind = 'wizard' | 'order' | 'order-list' | 'other';

/** One order as read from its own page, a list row or a list card: every stage signal and their combination. */
export interface OrderObservation {
  source: 'list' | 'detail';
  /** 17-digit order number, when visible (or in the page's URL). */
  orderId: string | null;
  domain: string | null;
  filingType: string | null;
  /** Labels of its label/value rows or the list's column headers, as shown (for structure reports). */
  labels: string[];
  /** What the page shows as the order's status (status field, tag in its header, list cell), as shown. */
  statusTexts: string[];
  signals: StageSignal[];
  /** The combined reading (order-stage.ts `combineSignals`); null when the signals say nothing. */
  stage: Stage | null;
  /** When the page says the order reached `stage` (epoch ms), when it shows it. */
  stageAt: number | null;
}

/**
 * What the page reports of an observation to the background: only orders whose stage it read, only what stage tracking
 * keeps (signals, labels and status texts stay in the page for the panel and the structure export).
 */
export type OrderSighting = Pick<OrderObservation, 'orderId' | 'domain' | 'filingType' | 'stage' | 'stageAt'> & { stage: Stage };

/** The order of the open page, for the panel: which one, and whether its stage could be read. */
export interface OrderPageSummary {
  orderId: string | null;
  stage: Stage | null;
  statusTexts: string[];
}
