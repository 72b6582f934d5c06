import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  NO_EXPIRY,
  formattingFix,
  mergeFindings,
  sharedValueFindings,
  validateProfile,
  type Findings,
  type Issue,
  type Person,
  type Profile,
  type Subject,
  type SubjectType,
  type Website,
} from '@/utils/profile';
import {
  ENTERPRISE_CERTIFICATE_TYPES,
  LANGUAGES,
  NO_PRE_APPROVAL_LABEL,
  PERSON_CERTIFICATE_TYPES,
  PRE_APPROVALS,
  SERVICE_CONTENTS,
  SUBJECT_TYPE_LABELS,
  blankPerson,
  blankWebsite,
  withCurrent,
} from './vocabulary';
import { citiesOf, districtsOf, pickRegion, regionChoices, type Region, type RegionChoice } from '@/utils/profile/regions';
import { useRegionTree } from './region-data';

export interface ProfileEditorProps {
  initial: Profile;
  /** A profile not stored yet: its findings appear field by field as the user fills them, all of them after 保存. */
  isNew: boolean;
  /** YYYY-MM-DD, for expiry checks. */
  today: string;
  /** Fields emptied by 复制为新客户: marked 需为新客户填写 while still empty. */
  cleared?: readonly string[];
  /** The other stored profiles, to find values shared with another client. */
  others?: readonly Profile[];
  /** Stores the profile; `errorCount` > 0 keeps the editor open (the page decides, the editor says so). */
  onSave(profile: Profile, errorCount: number): Promise<void>;
  onCancel(): void;
  /** Every change of the form's content (the page keeps unsaved edits and asks before dropping them). */
  onChange?(profile: Profile): void;
}

type FieldFindings = { errors: Issue[]; warnings: Issue[] };
const NO_FINDINGS: FieldFindings = { errors: [], warnings: [] };

interface FindingsView {
  at(path: string): FieldFindings;
  touch(path: string): void;
  isCleared(path: string): boolean;
}
const FindingsContext = createContext<FindingsView>({ at: () => NO_FINDINGS, touch: () => {}, isCleared: () => false });

function groupByPath(findings: Findings): Map<string, FieldFindings> {
  const byPath = new Map<string, FieldFindings>();
  const entry = (path: string) => {
    let found = byPath.get(path);
    if (!found) byPath.set(path, (found = { errors: [], warnings: [] }));
    return found;
  };
  for (const issue of findings.errors) entry(issue.path).errors.push(issue);
  for (const issue of findings.warnings) entry(issue.path).warnings.push(issue);
  return byPath;
}

// ---- Field layout: one list per block, used both to render the form and to know which paths it shows -------------

type FieldKind = 'text' | 'tel' | 'email' | 'textarea' | 'certificateType' | 'date' | 'dateOrNoExpiry' | 'choice';
interface FieldSpec<K extends string> {
  key: K;
  label: string;
  kind: FieldKind;
  hint?: string;
}

const PERSON_FIELDS: FieldSpec<keyof Person>[] = [
  { key: 'name', label: '负责人姓名', kind: 'text' },
  { key: 'certificateType', label: '证件类型', kind: 'certificateType' },
  { key: 'certificateNumber', label: '证件号码', kind: 'text' },
  { key: 'certificateValidFrom', label: '证件有效期起始日期', kind: 'date' },
  { key: 'certificateValidTo', label: '证件有效期截止日期', kind: 'dateOrNoExpiry' },
  { key: 'mobile', label: '手机号码', kind: 'tel' },
  { key: 'emergencyPhone', label: '应急联系电话', kind: 'tel', hint: '不能与手机号码相同' },
  { key: 'email', label: '电子邮箱', kind: 'email' },
  { key: 'officePhone', label: '办公室电话', kind: 'tel', hint: '带区号的固定电话，个人可不填' },
];

type RegionKey = keyof Region;
const REGION_FIELDS: FieldSpec<RegionKey>[] = [
  { key: 'province', label: '备案地域（省）', kind: 'text', hint: '与证件一致，如「广东省」' },
  { key: 'city', label: '备案地域（市）', kind: 'text' },
  { key: 'district', label: '备案地域（区县）', kind: 'text' },
];

