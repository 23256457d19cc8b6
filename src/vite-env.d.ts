/// <reference types="vite/client" />
declare module 'virtual:review-graph' {
  export const graphDataUrl: string;
}
