import type { Culture } from "./companies";

/** First and last names by culture, in Latin script. */
export const FIRST_NAMES: Record<Culture, readonly string[]> = {
  en: [
    "James", "Olivia", "Daniel", "Emily", "Michael", "Sarah", "Thomas", "Hannah", "Ryan", "Chloe",
    "David", "Grace", "Liam", "Megan", "Andrew", "Rachel", "Ben", "Laura", "Jack", "Emma",
    "Nathan", "Zoe", "Patrick", "Amy", "Connor", "Lucy", "George", "Ella", "Samuel", "Kate",
  ],
  fr: [
    "Camille", "Julien", "Léa", "Mathieu", "Chloé", "Antoine", "Manon", "Nicolas", "Émilie", "Hugo",
    "Claire", "Thibault", "Inès", "Guillaume", "Élodie", "Baptiste", "Margaux", "Pierre", "Sophie", "Louis",
    "Amélie", "Romain", "Hélène", "Olivier", "Aurélie", "François", "Juliette", "Maxime", "Céline", "Étienne",
  ],
  ar: [
    "Nadia", "Karim", "Yasmine", "Youssef", "Leila", "Mehdi", "Salma", "Omar", "Amina", "Rachid",
    "Fatima", "Hassan", "Samira", "Khalid", "Rania", "Tarek", "Nour", "Bilal", "Hind", "Walid",
    "Meriem", "Anas", "Dina", "Ziad", "Sara", "Ahmed", "Lina", "Mourad", "Houda", "Hamza",
  ],
};

export const LAST_NAMES: Record<Culture, readonly string[]> = {
  en: [
    "Smith", "Johnson", "Walker", "Bennett", "Hughes", "Carter", "Mitchell", "Foster", "Turner", "Reed",
    "Collins", "Morgan", "Brooks", "Hayes", "Price", "Ward", "Murphy", "O'Brien", "Kennedy", "Sullivan",
    "Wright", "Parker", "Harris", "Fletcher", "Gray", "Palmer", "Sutton", "Lawson",
  ],
  fr: [
    "Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Rousseau", "Fontaine", "Chevalier",
    "Mercier", "Blanc", "Garnier", "Faure", "Lambert", "Bonnet", "Dupont", "Roux", "Vincent", "Perrin",
    "Morel", "Gauthier", "Leclerc", "Renaud", "Marchand", "Caron", "Picard", "Roy", "Gagnon", "Tremblay",
  ],
  ar: [
    "El Amrani", "Benali", "Haddad", "Mansour", "Bennani", "Chraibi", "Khoury", "Saleh", "Nasser", "Al Hashimi",
    "Belkacem", "Tazi", "Alaoui", "Farouk", "Hamdan", "Qasim", "Bouazza", "Najjar", "El Fassi", "Saadi",
    "Al Mansouri", "Idrissi", "Jaber", "Touati", "Sabbagh", "Al Qahtani", "Mahmoud", "Ghanem", "Rahal",
  ],
};

/**
 * A handful of people whose names are written in Arabic script, with the Latin spelling their email
 * address uses.
 */
export const ARABIC_SCRIPT_NAMES: readonly { first: string; last: string; latin: string }[] = [
  { first: "ليلى", last: "الحسيني", latin: "layla.alhusseini" },
  { first: "محمد", last: "العتيبي", latin: "mohammed.alotaibi" },
  { first: "فاطمة", last: "بنيس", latin: "fatima.bennis" },
  { first: "يوسف", last: "الشامي", latin: "youssef.alshami" },
  { first: "سلمى", last: "القاسمي", latin: "salma.alqasimi" },
  { first: "خالد", last: "المنصوري", latin: "khalid.almansouri" },
  { first: "نورة", last: "السعدي", latin: "noura.alsaadi" },
  { first: "عمر", last: "الفاسي", latin: "omar.elfassi" },
  { first: "ريم", last: "حداد", latin: "reem.haddad" },
  { first: "طارق", last: "النجار", latin: "tarek.najjar" },
  { first: "هند", last: "العلوي", latin: "hind.alaoui" },
  { first: "سامي", last: "خوري", latin: "sami.khoury" },
];

export const JOB_TITLES: Record<"en" | "fr", readonly string[]> = {
  en: [
    "CEO", "Head of Sales", "Sales Director", "Procurement Manager", "Operations Manager", "CFO",
    "IT Director", "Marketing Manager", "Office Manager", "Head of Partnerships", "Finance Director",
    "Project Manager", "COO", "Purchasing Officer", "HR Manager", "CTO", "Business Development Manager",
  ],
  fr: [
    "Responsable des achats", "Responsable marketing", "Responsable informatique", "Chef de projet",
    "Responsable des opérations", "DSI", "DAF", "PDG", "Responsable commercial", "Office manager",
    "Responsable RH", "Directeur technique",
  ],
};

/** "Hélène O'Brien-Dupont" → "helene.obrien-dupont": the local part of an email address. */
export function emailLocalPart(first: string, last: string): string {
  const clean = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, "");
  return `${clean(first)}.${clean(last)}`;
}