type SubjectTextKey = Exclude<keyof Subject, 'type' | 'legalRepresentative' | RegionKey>;
function subjectFields(type: SubjectType): FieldSpec<SubjectTextKey>[] {
  return [
    { key: 'name', label: type === 'personal' ? '姓名' : '主办单位名称', kind: 'text', hint: '与证件上的名称完全一致' },
    { key: 'certificateType', label: '证件类型', kind: 'certificateType' },
    { key: 'certificateNumber', label: '证件号码', kind: 'text' },
    { key: 'certificateAddress', label: '证件住所', kind: 'text', hint: '与证件上的地址完全一致' },
    { key: 'mailingAddress', label: '通信地址', kind: 'text', hint: type === 'personal' ? '精确到门牌号' : '单位实际办公地址' },
    {
      key: 'investor',
      label: '投资人或主管单位',
      kind: 'text',
      hint: type === 'personal' ? '个人可不填（默认为本人姓名）' : undefined,
    },
    { key: 'remark', label: '主体信息备注', kind: 'textarea' },
  ];
}

type LegalRepresentative = NonNullable<Subject['legalRepresentative']>;
const LEGAL_REPRESENTATIVE_FIELDS: FieldSpec<keyof LegalRepresentative>[] = [
  { key: 'name', label: '法定代表人姓名', kind: 'text' },
  { key: 'certificateType', label: '法定代表人证件类型', kind: 'certificateType' },
  { key: 'certificateNumber', label: '法定代表人证件号码', kind: 'text' },
];

type WebsiteTextKey = 'name' | 'domain' | 'homepageUrl' | 'remark';
const WEBSITE_TEXT_FIELDS: FieldSpec<WebsiteTextKey>[] = [
  { key: 'name', label: '网站名称', kind: 'text' },
  { key: 'domain', label: '网站域名', kind: 'text', hint: '只填主域名，如 example.com，不带 http:// 和 www' },
  { key: 'homepageUrl', label: '网站首页 URL', kind: 'text', hint: '可不填，如 www.example.com' },
];
const WEBSITE_REMARK_FIELD: FieldSpec<'remark'> = {
  key: 'remark',
  label: '网站备注',
  kind: 'textarea',
  hint: '说明网站做什么，不少于 15 字；服务内容选「其他」时必须写',
};
type WebsiteListKey = 'serviceContent' | 'languages' | 'preApprovals';
const WEBSITE_LIST_KEYS: WebsiteListKey[] = ['serviceContent', 'languages', 'preApprovals'];

/** Every path the form shows a field for: findings elsewhere are listed above the form so none goes unseen. */
function shownPaths(profile: Profile): Set<string> {
  const paths = new Set<string>(['label', 'subject.type']);
  for (const field of [...REGION_FIELDS, ...subjectFields(profile.subject.type)]) paths.add(`subject.${field.key}`);
  if (profile.subject.legalRepresentative) {
    for (const field of LEGAL_REPRESENTATIVE_FIELDS) paths.add(`subject.legalRepresentative.${field.key}`);
  }
  for (const field of PERSON_FIELDS) paths.add(`principal.${field.key}`);
  profile.websites.forEach((website, index) => {
    const base = `websites[${index}]`;
    for (const field of [...WEBSITE_TEXT_FIELDS, WEBSITE_REMARK_FIELD]) paths.add(`${base}.${field.key}`);
    for (const key of WEBSITE_LIST_KEYS) paths.add(`${base}.${key}`);
    if (website.principal) for (const field of PERSON_FIELDS) paths.add(`${base}.principal.${field.key}`);
  });
  return paths;
}

// ---- Field building blocks ----------------------------------------------------------------------------------------

