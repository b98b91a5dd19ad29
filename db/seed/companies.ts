/**
 * The demo's customer companies and the countries they are in. Our users write English, French and
 * Arabic, so the book of business spans France and its neighbours, the English-speaking world, the
 * Maghreb and the Gulf.
 */
export type Culture = "en" | "fr" | "ar";
export type Language = "en" | "fr" | "ar";

export type Country = {
  name: string;
  /** Phone templates; every # becomes a digit. */
  mobile: string;
  landline: string;
  /** The languages a contact there speaks, with their weights. */
  languages: readonly (readonly [Language, number])[];
  /** The currency of some of the deals there (the rest are in EUR). */
  currency?: string;
};

export const COUNTRIES = {
  FR: { name: "France", mobile: "+33 6 ## ## ## ##", landline: "+33 1 ## ## ## ##", languages: [["fr", 1]] },
  BE: { name: "Belgium", mobile: "+32 47# ## ## ##", landline: "+32 2 ### ## ##", languages: [["fr", 1]] },
  CH: { name: "Switzerland", mobile: "+41 79 ### ## ##", landline: "+41 22 ### ## ##", languages: [["fr", 1]] },
  CA: { name: "Canada", mobile: "+1 514 555 01##", landline: "+1 514 555 01##", languages: [["fr", 3], ["en", 1]] },
  GB: { name: "United Kingdom", mobile: "+44 7700 900###", landline: "+44 20 7946 0###", languages: [["en", 1]] },
  IE: { name: "Ireland", mobile: "+353 85 ### ####", landline: "+353 1 ### ####", languages: [["en", 1]] },
  US: { name: "United States", mobile: "+1 212 555 01##", landline: "+1 212 555 01##", languages: [["en", 1]], currency: "USD" },
  MA: { name: "Morocco", mobile: "+212 6 ## ## ## ##", landline: "+212 5 22 ## ## ##", languages: [["fr", 1], ["ar", 1]], currency: "MAD" },
  TN: { name: "Tunisia", mobile: "+216 2# ### ###", landline: "+216 71 ### ###", languages: [["fr", 1], ["ar", 1]] },
  AE: { name: "United Arab Emirates", mobile: "+971 50 ### ####", landline: "+971 4 ### ####", languages: [["ar", 3], ["en", 2]], currency: "AED" },
  SA: { name: "Saudi Arabia", mobile: "+966 5# ### ####", landline: "+966 11 ### ####", languages: [["ar", 3], ["en", 1]] },
  QA: { name: "Qatar", mobile: "+974 55## ####", landline: "+974 44## ####", languages: [["ar", 1], ["en", 1]] },
  EG: { name: "Egypt", mobile: "+20 10 #### ####", landline: "+20 2 #### ####", languages: [["ar", 3], ["en", 1]] },
  LB: { name: "Lebanon", mobile: "+961 3 ### ###", landline: "+961 1 ### ###", languages: [["ar", 2], ["fr", 1], ["en", 1]] },
} satisfies Record<string, Country>;

export type CountryCode = keyof typeof COUNTRIES;

export type Company = {
  name: string;
  domain: string;
  industry: string;
  city: string;
  country: CountryCode;
  /** Where most of its people's names come from. */
  culture: Culture;
};

const c = (name: string, domain: string, industry: string, city: string, country: CountryCode, culture: Culture): Company => ({
  name,
  domain,
  industry,
  city,
  country,
  culture,
});

