/**
 * A tiny Vue-like reactive store for the MIIT replica: components read state, writes schedule one re-render, and
 * inputs feed the state only through `input` events (v-model). A plain `.value =` from a script never reaches the
 * state and is overwritten by the next render, as on MIIT's Vue app.
 */
export function reactive<T extends object>(target: T, onChange: () => void): T {
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      onChange();
    });
  };
  const wrap = <O extends object>(obj: O): O =>
    new Proxy(obj, {
      get(o, key, receiver) {
        const value = Reflect.get(o, key, receiver);
        return value && typeof value === 'object' ? wrap(value) : value;
      },
      set(o, key, value, receiver) {
        const changed = Reflect.get(o, key, receiver) !== value;
        const ok = Reflect.set(o, key, value, receiver);
        if (changed) schedule();
        return ok;
      },
    });
  return wrap(target);
}

/** Binds an input to `model[key]` the way v-model does: input events write the state, renders write the input. */
export function vModel<M extends Record<string, string>>(input: HTMLInputElement, model: M, key: keyof M & string): void {
  input.value = model[key]!;
  input.addEventListener('input', () => {
    (model as Record<string, string>)[key] = input.value;
  });
}
