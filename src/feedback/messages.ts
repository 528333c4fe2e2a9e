/**
 * The words of the feedback file (notes, unsaved dismissals), in every language the card
 * speaks: they travel with the file, so the card's script carries none of them.
 */
import type {Language} from '../core/locale.js';

type Plural = {one: string; other: string};

export interface FeedbackMessages {
  notes: string;
  noNotes: string;
  notesFailed: string;
  more: Plural;
  fewer: string;
  older: Plural;
  add: string;
  help: string;
  count: string;
  tooLong: string;
  tooLongLive: string;
  empty: string;
  submit: string;
  you: string;
  saving: string;
  noteNotSaved: string;
  noteRefused: string;
  dismissNotSaved: string;
  dismissRefused: string;
  retry: string;
  retryNote: string;
  retryNotes: string;
  retryDismiss: string;
}

const en: FeedbackMessages = {
  notes: 'Notes',
  noNotes: 'No notes yet.',
  notesFailed: 'Notes could not be loaded.',
  more: {one: 'Show {n} more note', other: 'Show {n} more notes'},
  fewer: 'Show fewer notes',
  older: {one: '{n} older note not shown', other: '{n} older notes not shown'},
  add: 'Add a note',
  help: 'Every agent sees it.',
  count: '{n} of {max} characters',
  tooLong: 'Too long: {n} characters, at most {max}. Shorten it to add it.',
  empty: 'Write the note first: it is empty.',
  tooLongLive: 'Too long: at most {max} characters.',
  submit: 'Add note',
  you: 'You',
  saving: 'Saving…',
  noteNotSaved: 'Not saved.',
  noteRefused: 'Not saved: the server does not accept it.',
  dismissNotSaved: '“{text}” dismissed here, not saved.',
  dismissRefused: '“{text}” dismissed here, not saved: the server does not accept it.',
  retry: 'Retry',
  retryNote: 'Retry saving the note',
  retryNotes: 'Retry loading the notes',
  retryDismiss: 'Retry saving the dismissal of “{text}”',
};

const fr: FeedbackMessages = {
  notes: 'Notes',
  noNotes: 'Aucune note pour l’instant.',
  notesFailed: 'Les notes n’ont pas pu être chargées.',
  more: {one: 'Voir {n} autre note', other: 'Voir {n} autres notes'},
  fewer: 'Voir moins de notes',
  older: {one: '{n} note plus ancienne non affichée', other: '{n} notes plus anciennes non affichées'},
  add: 'Ajouter une note',
  help: 'Tous les conseillers la verront.',
  count: '{n} caractères sur {max}',
  tooLong: 'Trop long\u202F: {n} caractères, {max} au plus. Raccourcissez-la pour l’ajouter.',
  empty: 'Écrivez d’abord la note\u202F: elle est vide.',
  tooLongLive: 'Trop long\u202F: {max} caractères au plus.',
  submit: 'Ajouter la note',
  you: 'Vous',
  saving: 'Enregistrement…',
  noteNotSaved: 'Non enregistrée.',
  noteRefused: 'Non enregistrée\u202F: le serveur ne l’accepte pas.',
  dismissNotSaved: '«\u202F{text}\u202F» écarté ici, non enregistré.',
  dismissRefused: '«\u202F{text}\u202F» écarté ici, non enregistré\u202F: le serveur ne l’accepte pas.',
  retry: 'Réessayer',
  retryNote: 'Réessayer d’enregistrer la note',
  retryNotes: 'Réessayer de charger les notes',
  retryDismiss: 'Réessayer d’enregistrer la mise à l’écart de «\u202F{text}\u202F»',
};

export const FEEDBACK_MESSAGES: Record<Language, FeedbackMessages> = {en, fr};

/** `template` with `{name}` replaced (numbers written in `locale`); a plural picks its form by `n`. */
export function fill(language: Language, template: string | Plural, params: Record<string, string | number> = {}): string {
  const n = Number(params.n);
  const text = typeof template === 'string' ? template : (language === 'fr' ? n < 2 : n === 1) ? template.one : template.other;
  return text.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    return typeof value === 'number' ? value.toLocaleString(language) : (value ?? '');
  });
}
