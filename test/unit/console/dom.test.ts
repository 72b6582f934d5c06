import { describe, expect, it } from 'vitest';
import { anatomyOf, choiceOptions, dateInputs, dropdownOf, duringReading, firstByClass, textInputs } from '@/utils/console/dom';

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

describe('one walk over a control box', () => {
  it('tells typed inputs from the inputs of pickers, and lists date inputs in page order', () => {
    const root = box(
      '<span class="tea-input-group__addon">https://</span><input type="text" class="tea-input">' +
        '<div class="tea-dropdown"><input class="tea-dropdown__search"></div>' +
        '<div class="tea-datepicker tea-rangepicker"><input value="2020-01-01"><input value="2030-01-01"></div><input type="file">',
    );
    const anatomy = anatomyOf(root);
    expect(anatomy.textInputs.map((el) => el.className)).toEqual(['tea-input']);
    expect(anatomy.dateInputs.map((el) => el.value)).toEqual(['2020-01-01', '2030-01-01']);
    expect(anatomy.fileInput).not.toBeNull();
    expect(anatomy.addons.map((el) => el.textContent)).toEqual(['https://']);
  });

  it('lists only the outermost dropdowns, native selects first, and the box itself when it is one', () => {
    const root = box(
      '<div class="tea-dropdown" id="a"><div class="tea-dropdown__header"><span class="tea-dropdown__value">北京</span></div>' +
        '<div class="tea-select" id="inner"></div></div><select id="s"><option>1</option></select>',
    );
    expect(anatomyOf(root).dropdowns.map((el) => el.id)).toEqual(['s', 'a']);
    expect(dropdownOf(root)?.id).toBe('s');
    expect(anatomyOf(root).dropdownValue?.className).toBe('tea-dropdown__header');
    const dropdown = root.querySelector('#a')!;
    expect(anatomyOf(dropdown).dropdowns).toEqual([dropdown]);
  });

  it('finds segment buttons and role=radio elements as choices, after the inputs', () => {
    const root = box(
      '<div class="tea-segment"><button class="is-selected">个人</button><button>单位</button></div>' +
        '<div role="radio" aria-checked="false">其他</div><label><input type="checkbox">同意</label>',
    );
    const anatomy = anatomyOf(root);
    expect(anatomy.radioLike).toBe(true);
    expect(anatomy.checkboxCount).toBe(1);
    expect(choiceOptions(root).map((o) => [o.text, o.checked])).toEqual([
      ['同意', false],
      ['个人', true],
      ['单位', false],
      ['其他', false],
    ]);
  });

  it('keeps the class tokens of the first eight classed elements and inputs below the box', () => {
    const root = box(`<input class="app-beian-principal-name"><div>${'<span class="x"></span>'.repeat(10)}</div>`);
    expect(anatomyOf(root).leadingClasses).toEqual(['app-beian-principal-name', ...Array(7).fill('x')]);
  });
});