function FindingList({ id, findings }: { id: string; findings: FieldFindings }) {
  if (findings.errors.length === 0 && findings.warnings.length === 0) return null;
  return (
    <div id={id} className="bh-pf-findings">
      {findings.errors.map((issue, index) => (
        <p key={`e${index}`} role="alert" className="bh-error">
          错误：{issue.message}
        </p>
      ))}
      {findings.warnings.map((issue, index) => (
        <p key={`w${index}`} className="bh-warning">
          警告：{issue.message}
        </p>
      ))}
    </div>
  );
}

/** Field ids follow the path (one editor per page), so the summary can link to each field. */
function fieldId(path: string): string {
  return `bh-pf-${path}`;
}

function useFieldState(path: string) {
  const view = useContext(FindingsContext);
  const id = fieldId(path);
  const findings = view.at(path);
  const hasFindings = findings.errors.length + findings.warnings.length > 0;
  return {
    cleared: view.isCleared(path),
    inputId: id,
    findingsId: `${id}-findings`,
    findings,
    touch: () => view.touch(path),
    aria: {
      'aria-invalid': findings.errors.length > 0 ? true : undefined,
      'aria-describedby': hasFindings ? `${id}-findings` : undefined,
    },
  };
}

interface ValueFieldProps {
  path: string;
  spec: FieldSpec<string>;
  value: string;
  onChange(value: string): void;
  certificateTypes?: readonly string[];
  /** The options of a `choice` field. */
  choices?: readonly RegionChoice[];
}

