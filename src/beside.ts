/**
 * The files the card loads only when it needs them: the hint engine, the feedback (notes,
 * dismissals sent to the server), and each language but
 * English. Here, for bundlers and the unbuilt source, they are plain `import()`s that a bundler
 * splits into chunks of the host's build. The script-tag builds use `beside.script.ts` instead
 * (vite.config.ts swaps it in), which loads the built files from beside the script.
 */
export type EngineFile = typeof import('./hints/engine.js');
export type LocaleFile = typeof import('./locales/fr.js');
export type FeedbackFile = typeof import('./feedback/file.js');

export function importEngine(): Promise<EngineFile> {
  return import('./hints/engine.js');
}

export function importFeedback(): Promise<FeedbackFile> {
  return import('./feedback/file.js');
}

/** One static `import()` per language, so every bundler splits it out. */
export function importLocale(language: string): Promise<LocaleFile> {
  return language === 'fr' ? import('./locales/fr.js') : Promise.reject(new Error(`no locale file for ${language}`));
}
