/**
 * Turns an exported page structure (controller.exportStructure()) back into console-like HTML, so a structure file
 * dropped into test/fixtures/console/ becomes a replica case for the detector.
 */
import type { PageStructure, StructureControl, StructureItem } from '@/utils/console/types';

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function choices(P: string, type: 'radio' | 'checkbox', options: string[]): string {
  return `<div class="${P}-form-check-group">${options
    .map((o) => `<label class="${P}-form-check"><input type="${type}" class="${P}-${type}"><span class="${P}-form-check__label">${esc(o)}</span></label>`)
    .join('')}</div>`;
}

function control(P: string, c: StructureControl): string {
  const cls = (fallback: string) => esc(c.className || fallback);
  const placeholder = c.placeholder ? ` placeholder="${esc(c.placeholder)}"` : '';
  const disabled = c.disabled ? ' disabled' : '';
  switch (c.kind) {
    case 'text':
      return `<input class="${cls(`${P}-input`)}"${placeholder}${disabled} value="">`;
    case 'textarea':
      return `<textarea class="${cls(`${P}-textarea`)}"${placeholder}${disabled}></textarea>`;
    case 'select':
      return c.tag === 'select'
        ? `<select class="${cls(`${P}-select`)}"${disabled}><option value="">请选择</option></select>`
        : `<div class="${cls(`${P}-dropdown`)}"><div class="${P}-dropdown__header"><div class="${P}-dropdown__value"><span class="${P}-text-weak">请选择</span></div></div></div>`;
    case 'cascader':
      return `<div class="${cls(`${P}-cascader`)}"><div class="${P}-cascader__input"><div class="${P}-cascader__value"><span></span></div><input class="${P}-input" readonly placeholder="请选择" value=""></div></div>`;
    case 'radio':
      return choices(P, 'radio', c.options);
    case 'checkbox':
    case 'checkbox-group':
      return choices(P, 'checkbox', c.options);
    case 'date':
      return `<div class="${cls(`${P}-datepicker`)}"><div class="${P}-datepicker__input"><input class="${P}-input" value=""></div></div>`;
    case 'validity':
      return choices(P, 'radio', c.options);
    case 'upload':
      return `<span><input type="file" style="display: none;"><button class="${P}-btn" type="button">上传</button></span>`;
    case 'readonly':
      return `<div class="${cls(`${P}-form__text`)}"></div>`;
  }
}

function item(P: string, it: StructureItem): string {
  const controls = it.controls.map((c) => control(P, c)).join('');
  // A loose checkbox (no form item around it) is rendered as found: just the control.
  if (!it.itemClass) return controls;
  const labelClass = esc(it.labelClass || `${P}-form__label`) + (it.required && !/is-required/.test(it.labelClass) ? ' is-required' : '');
  return `<div class="${esc(it.itemClass)}"><div class="${labelClass}"><label>${esc(it.label)}</label></div><div class="${esc(it.controlsClass || `${P}-form__controls`)}">${controls}</div></div>`;
}

export function renderStructureFixture(structure: PageStructure): string {
  const P = structure.prefix;
  const stepper = structure.stepTitles.length
    ? `<div class="${P}-step">${structure.stepTitles
        .map((t, i) => `<div class="${P}-step__item${i === structure.currentStep ? ' is-current' : ''}"><div class="${P}-step__title">${esc(t)}</div></div>`)
        .join('')}</div>`
    : '';
  const heading = structure.heading ? `<h2>${esc(structure.heading)}</h2>` : '';
  const blocks = structure.blocks
    .map(
      (b) =>
        `<div class="${P}-card"><div class="${P}-card__body">${b.title ? `<div class="${P}-card__title"><h3>${esc(b.title)}</h3></div>` : ''}<div class="${P}-card__content"><div class="${P}-form">${b.items
          .map((it) => item(P, it))
          .join('')}</div></div></div></div>`,
    )
    .join('');
  const actions = structure.actions.length
    ? `<div class="${P}-form-operate">${structure.actions.map((a) => `<button class="${P}-btn" type="button">${esc(a)}</button>`).join('')}</div>`
    : '';
  return `<div id="container">${heading}${stepper}${blocks}${actions}</div>`;
}
