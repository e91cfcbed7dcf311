// The examples at the end of each command's help (`caprural … --help`): what it is for, in English
// and French, and the command line, the same in both languages. Every command of the table has
// at least one (a test walks the table); each line fits an 80-column terminal.

/** One example: what it does (en, fr), then the command line. */
export type Example = readonly [en: string, fr: string, line: string];

const N1 = 'cooperer-leader-n1-2018';

export const EXAMPLES: Readonly<Record<string, readonly Example[]>> = {
  '': [
    ['The sessions of 2018', 'Les sessions de 2018', 'caprural sessions --year 2018'],
    ['Register a person who wrote before the deadline', 'Inscrire une personne qui a écrit avant la date limite', `caprural register --session ${N1} --member "Anne Arnaud"`],
    ['The help of one command', "L'aide d'une commande", 'caprural help member add'],
  ],
  init: [
    ['Create the store with the catalogue', 'Créer le fichier de données avec le catalogue', 'caprural init'],
    ['Create an empty store elsewhere', 'Créer un fichier vide ailleurs', 'caprural --store ~/essai.json init --empty'],
  ],
  sessions: [
    ['Sessions of 2018', 'Les sessions de 2018', 'caprural sessions --year 2018'],
    ['Sessions open for registration now', 'Les sessions ouvertes aux inscriptions', 'caprural sessions --open'],
  ],
  'session show': [['A session and its registrants', 'Une session et ses inscrits', `caprural session show ${N1}`]],
  'session add': [
    [
      'A level-1 session on 14 February 2019, 12 seats',
      'Une session de niveau 1 le 14 février 2019, 12 places',
      'caprural session add --course cooperer-leader-n1 --starts "14/02/2019 10:00" \\\n    --ends "14/02/2019 12:00" --closes 07/02/2019 --capacity 12',
    ],
  ],
  'session edit': [
    [
      'Give a date to an announced session',
      'Donner une date à une session annoncée',
      'caprural session edit cooperer-leader-n2-2018 \\\n    --starts "17/05/2018 09:30" --ends "17/05/2018 17:00" --status scheduled',
    ],
    ['Raise the capacity', 'Augmenter la capacité', `caprural session edit ${N1} --capacity 14`],
  ],
  'session cancel': [['Cancel a session (its registrations are kept)', 'Annuler une session (ses inscriptions sont gardées)', 'caprural session cancel cooperer-leader-n3-2018']],
  'org add': [['A GAL and its territory', 'Un GAL et son territoire', 'caprural org add --name "GAL Vallée de la Drôme" --kind GAL --territory Drôme']],
  'org list': [['Every organisation', 'Toutes les structures', 'caprural org list']],
  'org show': [['An organisation, its people and cotisations', 'Une structure, ses personnes et ses cotisations', 'caprural org show gal-vallee-de-la-drome']],
  'member add': [
    [
      'A LEADER agent of a GAL',
      "Une agente LEADER d'un GAL",
      'caprural member add --first Véronique --last Bernard \\\n    --email veronique.bernard@example.fr --org gal-vallee-de-la-drome \\\n    --role agent',
    ],
    ['Two roles at once', 'Deux rôles à la fois', 'caprural member add --first Paul --last Petit --email paul.petit@example.fr \\\n    --role agent,coprog'],
  ],
  'member list': [
    ['Everyone', 'Tout le monde', 'caprural member list'],
    ['The people of one organisation', "Les personnes d'une structure", 'caprural member list --org gal-vallee-de-la-drome'],
  ],
  'member show': [['A person, by name or e-mail', 'Une personne, par son nom ou son e-mail', 'caprural member show "Véronique Bernard"']],
  'member edit': [
    ['A new phone number', 'Un nouveau numéro de téléphone', 'caprural member edit veronique-bernard --phone "04 75 00 00 00"'],
    ['Clear the organisation', 'Retirer la structure', 'caprural member edit paul-petit --org ""'],
  ],
  'member export': [['Everything stored about a person (right of access)', "Tout ce qui est enregistré sur une personne (droit d'accès)", 'caprural member export veronique-bernard > veronique.json']],
  'member forget': [['Erase a person, without asking', 'Effacer une personne, sans question', 'caprural member forget paul-petit --yes']],
  'member import': [
    ['Check a people list first, then import it', "Vérifier d'abord une liste de personnes, puis l'importer", 'caprural member import personnes.xlsx --dry-run\ncaprural member import personnes.xlsx'],
  ],
  export: [
    ['The registrations of a session for French Excel', "Les inscriptions d'une session pour Excel", `caprural export registrations --session ${N1} --excel \\\n    > inscrits.csv`],
    ['The attendance sheet as a workbook', "La feuille d'émargement en classeur", `caprural export attendance-sheet --session ${N1} \\\n    --output emargement.xlsx`],
  ],
  'membership pay': [
    ['A GAL paid 120 € on 15 January 2018', 'Un GAL a payé 120 € le 15 janvier 2018', 'caprural membership pay "GAL Vallée de la Drôme" --year 2018 --on 15/01/2018 \\\n    --amount 120'],
  ],
  'membership list': [['Cotisations of 2018', 'Les cotisations de 2018', 'caprural membership list --year 2018']],
  'membership edit': [['Correct the amount', 'Corriger le montant', 'caprural membership edit gal-vallee-de-la-drome --year 2018 --amount 150']],
  'membership cancel': [['Cancel a cotisation recorded by mistake', 'Annuler une cotisation enregistrée par erreur', 'caprural membership cancel paul-petit --year 2018 --reason "Saisie en double"']],
  register: [
    ['At a terminal: asks for the session and the person', 'Dans un terminal : demande la session et la personne', 'caprural register'],
    [
      'A request received by mail on 7 February at 23:59',
      'Une demande reçue par mail le 7 février à 23 h 59',
      `caprural register --session ${N1} --member "Anne Arnaud" \\\n    --received-at "07/02/2018 23:59"`,
    ],
    ['Registrations from a spreadsheet', 'Des inscriptions depuis un tableur', 'caprural register --import inscriptions.xlsx'],
  ],
  cancel: [['Cancel a registration', 'Annuler une inscription', `caprural cancel --session ${N1} --member "David Durand"`]],
  promote: [['Give a free seat to the first on the waiting list', "Donner une place libre au premier de la liste d'attente", `caprural promote --session ${N1}`]],
  log: [['The history of one session', "L'historique d'une session", `caprural log --session ${N1}`]],
  attendance: [
    ['At a terminal: a checklist', 'Dans un terminal : une liste à cocher', `caprural attendance ${N1}`],
    ['Two present, one absent', 'Deux présentes, une absente', `caprural attendance ${N1} \\\n    --present "Anne Arnaud,Bruno Blanc" --absent "Chloé Chabert"`],
    ['A Zoom report: present from 45 minutes', 'Un rapport Zoom : présent·e à partir de 45 minutes', `caprural attendance ${N1} --import zoom-participants.csv \\\n    --min-minutes 45`],
  ],
  eligibility: [
    ['May this person ask for support? (exit 0 yes, 1 no)', 'Cette personne peut-elle demander un appui ? (code 0 oui, 1 non)', 'caprural eligibility "Véronique Bernard"'],
    ['The eligibility rules', "Les règles d'éligibilité", 'caprural eligibility --rules'],
  ],
  'mail plan': [
    ['Queue the messages that are due', 'Mettre en attente les messages dus', 'caprural mail plan'],
    ['For one session', 'Pour une session', `caprural mail plan --session ${N1}`],
  ],
  'mail preview': [['Read the queued messages before sending', 'Lire les messages en attente avant envoi', 'caprural mail preview --output apercu/']],
  'mail send': [
    ['Send a test of each kind to yourself', "S'envoyer un essai de chaque sorte", 'caprural mail send --test-to moi@example.fr'],
    ['Send what is queued, without asking', 'Envoyer ce qui attend, sans question', 'caprural mail send --yes'],
  ],
  'mail log': [['The messages of one person', "Les messages d'une personne", 'caprural mail log --member "Anne Arnaud"']],
  'mail retry': [['Queue again the messages that failed', 'Remettre en attente les messages en échec', 'caprural mail retry --failed']],
  'backup list': [['The backups beside the store', 'Les sauvegardes à côté des données', 'caprural backup list']],
  'backup restore': [['Go back to the latest backup', 'Revenir à la dernière sauvegarde', 'caprural backup restore latest']],
  doctor: [['Check the store (exit 0 healthy)', 'Vérifier les données (code 0 : saines)', 'caprural doctor']],
  retention: [
    ['Who would be anonymised, changing nothing', 'Qui serait anonymisé·e, sans rien changer', 'caprural retention --dry-run'],
    ['Anonymise people inactive since 2015', 'Anonymiser les personnes inactives depuis 2015', 'caprural retention --before 2015 --yes'],
  ],
  'doc attendance-sheet': [['The signing sheet as a PDF', "La feuille d'émargement en PDF", `caprural doc attendance-sheet --session ${N1} \\\n    --output emargement.pdf`]],
  'doc certificate': [
    ['One certificate per person present, in a folder', 'Un certificat par personne présente, dans un dossier', `caprural doc certificate --session ${N1} \\\n    --output certificats/`],
  ],
  'config list': [['The settings, unset ones too', 'Les réglages, même ceux non renseignés', 'caprural config list --all']],
  'config get': [["The training provider's name", "Le nom de l'organisme de formation", 'caprural config get provider.name']],
  'config set': [
    ["The training provider's name", "Le nom de l'organisme de formation", 'caprural config set provider.name "Cap Rural"'],
    ['The mail server', 'Le serveur de messagerie', 'caprural config set smtp.url smtps://utilisateur@smtp.example.org:465'],
  ],
  'config unset': [['Forget a setting', 'Oublier un réglage', 'caprural config unset mail.from']],
  info: [
    ['Where the store is, its size and counts', 'Où sont les données, leur taille et leurs comptes', 'caprural info'],
    ['The same for a script', 'La même chose pour un script', 'caprural info --json'],
  ],
  completion: [
    ['Tab completion in bash, from now on', 'La complétion par Tab dans bash, désormais', 'caprural completion bash >> ~/.bashrc'],
    ['In fish', 'Dans fish', 'caprural completion fish > ~/.config/fish/completions/caprural.fish'],
  ],
  report: [
    ["The year's figures as a page", "Les chiffres de l'année en une page", 'caprural report --year 2018 --output rapport-2018.html'],
    ['One session, as JSON', 'Une session, en JSON', `caprural report --session ${N1} --format json`],
  ],
};

/** The examples of a command ('' for caprural itself) in the user's language, indented under the heading. */
export function examplesText(name: string, lang: 'fr' | 'en'): string | null {
  const examples = EXAMPLES[name];
  if (!examples || examples.length === 0) return null;
  return examples.map(([en, fr, line]) => `  # ${lang === 'fr' ? fr : en}\n${line.replace(/^/gm, '  ')}`).join('\n\n');
}
