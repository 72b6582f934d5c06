import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsoleController, type ConsoleController } from '@/utils/console';
import { SETTLE_QUIET_MS } from '@/utils/console/controller';
import * as dom from '@/utils/console/dom';
import * as detection from '@/utils/console/detect';
import type { PageReading } from '@/utils/console/controller';
import { loadFixture } from './helpers/fixtures';

/** Waits until the page counts as settled (quiet for SETTLE_QUIET_MS), with room to spare. */
const settled = () => new Promise<void>((resolve) => setTimeout(resolve, SETTLE_QUIET_MS * 3));

let controller: ConsoleController;
let stop: () => void = () => undefined;
let onChange: ReturnType<typeof vi.fn<(reading: PageReading) => void>>;

beforeEach(() => {
  loadFixture('subject-personal.html');
  controller = createConsoleController(document, { ignoreSelector: 'beian-helper-dock' });
  onChange = vi.fn<(reading: PageReading) => void>();
  stop = controller.observe(onChange);
});
afterEach(() => stop());

const labelOf = (i: number) => document.querySelectorAll('[class*="form__item"] label')[i]!;

describe('observe', () => {
  it('reads at the latest SETTLE_MAX_WAIT_MS after the first change while the page keeps changing', async () => {
    const { SETTLE_MAX_WAIT_MS } = await import('@/utils/console/controller');
    const started = Date.now();
    let i = 0;
    while (onChange.mock.calls.length === 0 && Date.now() - started < SETTLE_MAX_WAIT_MS * 3) {
      labelOf(6).textContent = `通信地址${i++ % 2 ? '' : ' '}`;
      await new Promise((resolve) => setTimeout(resolve, SETTLE_QUIET_MS / 3));
    }
    expect(onChange).toHaveBeenCalled();
  });

  it('a clock ticking outside the fields does not hold back the reading of a step change', async () => {
    stop();
    vi.useFakeTimers();
    try {
      stop = controller.observe(onChange);
      // Like the console's top bar: inside the app's root, outside the part that holds the step's fields.
      const clock = document.createElement('span');
      document.querySelector('#container')!.prepend(clock);
      setInterval(() => (clock.textContent = String(Date.now())), SETTLE_QUIET_MS / 3);
      await vi.advanceTimersByTimeAsync(SETTLE_QUIET_MS * 10);
      onChange.mockClear();
      // The step re-renders its form: the old fields' container leaves the page, a new one comes.
      const body = labelOf(0).closest('[class*="layout__content-body"]')!;
      body.replaceWith(body.cloneNode(true));
      // Read after the quiet moment, long before the cap that a ticking elsewhere used to force.
      await vi.advanceTimersByTimeAsync(SETTLE_QUIET_MS * 2);
      expect(onChange).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('coalesces a burst of mutations into one notification once the page settles', async () => {
    for (let i = 0; i < 20; i++) labelOf(6).textContent = `通信地址${i % 2 ? '' : ' '}`;
    labelOf(7).append('：');
    expect(onChange).not.toHaveBeenCalled();
    await settled();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores the extension’s own dock, the popup layer and unrelated page churn', async () => {
    const dock = document.createElement('beian-helper-dock');
    document.body.append(dock);
    const overlay = document.createElement('div');
    overlay.id = 'tea-overlay-root';
    document.body.append(overlay);
    await settled();
    onChange.mockClear();
    for (let i = 0; i < 50; i++) {
      dock.append(document.createElement('div'));
      overlay.append(document.createElement('li'));
      const span = document.createElement('span');
      span.className = i % 7 === 0 ? 'tea-form__item' : 'row';
      span.textContent = `节点 ${i}`;
      document.querySelector('#container')!.append(span);
      span.textContent = `改 ${i}`;
    }
    await settled();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('re-reads only the form items a mutation touched', () => {
    controller.snapshot();
    const parts = vi.spyOn(dom, 'itemParts');
    controller.snapshot();
    expect(parts).not.toHaveBeenCalled();
    labelOf(6).textContent = '联系地址';
    const snapshot = controller.snapshot();
    expect(parts).toHaveBeenCalledTimes(1);
    expect(snapshot.fields.find((f) => f.key === 'subject.mailingAddress')!.label).toBe('联系地址');
  });

  it('a snapshot taken before the frame already sees the change', () => {
    controller.snapshot();
    labelOf(5).textContent = '手机号码';
    expect(controller.snapshot().fields[5]!.key).toBe('principal.mobile');
  });

  it('notices typing, a late-rendered step and client-side navigation', async () => {
    const input = document.querySelectorAll('input')[3]!;
    input.value = '广东省深圳市';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settled();
    expect(onChange).toHaveBeenCalledTimes(1);

    document.querySelector('#container')!.innerHTML = '';
    await settled();
    expect(controller.snapshot().fields).toEqual([]);
    onChange.mockClear();
    const late = document.createElement('div');
    late.innerHTML = '<div class="tea-form__item"><div class="tea-form__label"><label>网站名称</label></div><div class="tea-form__controls"><input></div></div>';
    document.querySelector('#container')!.append(late);
    await settled();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(controller.snapshot().fields[0]!.key).toBe('websites[0].name');

    onChange.mockClear();
    history.pushState(null, '', '/beian/manage/orders');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settled();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('typing in a text field re-reads that field only, and hands over the page as read', async () => {
    const detect = vi.spyOn(detection, 'detect');
    const input = document.querySelectorAll('input')[3]!;
    for (const text of ['广', '广东', '广东省深圳市']) {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await settled();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(detect).not.toHaveBeenCalled();
    const typed = onChange.mock.calls[0]![0].snapshot.fields.find((f) => f.value === '广东省深圳市');
    expect(typed).toMatchObject({ kind: 'text', userChanged: true });
    expect(onChange.mock.calls[0]![0].snapshot).toEqual(controller.snapshot());
  });

  it('a step change is read in one pass over the page, and a label changed after it is still noticed', async () => {
    const byClass = vi.spyOn(dom, 'byClass');
    const stepperLooks = () => byClass.mock.calls.filter(([, first]) => first === '-step__item').length;
    const body = labelOf(0).closest('[class*="layout__content-body"]')!;
    body.replaceWith(body.cloneNode(true));
    await settled();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(stepperLooks()).toBe(1);
    labelOf(6).textContent = '联系地址';
    await settled();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onChange.mock.calls[1]![0].snapshot.fields.some((f) => f.label === '联系地址')).toBe(true);
  });

  it('input events cost no lookup once a full reading is due', async () => {
    const lookups = [vi.spyOn(dom, 'textInputs'), vi.spyOn(dom, 'closestItem')];
    const count = () => lookups.reduce((n, spy) => n + spy.mock.calls.length, 0);
    // A choice is not typing: its value event makes a full reading due.
    const choice = document.querySelector<HTMLInputElement>('[class*="form__item"] input[type=radio]')!;
    choice.dispatchEvent(new Event('input', { bubbles: true }));
    const afterFirst = count();
    const input = document.querySelectorAll('input')[3]!;
    for (let i = 0; i < 50; i++) input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(count()).toBe(afterFirst);
    lookups.forEach((spy) => spy.mockRestore());
    await settled();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('value events of controls outside the fields it read are not heard, those of a field are', async () => {
    stop();
    const stray = document.createElement('input');
    document.querySelector('#container')!.append(stray);
    stop = controller.observe(onChange);
    for (let i = 0; i < 20; i++) {
      stray.value = `搜索${i}`;
      stray.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await settled();
    expect(onChange).not.toHaveBeenCalled();
    const field = document.querySelectorAll<HTMLInputElement>('[class*="form__item"] input')[3]!;
    field.value = '广东省深圳市';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await settled();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('listens for value events and clicks once per form item it read, never on the whole page and never to change', () => {
    stop();
    // The DOM's own EventTarget (the environment's global one may be Node's).
    let owner: object = document.body;
    while (!Object.hasOwn(owner, 'addEventListener')) owner = Object.getPrototypeOf(owner);
    const target = owner as EventTarget;
    const added = vi.spyOn(target, 'addEventListener');
    const removed = vi.spyOn(target, 'removeEventListener');
    stop = createConsoleController(document, { ignoreSelector: 'beian-helper-dock' }).observe(onChange);
    const on = (spy: typeof added, type: string) => spy.mock.calls.flatMap((call, i) => (call[0] === type ? [spy.mock.contexts[i]] : []));
    const targets = on(added, 'input');
    const clicked = on(added, 'click');
    const pageWide: unknown[] = [document, document.documentElement, document.body];
    const onPage = added.mock.calls.filter((_, i) => pageWide.includes(added.mock.contexts[i]));
    added.mockRestore();
    expect(targets.length).toBeGreaterThan(5);
    expect(new Set(targets).size).toBe(targets.length);
    expect(targets.every((target) => target instanceof Element && dom.isFormItem(target))).toBe(true);
    expect(new Set(clicked)).toEqual(new Set(targets));
    // Nothing that the page's every click or keystroke would call into: on the document, only an IME's composition.
    expect(onPage.map((call) => call[0]).every((type) => type.startsWith('composition'))).toBe(true);
    // Every control fires input before change: a listener for change would only double the calls into this world.
    expect(on(added, 'change')).toHaveLength(0);
    stop();
    expect(new Set(on(removed, 'input'))).toEqual(new Set(targets));
    expect(new Set(on(removed, 'click'))).toEqual(new Set(targets));
    removed.mockRestore();
    stop = () => undefined;
  });

  it('a burst of keystrokes arms one timer, not one per keystroke, and still reads once', async () => {
    const timers = vi.spyOn(window, 'setTimeout');
    const input = document.querySelectorAll('input')[3]!;
    for (let i = 1; i <= 30; i++) {
      input.value = '广东省深圳市南山区科技园路一号二栋三零一室'.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    expect(timers).toHaveBeenCalledTimes(1);
    timers.mockRestore();
    await settled();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('typing while the page changes something away from its fields still re-reads only the typed field', async () => {
    const detect = vi.spyOn(detection, 'detect');
    const note = document.createElement('span');
    document.body.append(note);
    const input = document.querySelectorAll('input')[3]!;
    input.value = '广东省';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    note.textContent = '草稿已保存';
    await settled();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(detect).not.toHaveBeenCalled();
    expect(onChange.mock.calls[0]![0].snapshot).toEqual(controller.snapshot());
  });

  it.each([
    ['its own label', 6],
    ['another field’s label', 7],
  ])('typing together with a change of %s reads the whole page', async (_, label) => {
    const detect = vi.spyOn(detection, 'detect');
    const input = document.querySelectorAll('input')[3]!;
    input.value = '广东省';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    labelOf(label).textContent = '联系地址';
    await settled();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(detect).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]![0].snapshot.fields.some((f) => f.label === '联系地址')).toBe(true);
  });

  it('notices a removed field and a pick in a popup, but not clicks that change nothing', async () => {
    controller.snapshot();
    document.querySelectorAll('[class*="form__item"]')[9]!.remove();
    await settled();
    expect(onChange).toHaveBeenCalledTimes(1);

    const dock = document.createElement('beian-helper-dock');
    const overlay = document.createElement('div');
    overlay.id = 'tea-overlay-root';
    overlay.innerHTML = '<ul class="tea-list"><li title="个人">个人</li></ul>';
    document.body.append(dock, overlay);
    await settled();
    onChange.mockClear();
    dock.click();
    overlay.querySelector('li')!.click();
    document.body.click();
    await settled();
    expect(onChange).not.toHaveBeenCalled();
    // The pick shows up in the field (a Tea select renders the chosen option), without any input event.
    overlay.querySelector('li')!.click();
    document.querySelector('[class*="form__controls"]')!.append('个人');
    await settled();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reads an order list again when the console shows other orders in the same rows (the next page)', async () => {
    stop();
    loadFixture('orders-list.html', { path: '/beian/manage/orders' });
    stop = controller.observe(onChange);
    await settled();
    onChange.mockClear();
    // The next page of the list: new order numbers and domains in plain cells; statuses and alerts worded as before.
    const rows = document.querySelector('tbody')!;
    rows.innerHTML = rows.innerHTML.replace('30179108639935234', '30179200000000001').replace('example.com', 'shop.example.org');
    await settled();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]![0].orders.map((o) => o.orderId)).toContain('30179200000000001');
  });

  it('stops observing', async () => {
    stop();
    labelOf(6).textContent = '联系地址';
    await settled();
    expect(onChange).not.toHaveBeenCalled();
  });
});
