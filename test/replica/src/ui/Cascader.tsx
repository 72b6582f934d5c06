import { useRef, useState } from 'react';
import type { RegionNode } from '../data/regions';
import { Overlay } from './Overlay';
import { cx, usePrefixed } from './prefix';

const LEVEL_NAMES = ['省份', '城市', '区县'];

interface CascaderProps {
  data: RegionNode[];
  /** The chosen path, e.g. ['广东省', '深圳市', '南山区'], or [] when nothing is chosen. */
  value: string[];
  onChange(path: string[]): void;
}

/** tea Cascader: one panel per level in a tabbed popup; a leaf click closes it and sets the whole path. */
export function Cascader({ data, value, onChange }: CascaderProps) {
  const p = usePrefixed();
  const root = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  /** Names picked so far in the open popup; the shown panel is the children of the last one. */
  const [picked, setPicked] = useState<string[]>([]);
  const display = value.join(' / ');

  const levels: RegionNode[][] = [data];
  for (const name of picked) {
    const children = levels[levels.length - 1]?.find((node) => node.name === name)?.children;
    if (!children) break;
    levels.push(children);
  }
  const level = levels.length - 1;
  const items = levels[level] ?? [];
  const committedHere = picked.every((name, index) => value[index] === name) ? value[level] : undefined;

  const close = () => {
    setOpen(false);
    setPicked([]);
  };
  const pick = (node: RegionNode) => {
    const path = [...picked.slice(0, level), node.name];
    if (node.children?.length) {
      setPicked(path);
    } else {
      onChange(path);
      close();
    }
  };

  return (
    <>
      <div ref={root} className={cx(p('cascader'), open && 'is-expanded')} onClick={() => (open ? close() : setOpen(true))}>
        <div className={p('cascader__input')}>
          <div className={p('cascader__value')}>
            <span className="">{display}</span>
          </div>
          <input placeholder={display ? '' : '请选择'} className={p('input')} readOnly autoComplete="off" value="" />
        </div>
        <i className={p('icon', 'icon-arrowdown')} role="img" aria-label="arrowdown" />
      </div>
      {open && (
        <Overlay anchor={root} onClose={close}>
          <div className={p('dropdown-box')}>
            <div className={p('cascader-menu', 'cascader-menu__col4')}>
              <div className={p('tabs', 'tabs--bordered')}>
                <div className={p('tabs__tabbar')}>
                  <ul className={p('tabs__tablist')} role="tablist">
                    {levels.map((_, index) => (
                      <li key={index} className={p('tabs__tabitem')}>
                        <a
                          role="tab"
                          className={cx(p('tabs__tab'), index === level && 'is-active')}
                          onClick={() => setPicked(picked.slice(0, index))}
                        >
                          {picked[index] ?? LEVEL_NAMES[index]}
                        </a>
                      </li>
                    ))}
                  </ul>
                </div>
                <div className={p('tabs__tabpanel')} role="tabpanel">
                  <ul className={p('cascader-menu__list')}>
                    {items.map((node) => (
                      <li
                        key={node.name}
                        className={cx(p('cascader-menu__item'), committedHere === node.name && 'is-selected')}
                        onClick={() => pick(node)}
                      >
                        <div className={p('cascader-menu__label')}>{node.name}</div>
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
            </div>
          </div>
        </Overlay>
      )}
    </>
  );
}
