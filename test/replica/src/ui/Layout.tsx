import type { MouseEvent, ReactNode } from 'react';
import { navigate } from '../store';
import { cx, usePrefixed } from './prefix';

interface ButtonProps {
  weak?: boolean;
  disabled?: boolean;
  onClick(): void;
  children: ReactNode;
}

/** tea Button: the primary one has the bare `P-btn` class. */
export function Button({ weak, disabled, onClick, children }: ButtonProps) {
  const p = usePrefixed();
  return (
    <button type="button" className={cx(p('btn', weak && 'btn--weak'), disabled && 'is-disabled')} disabled={disabled} onClick={onClick}>
      {children}
    </button>
  );
}

/** An in-app link: a real href, followed with history.pushState like the console's router. */
export function Link({ to, className, children }: { to: string; className?: string; children: ReactNode }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} className={className} onClick={onClick}>
      {children}
    </a>
  );
}

export function Card({ title, children }: { title?: string; children: ReactNode }) {
  const p = usePrefixed();
  return (
    <div className={p('card')}>
      <div className={p('card__body')}>
        {title && (
          <div className={p('card__title')}>
            <h3 className={p('h3')}>{title}</h3>
          </div>
        )}
        <div className={p('card__content')}>{children}</div>
      </div>
    </div>
  );
}

interface StepperProps {
  steps: string[];
  /** Index of the current step; steps.length when all are done. */
  current: number;
  failed?: boolean;
}

/** tea Stepper. */
export function Stepper({ steps, current, failed }: StepperProps) {
  const p = usePrefixed();
  return (
    <div className={p('step')}>
      {steps.map((title, index) => (
        <div
          key={title}
          className={cx(
            p('step__item'),
            index === current && 'is-current',
            index < current && 'is-finish',
            index === current && failed && 'is-error',
          )}
        >
          <div className={p('step__num')}>{index + 1}</div>
          <div className={p('step__content')}>
            <div className={p('step__title')}>{title}</div>
          </div>
        </div>
      ))}
    </div>
  );
}

export function Alert({ tone, children }: { tone: 'info' | 'warning' | 'error' | 'success'; children: ReactNode }) {
  const p = usePrefixed();
  return (
    <div className={p('alert', `alert--${tone}`)} role="alert">
      <div className={p('alert__body')}>
        <div className={p('alert__content')}>{children}</div>
      </div>
    </div>
  );
}

/** Page chrome of a console page: section.P-layout … h2.P-h2 title, then the body. */
export function Page({ title, children }: { title: string; children: ReactNode }) {
  const p = usePrefixed();
  return (
    <section className={p('layout__body')}>
      <main className={p('layout__content')}>
        <div className={p('layout__content-header')}>
          <h2 className={p('h2')}>{title}</h2>
        </div>
        <div className={p('layout__content-body')}>{children}</div>
      </main>
    </section>
  );
}