function ValueField({ path, spec, value, onChange, certificateTypes = PERSON_CERTIFICATE_TYPES, choices = [] }: ValueFieldProps) {
  const field = useFieldState(path);
  const common = { id: field.inputId, onBlur: field.touch, ...field.aria };
  // Typed text is judged once the field is left (no "应为 18 位" while still typing); choices at once.
  const typed = spec.kind === 'text' || spec.kind === 'tel' || spec.kind === 'email' || spec.kind === 'textarea';
  const change = (next: string) => {
    if (!typed) field.touch();
    onChange(next);
  };
  const shown = field.findings.errors.length + field.findings.warnings.length > 0;
  const fix = shown && typed ? formattingFix(path, value) : null;
  let control: ReactNode;
  switch (spec.kind) {
    case 'textarea':
      control = <textarea {...common} rows={3} value={value} onChange={(event) => change(event.target.value)} />;
      break;
    case 'certificateType':
      control = (
        <select {...common} value={value} onChange={(event) => change(event.target.value)}>
          {value === '' && <option value="">请选择</option>}
          {withCurrent(certificateTypes, value).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      );
      break;
    case 'choice':
      control = (
        <select {...common} value={value} onChange={(event) => change(event.target.value)}>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      );
      break;
    case 'date':
      control = <input {...common} type="date" value={value} onChange={(event) => change(event.target.value)} />;
      break;
    case 'dateOrNoExpiry': {
      const noExpiry = value === NO_EXPIRY;
      control = (
        <span className="bh-pf-inline">
          <input
            {...common}
            type="date"
            disabled={noExpiry}
            value={noExpiry ? '' : value}
            onChange={(event) => change(event.target.value)}
          />
          <label className="bh-pf-check">
            <input type="checkbox" checked={noExpiry} onChange={(event) => change(event.target.checked ? NO_EXPIRY : '')} />
            {NO_EXPIRY}
          </label>
        </span>
      );
      break;
    }
    default:
      control = (
        <input
          {...common}
          type={spec.kind === 'text' ? 'text' : spec.kind}
          value={value}
          onChange={(event) => change(event.target.value)}
        />
      );
  }
  return (
    <div className="bh-pf-field">
      <label htmlFor={field.inputId}>{spec.label}</label>
      {control}
      {spec.hint && <small className="bh-weak">{spec.hint}</small>}
      {field.cleared && value === '' && <small className="bh-pf-cleared">需为新客户填写</small>}
      <FindingList id={field.findingsId} findings={field.findings} />
      {fix !== null && (
        <button type="button" aria-label={`把${spec.label}改为 ${fix}`} onClick={() => onChange(fix)}>
          改为 {fix}
        </button>
      )}
    </div>
  );
}

/**
 * 省 / 市 / 区县 as three chained lists once the division data is loaded (choosing a province narrows the cities…);
 * plain text fields until then or if it cannot be loaded, so the form is never blocked.
 */
function RegionFields({ region, onChange }: { region: Region; onChange(region: Partial<Region>): void }) {
  const { tree, failed } = useRegionTree();
  const lists: Record<RegionKey, readonly string[]> | null = tree && {
    province: [...tree.keys()],
    city: citiesOf(tree, region.province),
    district: districtsOf(tree, region.province, region.city),
  };
  return (
    <>
      {!lists && (
        <p className="bh-weak">
          {failed
            ? '省市区列表载入失败，请直接输入，写法与控制台的选项一致（如「广东省」「深圳市」「南山区」）。'
            : '正在载入省市区列表，载入前可以直接输入。'}
        </p>
      )}
      {REGION_FIELDS.map((spec) => {
        const value = region[spec.key] ?? '';
        // District is optional: its empty choice stays; 省 and 市 offer 请选择 only while empty.
        const empty = value === '' || spec.key === 'district' ? [{ value: '', label: '请选择' }] : [];
        return (
          <ValueField
            key={spec.key}
            path={`subject.${spec.key}`}
            spec={lists ? { ...spec, kind: 'choice' } : spec}
            value={value}
            choices={lists ? [...empty, ...regionChoices(lists[spec.key], value)] : undefined}
            onChange={(next) => onChange(tree ? pickRegion(tree, region, { [spec.key]: next }) : { [spec.key]: next })}
          />
        );
      })}
    </>
  );
}

interface ChoiceGroupProps {
  path: string;
  legend: string;
  options: readonly string[];
  selected: readonly string[];
  onChange(selected: string[]): void;
  /** A choice shown as checked when nothing else is (「以上都不涉及」 for an empty list). */
  noneLabel?: string;
}

function ChoiceGroup({ path, legend, options, selected, onChange, noneLabel }: ChoiceGroupProps) {
  const field = useFieldState(path);
  const toggle = (option: string, on: boolean) => {
    field.touch();
    onChange(on ? [...selected, option] : selected.filter((value) => value !== option));
  };
  const shown = [...options, ...selected.filter((value) => !options.includes(value))];
  return (
    <fieldset id={field.inputId} className="bh-pf-field bh-pf-choices" aria-describedby={field.aria['aria-describedby']}>
      <legend>{legend}</legend>
      {noneLabel && (
        <label className="bh-pf-check">
          <input
            type="checkbox"
            checked={selected.length === 0}
            onChange={() => {
              field.touch();
              onChange([]);
            }}
          />
          {noneLabel}
        </label>
      )}
      {shown.map((option) => (
        <label key={option} className="bh-pf-check">
          <input type="checkbox" checked={selected.includes(option)} onChange={(event) => toggle(option, event.target.checked)} />
          {option}
        </label>
      ))}
      <FindingList id={field.findingsId} findings={field.findings} />
    </fieldset>
  );
}

function PersonFields({ base, person, onChange }: { base: string; person: Person; onChange(patch: Partial<Person>): void }) {
  return (
    <>
      {PERSON_FIELDS.map((spec) => (
        <ValueField
          key={spec.key}
          path={`${base}.${spec.key}`}
          spec={spec}
          value={person[spec.key] ?? ''}
          onChange={(value) => onChange({ [spec.key]: value })}
        />
      ))}
    </>
  );
}

interface WebsiteFieldsProps {
  index: number;
  website: Website;
  subjectType: SubjectType;
  canRemove: boolean;
  onChange(patch: Partial<Website>): void;
  onRemove(): void;
}

function WebsiteFields({ index, website, subjectType, canRemove, onChange, onRemove }: WebsiteFieldsProps) {
  const base = `websites[${index}]`;
  const title = `网站 ${index + 1}${website.name ? `：${website.name}` : ''}`;
  return (
    <fieldset className="bh-pf-block" aria-label={`网站 ${index + 1}`}>
      <legend>{title}</legend>
      {WEBSITE_TEXT_FIELDS.map((spec) => (
        <ValueField
          key={spec.key}
          path={`${base}.${spec.key}`}
          spec={spec}
          value={website[spec.key] ?? ''}
          onChange={(value) => onChange({ [spec.key]: value })}
        />
      ))}
      <ChoiceGroup
        path={`${base}.serviceContent`}
        legend="网站服务内容"
        options={SERVICE_CONTENTS}
        selected={website.serviceContent}
        onChange={(serviceContent) => onChange({ serviceContent })}
      />
      <ChoiceGroup
        path={`${base}.languages`}
        legend="网站语言"
        options={LANGUAGES}
        selected={website.languages}
        onChange={(languages) => onChange({ languages })}
      />
      <ChoiceGroup
        path={`${base}.preApprovals`}
        legend="前置审批"
        options={PRE_APPROVALS}
        selected={website.preApprovals}
        noneLabel={NO_PRE_APPROVAL_LABEL}
        onChange={(preApprovals) => onChange({ preApprovals })}
      />
      <ValueField
        path={`${base}.remark`}
        spec={WEBSITE_REMARK_FIELD}
        value={website.remark}
        onChange={(remark) => onChange({ remark })}
      />
      <fieldset className="bh-pf-block" aria-label={`网站 ${index + 1} 的网站负责人`}>
        <legend>网站负责人</legend>
        <label className="bh-pf-check">
          <input
            type="checkbox"
            checked={website.principal === null}
            onChange={(event) => onChange({ principal: event.target.checked ? null : blankPerson() })}
          />
          同主体负责人{subjectType === 'personal' ? '（个人备案通常如此）' : ''}
        </label>
        {website.principal && (
          <PersonFields
            base={`${base}.principal`}
            person={website.principal}
            onChange={(patch) => onChange({ principal: { ...website.principal!, ...patch } })}
          />
        )}
      </fieldset>
      {canRemove && (
        <button type="button" onClick={onRemove}>
          删除网站 {index + 1}
        </button>
      )}
    </fieldset>
  );
}

/** Moves the keyboard to a field named in the summary (a choice group: its first box). */
function focusField(path: string): void {
  const element = document.getElementById(fieldId(path));
  const target = element instanceof HTMLFieldSetElement ? element.querySelector('input') : element;
  target?.focus();
}

/** The summary: every finding shown in the form, each a link to its field. */
function FindingsSummary({ findings, visible, placed }: { findings: Findings; visible(path: string): boolean; placed: Set<string> }) {
  const items = [
    ...findings.errors.map((issue) => ({ issue, kind: '错误' })),
    ...findings.warnings.map((issue) => ({ issue, kind: '警告' })),
  ].filter(({ issue }) => placed.has(issue.path) && visible(issue.path));
  return (
    <nav className="bh-pf-summary" aria-label="检查结果">
      <p>
        {findings.errors.length === 0 && findings.warnings.length === 0
          ? '未发现问题。'
          : `共 ${findings.errors.length} 个错误、${findings.warnings.length} 个警告。有错误也可以保存，但在控制台填表前需要改正。`}
      </p>
      {items.length > 0 && (
        <ul>
          {items.map(({ issue, kind }, index) => (
            <li key={index} className={kind === '错误' ? 'bh-error' : 'bh-warning'}>
              <a
                href={`#${fieldId(issue.path)}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(issue.path);
                }}
              >
                {kind}：{issue.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}

// ---- The editor ---------------------------------------------------------------------------------------------------

/** The person fields a personal filer's 主体负责人 copies from the applicant (they are the same person). */
const FOLLOWED_KEYS = ['name', 'certificateType', 'certificateNumber'] as const;

/** Follows while nothing different was entered for the 负责人 (empty, or already the applicant's values). */
function principalMatchesApplicant({ subject, principal }: Profile): boolean {
  return subject.type === 'personal' && (['name', 'certificateNumber'] as const).every((key) => principal[key] === '' || principal[key] === subject[key]);
}

const NO_PROFILES: readonly Profile[] = [];

export function ProfileEditor({ initial, isNew, today, cleared, others = NO_PROFILES, onSave, onCancel, onChange }: ProfileEditorProps) {
  const [draft, setDraft] = useState(initial);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  useEffect(() => onChangeRef.current?.(draft), [draft]);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [showAll, setShowAll] = useState(!isNew);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // An empty 档案名称 follows the subject's name until the user types one.
  const [labelFollowsName, setLabelFollowsName] = useState(initial.label === '');
  // A personal filer is their own 主体负责人: it copies the applicant until edited (stored as plain copied values).
  const [principalFollows, setPrincipalFollows] = useState(() => principalMatchesApplicant(initial));

  const findings = useMemo(
    () => mergeFindings(validateProfile(draft, { today }), sharedValueFindings([draft, ...others]).get(draft.id)),
    [draft, today, others],
  );
  const clearedPaths = useMemo(() => new Set(cleared), [cleared]);
  const byPath = useMemo(() => groupByPath(findings), [findings]);
  const placedPaths = useMemo(() => shownPaths(draft), [draft]);
  const unplaced = useMemo(
    () => ({
      errors: findings.errors.filter((issue) => !placedPaths.has(issue.path)),
      warnings: findings.warnings.filter((issue) => !placedPaths.has(issue.path)),
    }),
    [placedPaths, findings],
  );
  const view = useMemo<FindingsView>(
    () => ({
      at: (path) => (showAll || touched.has(path) ? (byPath.get(path) ?? NO_FINDINGS) : NO_FINDINGS),
      touch: (path) => setTouched((old) => (old.has(path) ? old : new Set(old).add(path))),
      isCleared: (path) => clearedPaths.has(path),
    }),
    [byPath, showAll, touched, clearedPaths],
  );

  const { subject } = draft;
  const patchSubject = (patch: Partial<Subject>) =>
    setDraft((old) => {
      let next = { ...old, subject: { ...old.subject, ...patch } };
      if (labelFollowsName && patch.name !== undefined) next = { ...next, label: patch.name.trim() };
      if (principalFollows && next.subject.type === 'personal') {
        const copied = Object.fromEntries(FOLLOWED_KEYS.map((key) => [key, next.subject[key]]));
        next = { ...next, principal: { ...next.principal, ...copied } };
      }
      return next;
    });
  const patchPrincipal = (patch: Partial<Person>) => {
    if (FOLLOWED_KEYS.some((key) => key in patch)) setPrincipalFollows(false);
    setDraft((old) => ({ ...old, principal: { ...old.principal, ...patch } }));
  };
  const patchWebsite = (index: number, patch: Partial<Website>) =>
    setDraft((old) => ({ ...old, websites: old.websites.map((site, i) => (i === index ? { ...site, ...patch } : site)) }));
  const subjectCertificateTypes = subject.type === 'enterprise' ? ENTERPRISE_CERTIFICATE_TYPES : PERSON_CERTIFICATE_TYPES;

  const save = async () => {
    setShowAll(true);
    setSaveError(null);
    setSaved(null);
    if (isNew && JSON.stringify(draft) === JSON.stringify(initial)) {
      setSaveError('档案是空的，未保存。');
      return;
    }
    setSaving(true);
    try {
      const errorCount = findings.errors.length;
      await onSave(draft, errorCount);
      if (errorCount > 0) setSaved(`已保存（${errorCount} 个错误，待完善）。改正后再保存即可。`);
    } catch (error) {
      setSaveError(`保存失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FindingsContext.Provider value={view}>
      <form
        className="bh-pf-editor"
        aria-label={isNew ? '新建档案' : `编辑档案：${initial.label || initial.subject.name}`}
        // Enter in a field never saves: only the 保存档案 button does.
        onSubmit={(event) => event.preventDefault()}
      >
        <h2>{isNew ? '新建档案' : `编辑档案：${initial.label || initial.subject.name}`}</h2>
        <FindingsSummary findings={findings} visible={(path) => showAll || touched.has(path)} placed={placedPaths} />
        {showAll && <FindingList id="bh-pf-unplaced" findings={unplaced} />}

        <ValueField
          path="label"
          spec={{ key: 'label', label: '档案名称', kind: 'text', hint: '只在列表中显示，如「张三 · 个人」' }}
          value={draft.label}
          onChange={(label) => {
            setLabelFollowsName(label === '');
            setDraft((old) => ({ ...old, label }));
          }}
        />

        <fieldset className="bh-pf-block" aria-label="主体信息">
          <legend>主体信息</legend>
          <div className="bh-pf-field">
            <label htmlFor="bh-pf-subject-type">主办单位性质</label>
            <select
              id="bh-pf-subject-type"
              value={subject.type}
              onChange={(event) => patchSubject({ type: event.target.value as SubjectType })}
            >
              {(Object.keys(SUBJECT_TYPE_LABELS) as SubjectType[]).map((type) => (
                <option key={type} value={type}>
                  {SUBJECT_TYPE_LABELS[type]}
                </option>
              ))}
            </select>
          </div>
          <RegionFields region={subject} onChange={patchSubject} />
          {subjectFields(subject.type).map((spec) => (
            <ValueField
              key={spec.key}
              path={`subject.${spec.key}`}
              spec={spec}
              value={subject[spec.key] ?? ''}
              certificateTypes={subjectCertificateTypes}
              onChange={(value) => patchSubject({ [spec.key]: value })}
            />
          ))}
          {(subject.type === 'enterprise' || subject.legalRepresentative) && (
            <fieldset className="bh-pf-block" aria-label="法定代表人">
              <legend>法定代表人</legend>
              <label className="bh-pf-check">
                <input
                  type="checkbox"
                  checked={!!subject.legalRepresentative}
                  onChange={(event) =>
                    patchSubject({
                      legalRepresentative: event.target.checked
                        ? { name: '', certificateType: PERSON_CERTIFICATE_TYPES[0], certificateNumber: '' }
                        : null,
                    })
                  }
                />
                填写法定代表人（控制台要求时）
              </label>
              {subject.legalRepresentative &&
                LEGAL_REPRESENTATIVE_FIELDS.map((spec) => (
                  <ValueField
                    key={spec.key}
                    path={`subject.legalRepresentative.${spec.key}`}
                    spec={spec}
                    value={subject.legalRepresentative![spec.key]}
                    onChange={(value) => patchSubject({ legalRepresentative: { ...subject.legalRepresentative!, [spec.key]: value } })}
                  />
                ))}
            </fieldset>
          )}
        </fieldset>

        <fieldset className="bh-pf-block" aria-label="主体负责人">
          <legend>主体负责人</legend>
          {subject.type === 'personal' && principalFollows && (
            <small className="bh-weak">个人备案的主体负责人就是本人：姓名、证件类型和证件号码随上面的主体信息自动填写，在这里修改后不再跟随。</small>
          )}
          <PersonFields base="principal" person={draft.principal} onChange={patchPrincipal} />
        </fieldset>

        {draft.websites.map((website, index) => (
          <WebsiteFields
            key={index}
            index={index}
            website={website}
            subjectType={subject.type}
            canRemove={draft.websites.length > 1}
            onChange={(patch) => patchWebsite(index, patch)}
            onRemove={() => setDraft((old) => ({ ...old, websites: old.websites.filter((_, i) => i !== index) }))}
          />
        ))}
        <button
          type="button"
          onClick={() => setDraft((old) => ({ ...old, websites: [...old.websites, blankWebsite(old.subject.type)] }))}
        >
          添加网站
        </button>

        {saveError && (
          <p role="alert" className="bh-notice bh-error">
            {saveError}
          </p>
        )}
        {saved && (
          <p role="status" className="bh-notice">
            {saved}
          </p>
        )}
        <div className="bh-pf-actions bh-pf-savebar">
          <button type="button" className="bh-primary" disabled={saving} onClick={() => void save()}>
            保存档案
          </button>
          <button type="button" onClick={onCancel}>
            取消
          </button>
        </div>
      </form>
    </FindingsContext.Provider>
  );
}
