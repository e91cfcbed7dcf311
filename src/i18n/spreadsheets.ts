// The sentences of spreadsheets in and out: workbooks read by the imports, .xlsx exports.

export const spreadsheetsEn = {
  odsNotRead: (p: { file: string }) => `${p.file} is an OpenDocument spreadsheet (.ods), which caprural does not read.\nOpen it and save it as .xlsx (Excel 2007-365) or CSV, then import that file.`,
  xlsNotRead: (p: { file: string }) => `${p.file} is an old Excel 97-2003 workbook (.xls), which caprural does not read.\nOpen it and save it as .xlsx or CSV, then import that file.`,
  xlsxUnreadable: (p: { file: string }) => `${p.file} looks like a workbook (a zip file) but is not an .xlsx caprural can read.\nOpen it and save it as .xlsx or CSV, then import that file.`,
  xlsxSheetNotFound: (p: { file: string; sheet: string; sheets: string }) => `${p.file} has no sheet named "${p.sheet}".\nIts sheets: ${p.sheets}. Give one of them with --sheet.`,
  sheetOnlyForWorkbook: (p: { file: string }) => `--sheet is for a workbook (.xlsx), and ${p.file} is a CSV file.\nLeave out --sheet.`,
  xlsxFormatNeedsOutput: (_: Record<string, never>) => `An .xlsx export is a file: give it with --output FILE.xlsx.\nExample: caprural export members --output membres.xlsx`,
  xlsxFormatConflict: (p: { file: string; format: string }) => `--output ${p.file} is an .xlsx file but --format is ${p.format}.\nUse --format xlsx, or another file name.`,
} satisfies Record<string, (p: never) => string>;

export const spreadsheetsFr: typeof spreadsheetsEn = {
  odsNotRead: (p) => `${p.file} est un classeur OpenDocument (.ods), que caprural ne lit pas.\nOuvrez-le et enregistrez-le au format .xlsx (Excel 2007-365) ou CSV, puis importez ce fichier.`,
  xlsNotRead: (p) => `${p.file} est un ancien classeur Excel 97-2003 (.xls), que caprural ne lit pas.\nOuvrez-le et enregistrez-le au format .xlsx ou CSV, puis importez ce fichier.`,
  xlsxUnreadable: (p) =>
    `${p.file} ressemble à un classeur (un fichier zip) mais n'est pas un .xlsx que caprural sait lire.\nOuvrez-le et enregistrez-le au format .xlsx ou CSV, puis importez ce fichier.`,
  xlsxSheetNotFound: (p) => `${p.file} n'a pas de feuille nommée « ${p.sheet} ».\nSes feuilles : ${p.sheets}. Indiquez l'une d'elles avec --sheet.`,
  sheetOnlyForWorkbook: (p) => `--sheet sert pour un classeur (.xlsx), et ${p.file} est un fichier CSV.\nRetirez --sheet.`,
  xlsxFormatNeedsOutput: () => `Un export .xlsx est un fichier : indiquez-le avec --output FICHIER.xlsx.\nExemple : caprural export members --output membres.xlsx`,
  xlsxFormatConflict: (p) => `--output ${p.file} est un fichier .xlsx mais --format vaut ${p.format}.\nUtilisez --format xlsx, ou un autre nom de fichier.`,
};
