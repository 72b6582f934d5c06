/**
 * Tiny React stand-ins for the tea-component controls the console uses, with the same markup (§4.3) and the same
 * behaviour that matters to a filler: controlled inputs, dropdowns portalled into #tea-overlay-root with a virtualised
 * list and a hidden measuring box, a cascader that swaps panels per level, click-driven radios and checkboxes, a date
 * picker that takes typing + Enter and an old one that only takes calendar clicks. Every value lives in React state,
 * mirrored into `store.values` so tests can prove it reached React.
 */
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export type Values = Record<string, unknown>;
export interface Store {
  values: Values;
  /** Changes a value as the user would (installed by TeaPage). */
  set?: (name: string, value: unknown) => void;
}

interface FormContext {
  prefix: string;
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  subscribe(listener: () => void): () => void;
}

const Ctx = createContext<FormContext>(null as unknown as FormContext);

/** One field's value; like a form library's field subscription, only the fields whose value changed re-render. */
function useField<T>(name: string): [T | undefined, (value: unknown) => void] {
  const form = useContext(Ctx);
  const value = useSyncExternalStore(form.subscribe, () => form.get(name)) as T | undefined;
  return [value, (next) => form.set(name, next)];
}

const usePrefix = () => useContext(Ctx).prefix;

export function TeaPage({ store, prefix = 'app-beian', initial = {}, children }: { store: Store; prefix?: string; initial?: Values; children: ReactNode }) {
  const [form] = useState<FormContext>(() => {
    const listeners = new Set<() => void>();
    store.values = initial;
    store.set = (name, value) => form.set(name, value);
    return {
      prefix,
      get: (name) => store.values[name],
      set: (name, value) => {
        store.values = { ...store.values, [name]: value };
        listeners.forEach((l) => l());
      },
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  });
  return (
    <Ctx.Provider value={form}>
      <div id="container">{children}</div>
    </Ctx.Provider>
  );
}

export function Stepper({ titles, current }: { titles: string[]; current: number }) {
  const P = usePrefix();
  return (
    <div className={`${P}-step`}>
      {titles.map((t, i) => (
        <div key={t} className={`${P}-step__item${i === current ? ' is-current' : ''}`}>
          <div className={`${P}-step__num`}>{i + 1}</div>
          <div className={`${P}-step__content`}>
            <div className={`${P}-step__title`}>{t}</div>
          </div>
        </div>
      ))}
    </div>
  );
}

export function Card({ title, children }: { title: string; children: ReactNode }) {
  const P = usePrefix();
  return (
    <div className={`${P}-card`}>
      <div className={`${P}-card__body`}>
        <div className={`${P}-card__title`}>
          <h3>{title}</h3>
        </div>
        <div className={`${P}-card__content`}>
          <div className={`${P}-form`}>{children}</div>
        </div>
      </div>
    </div>
  );
}

export function Item({ label, children }: { label: string; children: ReactNode }) {
  const P = usePrefix();
  return (
    <div className={`${P}-form__item`}>
      <div className={`${P}-form__label is-required`}>
        <label>{label}</label>
      </div>
      <div className={`${P}-form__controls`}>{children}</div>
    </div>
  );
}

export function TextField({ name, className = '', multiline = false }: { name: string; className?: string; multiline?: boolean }) {
  const P = usePrefix();
  const [stored, set] = useField<string>(name);
  const value = stored ?? '';
  return multiline ? (
    <textarea className={`${P}-textarea`} value={value} onChange={(e) => set(e.target.value)} />
  ) : (
    <input className={`${P}-input ${className}`.trim()} value={value} onChange={(e) => set(e.target.value)} />
  );
}

function overlayRoot(): HTMLElement {
  let root = document.getElementById('tea-overlay-root');
  if (!root) {
    root = document.createElement('div');
    root.id = 'tea-overlay-root';
    document.body.append(root);
  }
  return root;
}

const ROW = 30;
const ROWS_SHOWN = 8;

/** A select (closes on pick) or, with `multiple`, a SelectMultiple (each pick toggles; the popup stays open). */
export function SelectField({ name, options, searchable = false, multiple = false }: { name: string; options: string[]; searchable?: boolean; multiple?: boolean }) {
  const P = usePrefix();
  const [stored, set] = useField<string | string[]>(name);
  const [open, setOpen] = useState(false);
  const [scrollTop, setScrollTop] = useState(0);
  const [query, setQuery] = useState('');
  const chosen = multiple ? ((stored as string[] | undefined) ?? []) : [];
  const value = multiple ? (chosen.length ? chosen.join('、') : undefined) : (stored as string | undefined);
  const pick = (o: string) => {
    if (!multiple) {
      set(o);
      setOpen(false);
    } else set(chosen.includes(o) ? chosen.filter((c) => c !== o) : [...chosen, o]);
  };
  const shown = options.filter((o) => o.includes(query));
  const first = Math.min(Math.floor(scrollTop / ROW), Math.max(0, shown.length - ROWS_SHOWN));
  const visible = shown.slice(first, first + ROWS_SHOWN);
  return (
    <div className={`${P}-dropdown${open ? ' is-expanded' : ''}`} tabIndex={0}>
      <div className={`${P}-dropdown__header ${P}-dropdown-btn`} onClick={() => setOpen((o) => !o)}>
        <div className={`${P}-dropdown__value`}>{value ?? <span className={`${P}-text-weak`}>请选择</span>}</div>
        <i className={`${P}-icon ${P}-icon-arrowdown`} />
      </div>
      {open &&
        createPortal(
          <div className={`${P}-overlay`} style={{ position: 'fixed' }}>
            <div className={`${P}-dropdown-box`} style={{ position: 'relative' }}>
              {searchable && <input className={`${P}-input`} value={query} onChange={(e) => setQuery(e.target.value)} />}
              <div style={{ position: 'relative', height: ROW * ROWS_SHOWN, overflow: 'auto' }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
                <ul className={`${P}-list ${P}-list--option`} style={{ height: shown.length * ROW }}>
                  {visible.map((o, i) => (
                    <li
                      key={o}
                      title={o}
                      aria-selected={multiple ? chosen.includes(o) : o === value}
                      style={{ position: 'absolute', top: (first + i) * ROW, height: ROW }}
                      onClick={() => pick(o)}
                    >
                      {o}
                    </li>
                  ))}
                </ul>
              </div>
              <div className={`${P}-dropdown-box`} style={{ position: 'absolute', top: -9999 }}>
                <ul className={`${P}-list ${P}-list--option`}>
                  <li title={options[0]}>{options[0]}</li>
                </ul>
              </div>
            </div>
          </div>,
          overlayRoot(),
        )}
    </div>
  );
}

export type Tree = Record<string, Record<string, string[]>>;

export function CascaderField({ name, tree, columns = false }: { name: string; tree: Tree; columns?: boolean }) {
  const P = usePrefix();
  const [value, set] = useField<string[]>(name);
  const [open, setOpen] = useState(false);
  const [path, setPath] = useState<string[]>([]);
  const level = (depth: number, at: string[]): string[] =>
    depth === 0 ? Object.keys(tree) : depth === 1 ? Object.keys(tree[at[0]!] ?? {}) : (tree[at[0]!]?.[at[1]!] ?? []);
  const choose = (depth: number, label: string) => {
    const next = [...path.slice(0, depth), label];
    if (depth === 2 || level(depth + 1, next).length === 0) {
      set(next);
      setOpen(false);
    } else setPath(next);
  };
  const list = (depth: number) => (
    <ul key={depth} className={`${P}-cascader-menu__list`}>
      {level(depth, path).map((o) => (
        <li key={o}>
          <div className={`${P}-cascader-menu__label`} onClick={() => choose(depth, o)}>
            {o}
          </div>
        </li>
      ))}
    </ul>
  );
  return (
    <div className={`${P}-cascader`}>
      <div
        className={`${P}-cascader__input`}
        onClick={() => {
          setPath([]);
          setOpen(true);
        }}
      >
        <div className={`${P}-cascader__value`}>
          <span>{value ? value.join(' / ') : ''}</span>
        </div>
        <input placeholder="请选择" className={`${P}-input`} readOnly value="" />
      </div>
      {open &&
        createPortal(
          <div className={`${P}-overlay`}>
            <div className={`${P}-dropdown-box`}>
              <div className={`${P}-cascader-menu`}>{columns ? [0, 1, 2].slice(0, path.length + 1).map(list) : list(path.length)}</div>
            </div>
          </div>,
          overlayRoot(),
        )}
    </div>
  );
}

export function RadioField({ name, options }: { name: string; options: string[] }) {
  const P = usePrefix();
  const [value, set] = useField<string>(name);
  return (
    <div className={`${P}-form-check-group`}>
      {options.map((o) => (
        <label key={o} className={`${P}-form-check`}>
          <span className={`${P}-radio-wrap`}>
            <input type="radio" readOnly className={`${P}-radio`} checked={value === o} onClick={() => set(o)} />
          </span>
          <span className={`${P}-form-check__label`}>{o}</span>
        </label>
      ))}
    </div>
  );
}

export const NONE_OF_THE_ABOVE = '以上都不涉及';

export function CheckboxGroupField({ name, options }: { name: string; options: string[] }) {
  const P = usePrefix();
  const [stored, set] = useField<string[]>(name);
  const chosen = stored ?? [];
  const toggle = (o: string) => {
    if (chosen.includes(o)) set(chosen.filter((c) => c !== o));
    else if (o === NONE_OF_THE_ABOVE) set([o]);
    else set([...chosen.filter((c) => c !== NONE_OF_THE_ABOVE), o]);
  };
  return (
    <div className={`${P}-form-check-group`}>
      {options.map((o) => (
        <label key={o} className={`${P}-form-check`}>
          <input type="checkbox" readOnly className={`${P}-checkbox`} checked={chosen.includes(o)} onClick={() => toggle(o)} />
          <span className={`${P}-form-check__label`}>{o}</span>
        </label>
      ))}
    </div>
  );
}

export function CheckboxField({ name, text }: { name: string; text: string }) {
  const P = usePrefix();
  const [value, set] = useField<boolean>(name);
  return (
    <label className={`${P}-form-check`}>
      <input type="checkbox" readOnly className={`${P}-checkbox`} checked={value === true} onClick={() => set(value !== true)} />
      <span className={`${P}-form-check__label`}>{text}</span>
    </label>
  );
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** tea ≥ 2.7.4: typing is kept as text and committed on Enter. */
export function DateField({ name }: { name: string }) {
  const P = usePrefix();
  const [stored, set] = useField<string>(name);
  const committed = stored ?? '';
  const [text, setText] = useState(committed);
  useEffect(() => setText(committed), [committed]);
  return (
    <div className={`${P}-datepicker`}>
      <div className={`${P}-datepicker__input`}>
        <input
          placeholder="选择日期"
          className={`${P}-input`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (DATE.test(text) || text === '')) set(text);
          }}
        />
      </div>
    </div>
  );
}

/** tea ≤ 2.7.3: typing is ignored; the value only changes through calendar clicks. */
export function LegacyDateField({ name, start = '2024-01' }: { name: string; start?: string }) {
  const P = usePrefix();
  const [value, set] = useField<string>(name);
  const [open, setOpen] = useState(false);
  const [month, setMonth] = useState(() => Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1);
  const year = Math.floor(month / 12);
  const m = (month % 12) + 1;
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return (
    <div className={`${P}-datepicker`}>
      <div className={`${P}-datepicker__input`}>
        <input placeholder="选择日期" className={`${P}-input`} value={value ?? ''} onChange={() => undefined} onClick={() => setOpen(true)} />
      </div>
      {open &&
        createPortal(
          <div className={`${P}-overlay`}>
            <div className={`${P}-calendar`}>
              <div className={`${P}-calendar__header`}>
                <button type="button" className={`${P}-pagination__prebtn`} onClick={() => setMonth(month - 1)} />
                <span>{`${year}年 ${m}月`}</span>
                <button type="button" className={`${P}-pagination__nextbtn`} onClick={() => setMonth(month + 1)} />
              </div>
              <div className={`${P}-calendar__body`}>
                <div role="button" className={`${P}-calendar__cell ${P}-calendar__cell--prev`}>
                  <span>31</span>
                </div>
                {Array.from({ length: days }, (_, i) => (
                  <div
                    key={i}
                    role="button"
                    className={`${P}-calendar__cell`}
                    onClick={() => {
                      set(`${year}-${pad(m)}-${pad(i + 1)}`);
                      setOpen(false);
                    }}
                  >
                    <span>{i + 1}</span>
                  </div>
                ))}
              </div>
            </div>
          </div>,
          overlayRoot(),
        )}
    </div>
  );
}

/**
 * 证件有效期: 长期 / 非长期; the end date's input only exists once 非长期 is chosen. `withStart` adds a start date
 * before it (`<name>From`), kept while 长期 is chosen, as the replica console does.
 */
export function ValidityField({ name, withStart = false }: { name: string; withStart?: boolean }) {
  const P = usePrefix();
  const [value, set] = useField<string>(name);
  const mode = value === '长期' ? '长期' : value === undefined ? null : '非长期';
  return (
    <>
      {withStart && <DateField name={`${name}From`} />}
      <div className={`${P}-form-check-group`}>
        {['非长期', '长期'].map((o) => (
          <label key={o} className={`${P}-form-check`}>
            <span className={`${P}-radio-wrap`}>
              <input type="radio" readOnly className={`${P}-radio`} checked={mode === o} onClick={() => set(o === '长期' ? '长期' : '')} />
            </span>
            <span className={`${P}-form-check__label`}>{o}</span>
          </label>
        ))}
      </div>
      {mode === '非长期' && <DateField name={name} />}
    </>
  );
}

export function Button({ children, onClick }: { children: ReactNode; onClick(): void }) {
  const P = usePrefix();
  return (
    <button type="button" className={`${P}-btn ${P}-btn--weak`} onClick={onClick}>
      {children}
    </button>
  );
}
