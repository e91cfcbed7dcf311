// What the imports share about CSV rows, apart from reading files (src/csv/readCsv.ts).

/** A data row with the line of the file it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A header as compared: no BOM, lower case, no accents, words joined by `_` ("Reçue le" -> "recue_le"). */
export function headerKey(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}
