import { describe, expect, it } from 'vitest';
import { choiceOptions, dateInputs, duringReading, firstByClass, textInputs } from '@/utils/console/dom';

function box(html: string): HTMLElement {
  document.body.innerHTML = `<div id="box">${html}</div>`;
  return document.getElementById('box')!;
}

describe('firstByClass', () => {
  it('skips an element whose class only contains the suffix and finds the one that ends with it', () => {
    const root = box('<div class="x-form__label-wrap"><span class="x-form__label">名称</span></div>');
    expect(firstByClass(root, 'form__label')?.textContent).toBe('名称');
  });

  it('answers the root itself first, and null when nothing ends with the suffix', () => {
    const root = box('<div class="tea-form__label">名称</div>');
    expect(firstByClass(root, 'box', 'form__label')).toBe(root.firstElementChild);
    root.className = 'my-box';
    expect(firstByClass(root, 'box')).toBe(root);
    expect(firstByClass(root, 'form__controls')).toBeNull();
  });
});

describe('lookups while the page is read', () => {
  const radios = '<label><input type="radio" name="t">个人</label><label><input type="radio" name="t">企业</label>';

  it('are made once per box during a reading', () => {
    const root = box(`${radios}<input type="text"><div class="tea-datepicker"><input></div>`);
    duringReading(() => {
      expect(choiceOptions(root)).toBe(choiceOptions(root));
      expect(textInputs(root)).toBe(textInputs(root));
      expect(dateInputs(root)).toBe(dateInputs(root));
    });
  });

  it('are made afresh outside a reading, so a choice made after one is seen', () => {
    const root = box(radios);
    const before = duringReading(() => choiceOptions(root));
    expect(before.some((o) => o.checked)).toBe(false);
    root.querySelectorAll('input')[1]!.checked = true;
    expect(choiceOptions(root).find((o) => o.checked)?.text).toBe('企业');
    expect(choiceOptions(root)).not.toBe(choiceOptions(root));
    expect(duringReading(() => choiceOptions(root))).not.toBe(before);
  });

  it('are let go when a reading throws', () => {
    const root = box(radios);
    const failing = () =>
      duringReading(() => {
        choiceOptions(root);
        throw new Error('页面变了');
      });
    expect(failing).toThrow('页面变了');
    expect(choiceOptions(root)).not.toBe(choiceOptions(root));
  });
});
