import { foldWord } from '../domain/text';
// The names of the export kinds, English and French; nothing heavy is imported here, so that the
// shell's completion can list them without loading the exports.

export const EXPORT_KINDS = ['registrations', 'attendees', 'waitlist', 'members', 'eligible', 'sessions', 'attendance-sheet'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/**
 * French names of each kind, accepted in both languages (accents and case ignored: `présents`,
 * `Émargement`); the first is the one completed and listed in French. `sessions` is French too.
 */
export const EXPORT_KIND_ALIASES: Readonly<Record<ExportKind, readonly string[]>> = {
  registrations: ['inscriptions'],
  attendees: ['presents'],
  waitlist: ['liste-attente', 'attente'],
  members: ['membres', 'personnes'],
  eligible: ['eligibles'],
  sessions: [],
  'attendance-sheet': ['emargement', 'feuille-emargement'],
};

/** The kind a typed name means, English or French; undefined when it names none. */
export function exportKindOf(typed: string): ExportKind | undefined {
  const name = foldWord(typed);
  return EXPORT_KINDS.find((kind) => kind === name || EXPORT_KIND_ALIASES[kind].includes(name));
}

/** The name of a kind in a language (French: its first French name, when it has one). */
export function exportKindName(kind: ExportKind, lang: 'fr' | 'en'): string {
  return lang === 'fr' ? (EXPORT_KIND_ALIASES[kind][0] ?? kind) : kind;
}
