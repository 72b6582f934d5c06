// The pages import `tea-component`; the build points it at one of the installed versions (npm aliases).
declare module 'tea-component' {
  export * from 'tea-component-280';
}
declare const __TEA_VERSION__: string;
// react-dom itself, for the findDOMNode stand-in that replaces it in the pages' build.
declare module 'react-dom-original' {
  export * from 'react-dom';
}
