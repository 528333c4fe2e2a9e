/**
 * Which build this code belongs to. The script loads files from beside itself (the hint
 * engine, the feedback file, the locale files); a CDN or a browser may still hold an older copy of them
 * after an upgrade. The build writes the same id into the script and into each of those files,
 * asks for them as `hints-engine.js?v=<id>`, and the script refuses a file whose id differs:
 * a mismatched engine would compute hints with rules the card does not know.
 * `source` when the code runs unbuilt (tests, the demo), where every module is one build.
 */
declare const __CUSTOMER360_BUILD__: string | undefined;

export const BUILD: string = typeof __CUSTOMER360_BUILD__ === 'string' ? __CUSTOMER360_BUILD__ : 'source';

/**
 * `loaded`, when it is from this build; otherwise a warning that names the likely cause and a
 * rejection, so the file counts as not loaded (the card then fails closed, as for a blocked one).
 */
export function sameBuild<T extends {BUILD: unknown}>(file: string, loaded: T): T {
  if (loaded.BUILD === BUILD) return loaded;
  console.warn(
    `customer-360: ${file} beside the script is from another build (a cache holds an old copy?); deploy them together.`,
  );
  throw new Error(`${file} is from another build`);
}
