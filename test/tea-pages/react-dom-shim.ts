/**
 * tea-component (2.7.x and 2.8.x) calls ReactDOM.findDOMNode, which React 19 removed. The test pages run on the
 * project's React 19, so they get this stand-in: the first host node a class component rendered, found through its
 * fiber the way React's own implementation walked it.
 */
import * as ReactDOM from 'react-dom-original';

interface Fiber {
  tag: number;
  stateNode: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
}

const HOST_COMPONENT = 5;
const HOST_TEXT = 6;

function firstHost(fiber: Fiber | null): Node | null {
  for (let f = fiber; f; f = f.sibling) {
    if (f.tag === HOST_COMPONENT || f.tag === HOST_TEXT) return f.stateNode as Node;
    const inner = firstHost(f.child);
    if (inner) return inner;
  }
  return null;
}

export function findDOMNode(instance: unknown): Node | null {
  if (instance == null || instance instanceof Node) return (instance as Node | null) ?? null;
  const fiber = (instance as { _reactInternals?: Fiber })._reactInternals;
  return fiber ? firstHost(fiber.child) : null;
}

export * from 'react-dom-original';
export default { ...ReactDOM, findDOMNode };
