// Data files under schemas/ are embedded at build time (scripts/build.mjs, vitest.config.ts).
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