export const COMPANIES: readonly Company[] = [
  c("Atlas Logistique", "atlas-logistique.fr", "Logistics", "Lyon", "FR", "fr"),
  c("Boulangeries Méridien", "meridien-boulangeries.fr", "Food & beverage", "Bordeaux", "FR", "fr"),
  c("Céleste Assurances", "celeste-assurances.fr", "Insurance", "Paris", "FR", "fr"),
  c("Groupe Valmont", "groupe-valmont.fr", "Construction", "Marseille", "FR", "fr"),
  c("Lumière Énergie", "lumiere-energie.fr", "Energy", "Toulouse", "FR", "fr"),
  c("Maison Duret", "maison-duret.fr", "Retail", "Paris", "FR", "fr"),
  c("Nordis Conseil", "nordis-conseil.fr", "Consulting", "Lille", "FR", "fr"),
  c("Optique Bellevue", "optique-bellevue.fr", "Healthcare", "Nantes", "FR", "fr"),
  c("Pixel & Plume", "pixeletplume.fr", "Marketing", "Paris", "FR", "fr"),
  c("Transports Garnier", "transports-garnier.fr", "Logistics", "Rouen", "FR", "fr"),
  c("Vignobles Castel d'Or", "castel-dor.fr", "Wine & spirits", "Bordeaux", "FR", "fr"),
  c("Clinique Saint-Aubin", "clinique-saint-aubin.fr", "Healthcare", "Rennes", "FR", "fr"),
  c("Ateliers Morel", "ateliers-morel.fr", "Manufacturing", "Grenoble", "FR", "fr"),
  c("Brasserie du Port", "brasserie-du-port.be", "Food & beverage", "Brussels", "BE", "fr"),
  c("Solutions Boréales", "solutions-boreales.ca", "Software", "Montréal", "CA", "fr"),
  c("Léman Immobilier", "leman-immobilier.ch", "Real estate", "Geneva", "CH", "fr"),
  c("Brightline Studios", "brightlinestudios.co.uk", "Media", "London", "GB", "en"),
  c("Northwind Analytics", "northwind-analytics.com", "Software", "New York", "US", "en"),
  c("Harbor & Finch", "harborfinch.com", "Legal services", "New York", "US", "en"),
  c("Kestrel Aerospace", "kestrel-aero.co.uk", "Aerospace", "Bristol", "GB", "en"),
  c("Greenleaf Organics", "greenleaf-organics.co.uk", "Food & beverage", "Manchester", "GB", "en"),
  c("Summit Ridge Capital", "summitridgecap.com", "Financial services", "New York", "US", "en"),
  c("Bluewater Marine", "bluewater-marine.ie", "Shipping", "Dublin", "IE", "en"),
  c("Copperfield Manufacturing", "copperfield-mfg.com", "Manufacturing", "New York", "US", "en"),
  c("Oakhurst Health", "oakhursthealth.co.uk", "Healthcare", "Manchester", "GB", "en"),
  c("Pinecrest Software", "pinecrest.io", "Software", "London", "GB", "en"),
  c("Redwood Facilities", "redwood-facilities.com", "Facilities management", "New York", "US", "en"),
  c("Silverline Telecom", "silverline-telecom.co.uk", "Telecommunications", "Leeds", "GB", "en"),
  c("Tidewater Hotels", "tidewaterhotels.ie", "Hospitality", "Cork", "IE", "en"),
  c("Westbrook Education", "westbrook-edu.ca", "Education", "Montréal", "CA", "en"),
  c("Ironbridge Engineering", "ironbridge-eng.co.uk", "Engineering", "Birmingham", "GB", "en"),
  c("Lakeside Retail Group", "lakeside-retail.com", "Retail", "New York", "US", "en"),
  c("Nour Pharma", "nourpharma.ma", "Pharmaceuticals", "Casablanca", "MA", "ar"),
  c("Al Baraka Trading", "albaraka-trading.ae", "Wholesale", "Dubai", "AE", "ar"),
  c("Sahara Solar", "sahara-solar.ma", "Energy", "Marrakech", "MA", "ar"),
  c("Dar Al Bina Construction", "daralbina.sa", "Construction", "Riyadh", "SA", "ar"),
  c("Falcon Logistics", "falcon-logistics.ae", "Logistics", "Abu Dhabi", "AE", "ar"),
  c("Zaytouna Foods", "zaytouna-foods.tn", "Food & beverage", "Tunis", "TN", "ar"),
  c("Cedar Tech", "cedartech.com.lb", "Software", "Beirut", "LB", "ar"),
  c("Nile Valley Textiles", "nilevalley-textiles.com.eg", "Textiles", "Cairo", "EG", "ar"),
  c("Oasis Hospitality", "oasis-hospitality.qa", "Hospitality", "Doha", "QA", "ar"),
  c("Riad Al Andalus", "riad-andalus.ma", "Hospitality", "Fès", "MA", "ar"),
  c("Majid Motors", "majidmotors.sa", "Automotive", "Jeddah", "SA", "ar"),
  c("Al Amal Medical", "alamal-medical.ae", "Healthcare", "Sharjah", "AE", "ar"),
  c("Menara Télécom", "menara-telecom.ma", "Telecommunications", "Rabat", "MA", "ar"),
  c("Tamr Capital", "tamrcapital.ae", "Financial services", "Dubai", "AE", "ar"),
  c("Yasmine Cosmetics", "yasmine-cosmetics.tn", "Cosmetics", "Sfax", "TN", "ar"),
  c("Manzil Properties", "manzil-properties.ae", "Real estate", "Dubai", "AE", "ar"),
  c("Rawabi Agritech", "rawabi-agritech.sa", "Agriculture", "Riyadh", "SA", "ar"),
  c("Qamar Media", "qamarmedia.com.eg", "Media", "Alexandria", "EG", "ar"),
];
