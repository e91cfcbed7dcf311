// Dates typed or read that are written in an accepted form but do not exist (31/02/2027, 24:00):
// said as such, not answered with the list of accepted forms. Without an option (a file's cell,
// named by its line and column), the day is said in words without quoting the cell.

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** The month named in words; undefined for a month 13. */
const monthEn = (month: number) => MONTHS_EN[month - 1];
const monthFr = (month: number) => MONTHS_FR[month - 1];

export const datesEn = {
  dayDoesNotExist: (p: { option?: string; value: string; day: number; month: number; year: number; daysInMonth: number }) =>
    `${p.option ? `"${p.value}" for ${p.option}: ` : ''}${
      monthEn(p.month) ? `${p.day} ${monthEn(p.month)} ${p.year} does not exist (${monthEn(p.month)} ${p.year} has ${p.daysInMonth} days)` : `there is no month ${p.month}`
    }.\nCheck the day and the month (day first: 07/02/2018 is 7 February).`,
  timeDoesNotExist: (p: { option?: string; value: string }) => `"${p.value}"${p.option ? ` for ${p.option}` : ''}: that time does not exist (00:00 to 23:59).\nCheck the hours and minutes.`,
};

export const datesFr: typeof datesEn = {
  dayDoesNotExist: (p) =>
    `${p.option ? `« ${p.value} » pour ${p.option} : ` : ''}${
      monthFr(p.month) ? `le ${p.day} ${monthFr(p.month)} ${p.year} n'existe pas (${monthFr(p.month)} ${p.year} a ${p.daysInMonth} jours)` : `il n'y a pas de mois ${p.month}`
    }.\nVérifiez le jour et le mois (le jour d'abord : 07/02/2018 est le 7 février).`,
  timeDoesNotExist: (p) => `« ${p.value} »${p.option ? ` pour ${p.option}` : ''} : cette heure n'existe pas (de 00:00 à 23:59).\nVérifiez les heures et les minutes.`,
};
