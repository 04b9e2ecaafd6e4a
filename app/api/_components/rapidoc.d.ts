// RapiDoc's bundle registers the <rapi-doc> element when loaded; it exports nothing.
declare module 'rapidoc/dist/rapidoc-min.js';
