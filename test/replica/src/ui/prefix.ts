import { useCallback } from 'react';
import { useReplica } from '../store';

type ClassPart = string | false | null | undefined;

/** Joins the truthy class names. */
export function cx(...parts: ClassPart[]): string {
  return parts.filter(Boolean).join(' ');
}

/** tea-component's class naming: `p('form__item', 'form__item--x')` gives `app-beian-form__item app-beian-…` (or `tea-…`). */
export function usePrefixed(): (...names: ClassPart[]) => string {
  const prefix = useReplica((state) => state.prefix);
  return useCallback(
    (...names: ClassPart[]) =>
      names
        .filter((name): name is string => !!name)
        .map((name) => `${prefix}-${name}`)
        .join(' '),
    [prefix],
  );
}
