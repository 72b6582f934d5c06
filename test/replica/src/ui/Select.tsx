import { useRef, useState, type ReactNode } from 'react';
import { Overlay } from './Overlay';
import { cx, usePrefixed } from './prefix';

/** react-window-like virtual list: fixed 30px rows, a scroller six rows high, only the rows in view exist. */
const OPTION_ROW_HEIGHT = 30;
const OPTION_VISIBLE_ROWS = 6;

interface OptionListProps {
  options: string[];
  isSelected(option: string): boolean;
  onPick(option: string): void;
  /** Content placed before the label, e.g. a check mark for multiple selection. */
  decorate?(option: string): ReactNode;
}

function VirtualOptionList({ options, isSelected, onPick, decorate }: OptionListProps) {
  const p = usePrefixed();
  const [scrollTop, setScrollTop] = useState(0);
  if (options.length === 0) return <div className={p('list--empty')}>暂无数据</div>;
  const height = Math.min(options.length, OPTION_VISIBLE_ROWS) * OPTION_ROW_HEIGHT;
  const first = Math.floor(scrollTop / OPTION_ROW_HEIGHT);
  const last = Math.min(options.length - 1, Math.ceil((scrollTop + height) / OPTION_ROW_HEIGHT) - 1);
  const rows = options.slice(first, last + 1).map((option, offset) => ({ option, index: first + offset }));
  return (
    <div
      style={{ position: 'relative', height, overflow: 'auto', willChange: 'transform', direction: 'ltr' }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <ul
        className={p('list', 'list--option')}
        style={{ position: 'relative', height: options.length * OPTION_ROW_HEIGHT, width: '100%', margin: 0 }}
      >
        {rows.map(({ option, index }) => (
          <li
            key={option}
            aria-selected={isSelected(option)}
            title={option}
            className={cx(isSelected(option) && 'is-selected')}
            style={{ position: 'absolute', left: 0, top: index * OPTION_ROW_HEIGHT, height: OPTION_ROW_HEIGHT, width: '100%' }}
            onClick={() => onPick(option)}
          >
            {decorate?.(option)}
            {option}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** tea's width-measuring mirror: always rendered off-screen next to the list; it never holds real options. */
function MeasuringBox() {
  const p = usePrefixed();
  return (
    <div className={p('dropdown-box')} aria-hidden="true" style={{ position: 'absolute', top: -9999, left: -9999, visibility: 'hidden' }}>
      <div className={p('list__mirror')}>MirrorGroup</div>
      <div className={p('list__holder')}>Holder</div>
      <div className={p('list--empty')}>暂无数据</div>
    </div>
  );
}

interface DropdownProps {
  /** Text shown in the header; the weak placeholder when empty. */
  display: string;
  placeholder?: string;
  options: string[];
  searchable?: boolean;
  className?: string;
  isSelected(option: string): boolean;
  /** Returns whether the popup should close. */
  onPick(option: string): boolean;
  decorate?(option: string): ReactNode;
}

function Dropdown({ display, placeholder = '请选择', options, searchable, className, isSelected, onPick, decorate }: DropdownProps) {
  const p = usePrefixed();
  const root = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [keyword, setKeyword] = useState('');
  const close = () => {
    setOpen(false);
    setKeyword('');
  };
  const shown = keyword ? options.filter((option) => option.includes(keyword.trim())) : options;
  return (
    <>
      <div
        ref={root}
        tabIndex={0}
        className={cx(p('dropdown'), open && 'is-expanded', className)}
        onClick={() => (open ? close() : setOpen(true))}
      >
        <div className={p('dropdown__header', 'dropdown-btn')}>
          <div className={p('dropdown__value')}>{display || <span className={p('text-weak')}>{placeholder}</span>}</div>
          <i className={p('icon', 'icon-arrowdown')} role="img" aria-label="arrowdown" />
        </div>
      </div>
      {open && (
        <Overlay anchor={root} onClose={close}>
          <div className={p('dropdown-box')} style={{ position: 'relative' }}>
            {searchable && (
              <div className={p('dropdown-filter')}>
                <input
                  type="search"
                  className={p('input', 'input--search')}
                  placeholder="请输入关键字搜索"
                  value={keyword}
                  onChange={(event) => setKeyword(event.target.value)}
                />
              </div>
            )}
            <VirtualOptionList
              key={keyword}
              options={shown}
              isSelected={isSelected}
              decorate={decorate}
              onPick={(option) => {
                if (onPick(option)) close();
              }}
            />
            <MeasuringBox />
          </div>
        </Overlay>
      )}
    </>
  );
}

interface SelectProps {
  value: string;
  options: string[];
  onChange(value: string): void;
  searchable?: boolean;
  className?: string;
}

/** tea 2.7 Select: a custom dropdown whose options exist only while open, in `#tea-overlay-root`. */
export function Select({ value, options, onChange, searchable, className }: SelectProps) {
  return (
    <Dropdown
      display={value}
      options={options}
      searchable={searchable}
      className={className}
      isSelected={(option) => option === value}
      onPick={(option) => {
        onChange(option);
        return true;
      }}
    />
  );
}

interface SelectMultipleProps {
  value: string[];
  options: string[];
  onChange(value: string[]): void;
  searchable?: boolean;
}

/** tea SelectMultiple: each click on an option toggles it and the popup stays open. */
export function SelectMultiple({ value, options, onChange, searchable }: SelectMultipleProps) {
  const p = usePrefixed();
  return (
    <Dropdown
      display={value.join('、')}
      options={options}
      searchable={searchable}
      isSelected={(option) => value.includes(option)}
      decorate={(option) => <span className={cx(p('list__check'), value.includes(option) && 'is-checked')} />}
      onPick={(option) => {
        const next = value.includes(option) ? value.filter((v) => v !== option) : [...value, option];
        onChange(options.filter((o) => next.includes(o)));
        return false;
      }}
    />
  );
}
