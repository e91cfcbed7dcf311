// The sentences of the importer kit shared by `member import`, `register --import` and `attendance --import`.

export const importsEn = {
  csvIsSpreadsheet: (p: { file: string }) =>
    `${p.file} is a spreadsheet workbook (.xlsx, .ods or .xls), not a CSV file.\nOpen it and save it as CSV (Excel: "CSV UTF-8" or "CSV (semicolon delimited)"), then import the CSV.`,
  csvBinary: (p: { file: string }) => `${p.file} is not a text file (it holds binary data).\nImport the CSV (or TSV) file the tool exported.`,
  csvDecodedWindows1252: (p: { file: string }) => `${p.file} is not UTF-8: read as Windows-1252 (French Excel's "CSV (semicolon delimited)").`,
} satisfies Record<string, (p: never) => string>;

export const importsFr: typeof importsEn = {
  csvIsSpreadsheet: (p) =>
    `${p.file} est un classeur (.xlsx, .ods ou .xls), pas un fichier CSV.\nOuvrez-le et enregistrez-le en CSV (Excel : « CSV UTF-8 » ou « CSV (séparateur : point-virgule) »), puis importez le CSV.`,
  csvBinary: (p) => `${p.file} n'est pas un fichier texte (il contient des données binaires).\nImportez le fichier CSV (ou TSV) exporté par l'outil.`,
  csvDecodedWindows1252: (p) => `${p.file} n'est pas en UTF-8 : lu en Windows-1252 (le « CSV (séparateur : point-virgule) » d'Excel en français).`,
};
