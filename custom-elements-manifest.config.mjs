// `cem analyze` reads the JSDoc of the element classes (@summary, @fires, @csspart,
// @cssproperty) and writes dist/custom-elements.json, the manifest IDEs and docs tools read.
export default {
  globs: ['src/customer-360.ts', 'src/provider/customer-360-provider.ts', 'src/define.ts'],
  outdir: 'dist',
  litelement: true,
};
