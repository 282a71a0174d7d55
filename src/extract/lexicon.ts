// The English of conflict reporting: descriptions that stand for actors, head words that type unknown
// names, titles, and the trigger words of relations, events and reported speech. Knowledge of
// particular actors and places lives in the gazetteer (ontology/gazetteer), never here.
import type { EntityClass, EventClass, Sentence, Token } from '../types.ts';
import { documentWords, wordCount, wordEpoch, wordsAt } from '../nlp/segment.ts';

/** A lookup table without Object.prototype behind it: "constructor" or "toString" in a text are words, not keys. */
const table = <T>(entries: Record<string, T>): Readonly<Record<string, T>> => Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));

/** What a description refers to: a class and, for armed groups, the kind of group. */
export interface DescriptionSense {
  cls: EntityClass;
  /** separatist | jihadist | mission …: must agree with the entity's kg:orientation when both are known. */
  feature?: string;
  /** True when the description names the state's own force or government ("the army", "the junta"). */
  state?: boolean;
  /** Too vague to pick a group by salience ("gunmen"): resolved only when attached ("gunmen from X"). */
  generic?: boolean;
  /** A ministry of the state ("the defence ministry"): its portfolio, as in "Ministry of Defence". */
  ministry?: string;
  /** A place named before ("the town"): the last one of its class. */
  place?: boolean;
  /** A person named before with this title ("the spokesman"). */
  role?: string;
  /** Someone the article quotes without a name ("a security source", "residents"): a source of this article's own. */
  source?: boolean;
}

/** Portfolios of the ministries news quote ("the defence ministry said"), folded word → name. */
export const MINISTRIES: Readonly<Record<string, string>> = table({
  defence: 'Defence', defense: 'Defence', interior: 'the Interior', foreign: 'Foreign Affairs', security: 'Security',
  justice: 'Justice', communication: 'Communication', communications: 'Communication',
});

/**
 * Generic noun phrases (lower-case, last word is the head) that refer to an actor of the article.
 * Longest phrases win. Resolution picks the entity of the article they stand for.
 */
export const DESCRIPTIONS: Readonly<Record<string, DescriptionSense>> = table({
  army: { cls: 'StateForce', state: true },
  'regular army': { cls: 'StateForce', state: true },
  'national army': { cls: 'StateForce', state: true },
  military: { cls: 'StateForce', state: true },
  'armed forces': { cls: 'StateForce', state: true },
  forces: { cls: 'StateForce', state: true },
  'government forces': { cls: 'StateForce', state: true },
  'government troops': { cls: 'StateForce', state: true },
  'government soldiers': { cls: 'StateForce', state: true },
  'security forces': { cls: 'StateForce', state: true },
  'defence forces': { cls: 'StateForce', state: true },
  'defense forces': { cls: 'StateForce', state: true },
  soldiers: { cls: 'StateForce', state: true },
  gendarmes: { cls: 'StateForce', state: true },
  police: { cls: 'StateForce', state: true },
  'police force': { cls: 'StateForce', state: true },
  policemen: { cls: 'StateForce', state: true },
  'police officers': { cls: 'StateForce', state: true },
  gendarmerie: { cls: 'StateForce', state: true },
  'presidential guard': { cls: 'StateForce', state: true },
  'elite presidential guard': { cls: 'StateForce', state: true },
  troops: { cls: 'StateForce', state: true },
  // ("many units have been pulled out of small outlying bases")
  units: { cls: 'StateForce', state: true },
  // ("Malian officers said", "French officers claimed": a force's officers speak for it)
  officers: { cls: 'StateForce', state: true },
  garrison: { cls: 'StateForce', state: true },
  'army garrison': { cls: 'StateForce', state: true },
  // (a military's command speaks for it: "the French general staff says", "the army general staff announced")
  'general staff': { cls: 'StateForce', state: true },
  // ("Nigeria's defence headquarters said air strikes had killed …": the command of a state's forces speaks for them)
  'defence headquarters': { cls: 'StateForce', state: true },
  'defense headquarters': { cls: 'StateForce', state: true },
  'military headquarters': { cls: 'StateForce', state: true },
  'army general staff': { cls: 'StateForce', state: true },
  junta: { cls: 'Government', state: true },
  'military junta': { cls: 'Government', state: true },
  'ruling junta': { cls: 'Government', state: true },
  colonels: { cls: 'Government', state: true },
  // ("the generals who overthrew President Bazoum", "Niger's new rulers")
  generals: { cls: 'Government', state: true },
  rulers: { cls: 'Government', state: true },
  'new rulers': { cls: 'Government', state: true },
  // (those who took power: "the putschists said", "the coup leaders announced")
  putschists: { cls: 'Government', state: true },
  'coup leaders': { cls: 'Government', state: true },
  'coup makers': { cls: 'Government', state: true },
  government: { cls: 'Government', state: true },
  // (the head of state's office speaks for the government: "according to the presidency")
  presidency: { cls: 'Government', state: true },
  'central government': { cls: 'Government', state: true },
  // (a federation's own, not one of its states': "called on the federal government")
  'federal government': { cls: 'Government', state: true },
  'federal authorities': { cls: 'Government', state: true },
  'transitional government': { cls: 'Government', state: true },
  'central state': { cls: 'Government', state: true },
  'central authorities': { cls: 'Government', state: true },
  authorities: { cls: 'Government', state: true },
  'transitional authorities': { cls: 'Government', state: true },
  'military authorities': { cls: 'Government', state: true },
  regime: { cls: 'Government', state: true },
  'military regime': { cls: 'Government', state: true },
  'military rulers': { cls: 'Government', state: true },
  'military government': { cls: 'Government', state: true },
  rebels: { cls: 'ArmedGroup', feature: 'separatist' },
  rebel: { cls: 'ArmedGroup', feature: 'separatist' },
  rebellion: { cls: 'ArmedGroup', feature: 'separatist' },
  'separatist rebels': { cls: 'ArmedGroup', feature: 'separatist' },
  'separatist groups': { cls: 'ArmedGroup', feature: 'separatist' },
  'rebel groups': { cls: 'ArmedGroup', feature: 'separatist' },
  'rebel alliance': { cls: 'ArmedGroup', feature: 'separatist' },
  'rebel coalition': { cls: 'ArmedGroup', feature: 'separatist' },
  separatists: { cls: 'ArmedGroup', feature: 'separatist' },
  jihadists: { cls: 'ArmedGroup', feature: 'jihadist' },
  'jihadist groups': { cls: 'ArmedGroup', feature: 'jihadist' },
  'jihadi groups': { cls: 'ArmedGroup', feature: 'jihadist' },
  'jihadi group': { cls: 'ArmedGroup', feature: 'jihadist' },
  'jihadi fighters': { cls: 'ArmedGroup', feature: 'jihadist' },
  'jihadi militants': { cls: 'ArmedGroup', feature: 'jihadist' },
  'jihadi insurgents': { cls: 'ArmedGroup', feature: 'jihadist' },
  jihadis: { cls: 'ArmedGroup', feature: 'jihadist' },
  'jihadist group': { cls: 'ArmedGroup', feature: 'jihadist' },
  'jihadist fighters': { cls: 'ArmedGroup', feature: 'jihadist' },
  'jihadist column': { cls: 'ArmedGroup', feature: 'jihadist' },
  islamists: { cls: 'ArmedGroup', feature: 'jihadist' },
  'islamist groups': { cls: 'ArmedGroup', feature: 'jihadist' },
  'islamists groups': { cls: 'ArmedGroup', feature: 'jihadist' },
  'islamist fighters': { cls: 'ArmedGroup', feature: 'jihadist' },
  'islamist militants': { cls: 'ArmedGroup', feature: 'jihadist' },
  'islamist insurgents': { cls: 'ArmedGroup', feature: 'jihadist' },
  militants: { cls: 'ArmedGroup', feature: 'jihadist' },
  insurgents: { cls: 'ArmedGroup', feature: 'jihadist' },
  'jihadist insurgents': { cls: 'ArmedGroup', feature: 'jihadist' },
  'jihadist militants': { cls: 'ArmedGroup', feature: 'jihadist' },
  'armed militants': { cls: 'ArmedGroup', feature: 'jihadist' },
  terrorists: { cls: 'ArmedGroup', feature: 'jihadist' },
  'terrorist group': { cls: 'ArmedGroup', feature: 'jihadist' },
  'armed groups': { cls: 'ArmedGroup' },
  gunmen: { cls: 'ArmedGroup', generic: true },
  fighters: { cls: 'ArmedGroup', generic: true },
  combatants: { cls: 'ArmedGroup', generic: true },
  members: { cls: 'ArmedGroup', generic: true },
  'armed men': { cls: 'ArmedGroup', generic: true },
  attackers: { cls: 'ArmedGroup', generic: true },
  assailants: { cls: 'ArmedGroup', generic: true },
  // ("the kidnappers appeared to be linked to MUJAO": those who seized a hostage)
  kidnappers: { cls: 'ArmedGroup', generic: true },
  // (a state's civilian auxiliaries or a community's self-defence men: the militia the article names, when it names one —
  // "The volunteers have suffered heavy losses" in an article on the VDP)
  militia: { cls: 'ArmedGroup', feature: 'militia' },
  militiamen: { cls: 'ArmedGroup', feature: 'militia' },
  volunteers: { cls: 'ArmedGroup', feature: 'militia' },
  vigilantes: { cls: 'ArmedGroup', feature: 'militia' },
  auxiliaries: { cls: 'ArmedGroup', feature: 'militia' },
  'civilian auxiliaries': { cls: 'ArmedGroup', feature: 'militia' },
  // (the criminal gangs of north-western Nigeria and beyond, "armed bandits": an actor of their own, not jihadists; "the bandits"
  // just after a named group's attack are that group, as "the attackers" are)
  bandits: { cls: 'ArmedGroup', generic: true, feature: 'bandit' },
  'armed bandits': { cls: 'ArmedGroup', generic: true, feature: 'bandit' },
  abductors: { cls: 'ArmedGroup', generic: true },
  captors: { cls: 'ArmedGroup', generic: true },
  'islamist columns': { cls: 'ArmedGroup', feature: 'jihadist' },
  'islamist column': { cls: 'ArmedGroup', feature: 'jihadist' },
  'jihadist columns': { cls: 'ArmedGroup', feature: 'jihadist' },
  'islamist rebels': { cls: 'ArmedGroup', feature: 'jihadist' },
  // (the Nigerian press's name for Boko Haram and its like: "the sect", "sect fighters")
  sect: { cls: 'ArmedGroup', feature: 'jihadist' },
  'islamist sect': { cls: 'ArmedGroup', feature: 'jihadist' },
  'sect members': { cls: 'ArmedGroup', feature: 'jihadist' },
  'sect fighters': { cls: 'ArmedGroup', feature: 'jihadist' },
  mercenaries: { cls: 'PrivateMilitaryCompany' },
  paramilitaries: { cls: 'PrivateMilitaryCompany' },
  'private military company': { cls: 'PrivateMilitaryCompany' },
  'un mission': { cls: 'InternationalOrganization', feature: 'mission' },
  'united nations mission': { cls: 'InternationalOrganization', feature: 'mission' },
  'un peacekeeping mission': { cls: 'InternationalOrganization', feature: 'mission' },
  'united nations peacekeeping mission': { cls: 'InternationalOrganization', feature: 'mission' },
  'peacekeeping mission': { cls: 'InternationalOrganization', feature: 'mission' },
  peacekeepers: { cls: 'InternationalOrganization', feature: 'mission' },
  'un peacekeepers': { cls: 'InternationalOrganization', feature: 'mission' },
  'united nations peacekeepers': { cls: 'InternationalOrganization', feature: 'mission' },
  'blue helmets': { cls: 'InternationalOrganization', feature: 'mission' },
  bloc: { cls: 'InternationalOrganization', feature: 'bloc' },
  'regional bloc': { cls: 'InternationalOrganization', feature: 'bloc' },
  // (a civil body named before, read again: "Amnesty International said … The rights group also said …")
  'rights group': { cls: 'Organization' },
  'human rights group': { cls: 'Organization' },
  'rights organisation': { cls: 'Organization' },
  'rights organization': { cls: 'Organization' },
  'aid group': { cls: 'Organization' },
  'aid organisation': { cls: 'Organization' },
  'aid organization': { cls: 'Organization' },
  'humanitarian organisation': { cls: 'Organization' },
  'humanitarian organization': { cls: 'Organization' },
  charity: { cls: 'Organization' },
  watchdog: { cls: 'Organization' },
  association: { cls: 'Organization' },
  ngo: { cls: 'Organization' },
  collective: { cls: 'Organization' },
  'advocacy group': { cls: 'Organization' },
  'civil society group': { cls: 'Organization' },
});

/** Head words of forces and governments, after a demonym: "Malian soldiers", "Nigerien and US soldiers". */
/** Armed men named by a common noun ("fighters", "rebels", "mercenaries"): the one-word plural descriptions of armed
 * groups and military companies above (not "members": "family members fled"). When they flee they retreat; when
 * they march they advance. */
export const ARMED_DESCRIPTIONS: ReadonlySet<string> = new Set(Object.entries(DESCRIPTIONS)
  .filter(([k, d]) => /^[a-z]+(?:s|men)$/.test(k) && k !== 'members' && (d.cls === 'ArmedGroup' || d.cls === 'PrivateMilitaryCompany')).map(([k]) => k));

export const FORCE_HEADS = new Set([
  'army', 'armies', 'military', 'forces', 'force', 'soldiers', 'soldier', 'troops', 'troop', 'armed', 'garrison',
  'special', 'air', 'gendarmerie', 'gendarmes', 'jets', 'planes', 'aircraft', 'drones', 'helicopters', 'pilots', 'fighters',
  'warplanes', 'warplane', 'gunships', 'commandos', 'paratroopers', 'marines', 'legionnaires', 'units', 'unit', 'contingent', 'battalion', 'brigade', 'detachment', 'column', 'columns', 'patrol', 'patrols', 'officers',
]);
/** Aircraft, which a force flies ("its jets struck …", "French drones hit …"). */
export const AIRCRAFT: ReadonlySet<string> = new Set(['jet', 'jets', 'drone', 'drones', 'aircraft', 'warplane', 'warplanes', 'helicopter',
  'helicopters', 'plane', 'planes', 'gunship', 'gunships', 'mirage', 'mirages']);
export const COMPANY_HEADS = new Set(['mercenaries', 'mercenary', 'paramilitaries', 'contractors', 'instructors']);
export const GOVERNMENT_HEADS = new Set(['government', 'authorities', 'junta', 'colonels', 'state', 'regime', 'administration', 'officials', 'rulers']);

/**
 * Plural nouns a count may stand before ("the two juntas", "both armies", "the three countries"), with the kinds of
 * actor they count, tried in turn: juntas are governments, else the states named.
 */
export const COUNTED_NOUNS: ReadonlyMap<string, readonly (readonly EntityClass[])[]> = new Map(Object.entries({
  governments: [['Government'], ['Country']], juntas: [['Government'], ['Country']], regimes: [['Government'], ['Country']],
  administrations: [['Government'], ['Country']],
  countries: [['Country']], states: [['Country']], nations: [['Country']], neighbours: [['Country']], neighbors: [['Country']],
  armies: [['StateForce']], militaries: [['StateForce']], forces: [['StateForce', 'ArmedGroup', 'PrivateMilitaryCompany']],
  groups: [['ArmedGroup']], movements: [['ArmedGroup']], factions: [['ArmedGroup']], militias: [['ArmedGroup']],
  sides: [['ArmedGroup', 'StateForce', 'PrivateMilitaryCompany', 'Government', 'Country']],
  blocs: [['InternationalOrganization']], organisations: [['InternationalOrganization', 'Organization']], organizations: [['InternationalOrganization', 'Organization']],
  men: [['Person']], leaders: [['Person']], presidents: [['Person']], commanders: [['Person']],
}));

/** Titles before a person's name; a titled name is a person. */
export const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'colonel', 'col.', 'general', 'gen.', 'lieutenant', 'lt.', 'captain', 'capt.',
  'major', 'commander', 'sergeant', 'mayor', 'governor', 'ambassador', 'secretary-general', 'secretary', 'chief',
  'spokesman', 'spokeswoman', 'spokesperson', 'imam', 'sheikh', 'dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.',
  'king', 'emir', 'leader', 'journalist', 'senator', 'former', 'interim', 'transitional', 'deputy', 'defence', 'defense',
  'foreign', 'interior', 'chairman', 'head', 'marshal', 'commodore', 'admiral', 'brigadier', 'commissioner', 'co-founder', 'founder',
  // (abbreviations as British and wire styles write them, with or without a stop: "Col Assimi Goïta", "Gov. Zulum")
  'col', 'gen', 'lt', 'capt', 'maj', 'maj.', 'brig', 'brig.', 'sgt', 'sgt.', 'gov', 'gov.', 'coordinator',
  // (of the courts that try the region's fighters: "Presiding Judge X", "Prosecutor X")
  'judge', 'presiding', 'prosecutor',
]);

/** "Air Marshal", "Air Commodore": a word that is a title only before another ("Air Burkina" is no title). */
// ("Defence Minister X" has a title; "the Defence Headquarters" has none: a portfolio is a title only before one)
/** Verbs that give a name ("a village called X"); "known as" gives one too. */
const NAMING_VERBS: ReadonlySet<string> = new Set(['called', 'named', 'dubbed', 'nicknamed']);
/**
 * Where the words that give the name at `from` start — "known as" (at "known"), "called", "named", "dubbed", past an
 * article ("known as the Yan Sa Kai") — or -1: "a security network, known as Amotekun", "a militia called X".
 */
export function namingAt(norms: readonly string[], from: number): number {
  const q = norms[from - 1] === 'the' ? from - 2 : from - 1;
  if (norms[q] === 'as' && norms[q - 1] === 'known') return q - 1;
  return NAMING_VERBS.has(norms[q] ?? '') ? q : -1;
}

export const isTitleAt = (norms: readonly string[], q: number): boolean => (TITLES.has(norms[q]!) && (!PORTFOLIOS.has(norms[q]!) || TITLES.has(norms[q + 1] ?? '')))
  || (norms[q] === 'air' && TITLES.has(norms[q + 1] ?? ''));
const PORTFOLIOS = new Set(['defence', 'defense', 'interior', 'foreign']);

/** Role nouns that make "X, a ROLE of/in Y" or "Y's ROLE X" a membership or leadership. */
export const MEMBER_ROLES = new Set([
  'member', 'members', 'fighter', 'fighters', 'commander', 'lieutenant', 'spokesman', 'spokesperson', 'spokeswoman',
  'official', 'officer', 'deserter', 'minister', 'envoy', 'representative', 'ambassador', 'second-in-command', 'mediator',
  'militant', 'militants', 'soldier', 'soldiers', 'emir', 'negotiator', 'delegate', 'researcher', 'analyst', 'adviser', 'advisor',
  'coordinator', 'director', 'correspondent', 'investigator', 'commissioner', 'deputy', 'figure', 'cadre', 'journalist', 'reporter',
  // (one of several: "X, one of AQIM's senior commanders")
  'commanders', 'lieutenants', 'figures', 'cadres',
  // (who works for a company: "X, an employee of the French energy company GDF Suez")
  'employee',
]);
/** Words that open a subject naming a few actors told before: "both", "the two groups", "all three juntas". */
export const BACK_REFERENCES: ReadonlySet<string> = new Set(['both', 'two', 'three', 'four']);
/** An officer's rank as the noun of an apposition: "El Hadj Ag Gamou, a general of the Malian army" (a title otherwise). */
export const OFFICER_RANKS = new Set(['general', 'colonel', 'captain', 'major', 'sergeant', 'corporal']);
export const LEADER_ROLES = new Set(['leader', 'head', 'chief', 'president', 'founder', 'co-founder', 'cofounder', 'secretary-general', 'chairman', 'chairperson', 'chairwoman', 'commander-in-chief']);

/** Head words that type an unknown proper name ("Macina Liberation Front" → ArmedGroup). */
export const NAME_HEADS: Readonly<Record<string, EntityClass>> = table({
  front: 'ArmedGroup', movement: 'ArmedGroup', brigade: 'ArmedGroup', brigades: 'ArmedGroup', battalion: 'ArmedGroup',
  katiba: 'ArmedGroup', coalition: 'ArmedGroup', militia: 'ArmedGroup', group: 'ArmedGroup', platform: 'ArmedGroup',
  alliance: 'ArmedGroup', coordination: 'ArmedGroup', emirate: 'ArmedGroup', province: 'ArmedGroup',
  army: 'StateForce', forces: 'StateForce', force: 'StateForce', command: 'StateForce', gendarmerie: 'StateForce',
  guard: 'StateForce', operation: 'StateForce', corps: 'StateForce', regiment: 'StateForce',
  ministry: 'Government', department: 'Government', government: 'Government', council: 'Government',
  committee: 'Government', court: 'Government', chamber: 'Organization', parliament: 'Government', assembly: 'Government', embassy: 'Government',
  presidency: 'Government', cabinet: 'Government', congress: 'Government', senate: 'Government',
  union: 'InternationalOrganization', nations: 'InternationalOrganization', community: 'InternationalOrganization',
  commission: 'InternationalOrganization', mission: 'InternationalOrganization', confederation: 'InternationalOrganization',
  organisation: 'Organization', organization: 'Organization',
  headquarters: 'StateForce', watch: 'Organization', institute: 'Organization', agency: 'Organization', company: 'Organization', party: 'Organization',
  network: 'Organization', office: 'Organization', press: 'Organization', news: 'Organization', aviation: 'Organization',
  foundation: 'Organization', association: 'Organization', collectif: 'Organization', collective: 'Organization',
  federation: 'Organization', league: 'Organization', diocese: 'Organization', archdiocese: 'Organization',
  mouvement: 'ArmedGroup', university: 'Organization', international: 'Organization',
  tv: 'Organization', radio: 'Organization', bank: 'Organization', service: 'Organization', programme: 'Organization',
  society: 'Organization', fund: 'Organization', cross: 'Organization', crescent: 'Organization',
  // Named sites: "the Splendid Hotel", "Kwame Nkrumah Avenue", "Modibo Keita International Airport".
  hotel: 'Site', cafe: 'Site', café: 'Site', restaurant: 'Site', airport: 'Site', airbase: 'Site', barracks: 'Site',
  // ("the Government Girls Secondary School", "the Federal Government College": schools, where pupils are taken from)
  school: 'Site', college: 'Site', academy: 'Site', seminary: 'Site', polytechnic: 'Site',
  mosque: 'Site', church: 'Site', hospital: 'Site', stadium: 'Site', bridge: 'Site', dam: 'Site', prison: 'Site', jail: 'Site',
  // ("Kuje Medium Security Custodial Centre"; a centre "for" something is a body: mentions.ts typeName)
  centre: 'Site', center: 'Site',
  avenue: 'Site', boulevard: 'Site', street: 'Site', square: 'Site', market: 'Site', mine: 'Site', park: 'Site', reserve: 'Site',
  // ("the Diplomatic Zone", "the Liptako-Gourma Zone": an area)
  zone: 'Region',
});
/** Arabic heads that open a group's name ("Katiba Serma", "Jamaat Ansar al-Sunna", "Harakat al-Muhajirin"). */
export const FIRST_HEADS: Readonly<Record<string, EntityClass>> = table({ katiba: 'ArmedGroup', jamaat: 'ArmedGroup', "jama'at": 'ArmedGroup', harakat: 'ArmedGroup' });

/** Common nouns for people that an apposition gives a name: "Sidi, a retired warrant officer", "Brahim, a herder". */
export const PERSON_NOUNS = new Set(['officer', 'herder', 'researcher', 'resident', 'farmer', 'trader', 'teacher', 'student', 'journalist', 'analyst',
  'official', 'doctor', 'nurse', 'survivor', 'witness', 'villager', 'fisherman', 'driver', 'mother', 'father', 'widow', 'shopkeeper', 'merchant',
  'elder', 'activist', 'lawyer', 'veteran', 'man', 'woman', 'refugee', 'worker', 'pastoralist', 'nomad', 'herdsman', 'businessman',
  'businesswoman', 'mechanic', 'tailor', 'midwife', 'pupil', 'academic', 'scholar', 'expert', 'specialist', 'historian', 'anthropologist',
  'sociologist', 'economist', 'photographer', 'reporter', 'correspondent', 'volunteer', 'councillor', 'councilor', 'notable', 'chief', 'cleric',
  'preacher', 'marabout', 'son', 'daughter', 'brother', 'sister', 'grandmother', 'grandfather', 'housewife', 'vendor', 'miner', 'guide']);

/** The points of the compass, as nouns and adjectives: "north of Gao", "north-east", "northern Mali". */
export const COMPASS: readonly string[] = ['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west',
  'south-east', 'south-west', 'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern'];

/** Nouns that introduce a place name: "the town of Moura", "the village of Dogofry". */
export const SETTLEMENT_NOUNS = new Set(['town', 'village', 'city', 'cities', 'locality', 'commune', 'hamlet', 'municipality', 'capital', 'towns', 'villages', 'localities', 'settlement',
  'hamlets', 'settlements', 'communes']);
export const REGION_NOUNS = new Set(['region', 'province', 'district', 'circle', 'cercle', 'department', 'prefecture', 'area', 'territory']);
/** Prepositions after a word that ties a group to another ("affiliated with", "linked to", "loyal to"). */
export const TIED_PREPS = new Set(['with', 'to']);
/** Words that tie a group to another, before those prepositions or after a hyphen ("linked to al-Qaeda", "al-Qaeda-linked"). */
export const TIED_WORDS = new Set(['affiliated', 'linked', 'aligned', 'loyal']);
/** Landforms named by the word before them: "the Bohoma peninsula", "the Koudou waterfall". */
export const LANDFORMS = new Set(['peninsula', 'island', 'islands', 'plateau', 'valley', 'forest', 'massif', 'mountains', 'waterfall', 'falls', 'river', 'lake', 'oasis', 'wadi', 'dunes']);
/** Forms of "be", before a passive participle or a predicate ("was led by", "is the leader of"). */
export const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
/** The shape of a demonym: "Israeli", "Canadian", "Japanese", "Turkish" (the gazetteer knows the Sahel's, not every state's). */
export const DEMONYM_SHAPE = /^[A-Z][a-z]+(?:i|an|ian|ese|ish)$/;
/** Heads of a named facility written in lower case after its name: "the Radisson Blu hotel", "the Tiguentourine gas plant". */
export const NAMED_FACILITIES = new Set(['hotel', 'cafe', 'café', 'restaurant', 'plant', 'refinery', 'factory', 'airport', 'airbase', 'bridge', 'dam']);
/** Nouns of a body made of others: "a coalition of …", "an umbrella of …". */
export const COALITION_NOUNS = new Set(['coalition', 'alliance', 'umbrella', 'grouping', 'federation', 'union', 'merger', 'amalgam', 'confederation']);
/** The places a force holds, which it can hand over or abandon: "handed over its camp at Ogossagou", "abandoned its base". */
export const HELD_POSTS: ReadonlySet<string> = new Set(['camp', 'camps', 'base', 'bases', 'post', 'posts', 'outpost', 'outposts', 'position', 'positions', 'barracks', 'garrison']);
export const SITE_NOUNS = new Set(['camp', 'base', 'garrison', 'airport', 'checkpoint', 'outpost', 'post', 'market', 'mine', 'barracks', 'airbase']);

/** Capitalised words that are never names on their own (sentence starts, months, weekdays). */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'since', 'after', 'before', 'during', 'for', 'from', 'with', 'by', 'as', 'and',
  'but', 'or', 'of', 'to', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their',
  'its', 'our', 'there', 'here', 'when', 'while', 'where', 'which', 'who', 'what', 'however', 'although', 'nevertheless',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'each', 'both', 'another', 'other',
  'several', 'some', 'many', 'no', 'operations', 'fighting', 'home', 'later', 'prior', 'additionally', 'even', 'within',
  'over', 'about', 'approximately', 'around', 'nine', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'ten',
  'first', 'second', 'third', 'last', 'former', 'local', 'according', 'also', 'then', 'yet', 'so', 'if', 'only',
  'islamist', 'jihadist', 'separatist', 'rebel', 'rebels', 'islamic', 'sharia', 'allah', 'god',
  'special', 'forces', 'army', 'military', 'soldiers', 'government', 'president', 'minister',
  'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'greater', 'upper', 'lower',
]);

/** Lemmas of verbs and nouns that make two actors adversaries. `mutual`: "X and Y clashed" opposes X to Y. */
export const HOSTILE = new Map<string, { mutual?: boolean; event?: EventClass }>([
  ['clash', { mutual: true, event: 'ArmedClash' }],
  ['fight', { mutual: true, event: 'ArmedClash' }],
  ['fighting', { mutual: true, event: 'ArmedClash' }],
  ['battle', { mutual: true, event: 'ArmedClash' }],
  ['combat', { mutual: true, event: 'ArmedClash' }],
  ['firefight', { mutual: true, event: 'ArmedClash' }],
  ['exchange fire', { mutual: true, event: 'ArmedClash' }],
  ['skirmish', { mutual: true, event: 'ArmedClash' }],
  ['confront', { mutual: true, event: 'ArmedClash' }],
  ['confrontation', { mutual: true, event: 'ArmedClash' }],
  ['war', { mutual: true }],
  // ("the ISGS is at war with its rival, JNIM": two sides at war are fighting; "the war in Mali" is no one event)
  ['at war with', { mutual: true, event: 'ArmedClash' }],
  // ("Mali and Algeria have been at odds since …", "Niger is at odds with Benin": hostility, no act)
  ['at odds', { mutual: true }],
  // ("the area is contested between the Malian army and the Katiba Macina")
  ['contest', { mutual: true }],
  ['conflict', { mutual: true }],
  ['attack', { event: 'Attack' }],
  ['assault', { event: 'Attack' }],
  ['raid', { event: 'Attack' }],
  ['storm', { event: 'Attack' }],
  ['torch', { event: 'Attack' }],
  ['raze', { event: 'Attack' }],
  ['overrun', { event: 'Capture' }],
  ['ambush', { event: 'Ambush' }],
  // ("soldiers shot dead 20 villagers", "its air defences shot down a Malian army drone")
  ['shoot', { event: 'Attack' }],
  ['shoot down', { event: 'Attack' }],
  ['shot down', { event: 'Attack' }],
  ['trap', { event: 'Ambush' }],
  ['encircle', { event: 'Ambush' }],
  ['target', { event: 'Attack' }],
  ['repel', { event: 'ArmedClash' }],
  ['repulse', { event: 'ArmedClash' }],
  ['disperse', { event: 'ArmedClash' }],
  ['rout', { event: 'ArmedClash' }],
  ['defeat', { event: 'ArmedClash' }],
  // ("inflicted heavy losses on Malian troops")
  ['inflict', { event: 'ArmedClash' }],
  ['kill', { event: 'Attack' }],
  ['slay', { event: 'Attack' }],
  // ("the farmers were tied up and slaughtered by Boko Haram fighters")
  ['slaughter', { event: 'Massacre' }],
  ['neutralize', { event: 'Attack' }],
  ['neutralise', { event: 'Attack' }],
  ['bomb', { event: 'Airstrike' }],
  ['bombing', { event: 'Bombing' }],
  ['explosion', { event: 'Bombing' }],
  ['blast', { event: 'Bombing' }],
  ['detonate', { event: 'Bombing' }],
  ['explode', { event: 'Bombing' }],
  ['ied', { event: 'Bombing' }],
  ['landmine', { event: 'Bombing' }],
  ['airstrike', { event: 'Airstrike' }],
  ['strike', { event: 'Airstrike' }],
  ['shell', { event: 'Shelling' }],
  ['shelling', { event: 'Shelling' }],
  ['fire', { event: 'Shelling' }],
  ['offensive', { event: 'Attack' }],
  // ("launched a counter-offensive named Haskanite": a campaign, apart from the one attack a counter-attack is)
  ['counter-offensive', { event: 'Operation' }],
  ['counteroffensive', { event: 'Operation' }],
  ['counter-attack', { event: 'Attack' }],
  ['counterattack', { event: 'Attack' }],
  ['operation', { event: 'Operation' }],
  ['mission', { event: 'Operation' }],
  ['oppose', {}],
  // ("sent reinforcements to the Ménaka Region to counter ISGS"; only the verb: "a counter attack" is the attack's)
  ['counter', {}],
  ['expel', {}],
  ['blockade', { event: 'Blockade' }],
  ['besiege', { event: 'Blockade' }],
  ['siege', { event: 'Blockade' }],
  ['assassinate', { event: 'Killing' }],
  ['assassination', { event: 'Killing' }],
  ['reject', {}],
  ['condemn', {}],
  ['denounce', {}],
]);

/** Event triggers beyond hostilities (lemma or lower-case phrase → class). */
export const EVENT_TRIGGERS: Readonly<Record<string, EventClass>> = table({
  withdraw: 'Withdrawal', withdrawal: 'Withdrawal', evacuation: 'Withdrawal', evacuate: 'Withdrawal', retreat: 'Withdrawal',
  // ("quit the G5 Sahel", "French troops quit Mali": quitting is withdrawing; "quit his post" is a resignation, events.ts)
  quit: 'Withdrawal',
  // ("the army abandoned its base in Mondoro", "abandoned Boulkessi": only of a place, events.ts)
  abandon: 'Withdrawal',
  'pull out': 'Withdrawal', departure: 'Withdrawal', drawdown: 'Withdrawal', 'fall back': 'Withdrawal', 'pull back': 'Withdrawal',
  // ("Shekau pledged allegiance to the Islamic State", "its pledge of allegiance to al-Qaeda", "swore allegiance to Koufa")
  'pledge allegiance': 'Pledge', 'pledge of allegiance': 'Pledge', 'swear allegiance': 'Pledge', 'swore allegiance': 'Pledge', 'sworn allegiance': 'Pledge',
  'pledge loyalty': 'Pledge', 'oath of allegiance': 'Pledge',
  deploy: 'Deployment', deployment: 'Deployment', reinforcement: 'Deployment', reinforcements: 'Deployment', intervene: 'Deployment',
  intervention: 'Deployment', land: 'Deployment', arrive: 'Deployment', arrival: 'Deployment',
  // (people alone who travel make a visit: events.ts)
  'fly to': 'Deployment', 'flew to': 'Deployment', 'fly into': 'Deployment', 'flew into': 'Deployment', 'drove to': 'Deployment', 'drove out to': 'Deployment',
  advance: 'Advance', 'move towards': 'Advance', 'move toward': 'Advance', 'moving towards': 'Advance', 'close in': 'Advance',
  'closed in': 'Advance', 'head towards': 'Advance', enter: 'Advance', 'fly toward': 'Advance', 'fly towards': 'Advance', leave: 'Deployment',
  'cut off': 'Disruption', blockade: 'Blockade', blackout: 'Disruption', sabotage: 'Disruption',
  agreement: 'Agreement', accord: 'Agreement', deal: 'Agreement', sign: 'Agreement', treaty: 'Agreement',
  ceasefire: 'Ceasefire', 'cease-fire': 'Ceasefire', 'cease - fire': 'Ceasefire', truce: 'Ceasefire',
  proclaim: 'Declaration', declaration: 'Declaration', 'declare independence': 'Declaration', 'declared independence': 'Declaration',
  proclamation: 'Declaration', decree: 'Declaration', 'national mourning': 'Declaration', 'state of emergency': 'Declaration', 'state of siege': 'Declaration', curfew: 'Declaration',
  coup: 'Coup', oust: 'Coup', overthrow: 'Coup', topple: 'Coup', depose: 'Coup', 'take power': 'Coup', 'seize power': 'Coup', "coup d'état": 'Coup', "coup d'etat": 'Coup', putsch: 'Coup', 'push aside': 'Coup', 'pushed aside': 'Coup', takeover: 'Coup', 'took power': 'Coup', 'seized power': 'Coup',
  rebellion: 'Uprising', uprising: 'Uprising', insurgency: 'Uprising', 'took up arms': 'Uprising', rising: 'Uprising', revolt: 'Uprising',
  'rose up': 'Uprising', 'rise up': 'Uprising', 'risen up': 'Uprising',
  seize: 'Capture', capture: 'Capture', overrun: 'Capture', 'take control': 'Capture', 'seize control': 'Capture', 'gain control': 'Capture', 'assume control': 'Capture', 'regain control': 'Capture', 'regained control': 'Capture', 'retake control': 'Capture', recapture: 'Capture', retake: 'Capture', 'took control': 'Capture', occupy: 'Capture', reoccupy: 'Capture',
  surrender: 'Capture',
  arrest: 'Arrest', detain: 'Arrest', detention: 'Arrest',
  // ("its jets had destroyed a Boko Haram logistics base": an attack, but what is destroyed — a drone, a bridge, vehicles —
  // often names no adversary, so it opposes no one by itself)
  destroy: 'Attack',
  die: 'Killing', death: 'Killing',
  trial: 'Trial', convict: 'Trial', conviction: 'Trial', sentence: 'Trial', verdict: 'Trial', acquit: 'Trial', 'plead guilty': 'Trial', 'pleaded guilty': 'Trial',
  'arrest warrant': 'LegalProceeding', warrant: 'LegalProceeding', arraign: 'LegalProceeding', arraignment: 'LegalProceeding', indict: 'LegalProceeding', indictment: 'LegalProceeding', prosecute: 'LegalProceeding',
  kidnap: 'Abduction', abduct: 'Abduction', abduction: 'Abduction', abductions: 'Abduction', kidnapping: 'Abduction', kidnappings: 'Abduction', 'taken prisoner': 'Abduction', 'taken hostage': 'Abduction', hostage: 'Abduction',
  massacre: 'Massacre', execute: 'Massacre', 'summarily executed': 'Massacre', execution: 'Massacre', killings: 'Massacre',
  suspend: 'Suspension', suspension: 'Suspension', sanction: 'Sanction', sanctions: 'Sanction', expel: 'Sanction', expulsion: 'Sanction', embargo: 'Sanction',
  dissolve: 'Dissolution', dissolution: 'Dissolution', disband: 'Dissolution', outlaw: 'Dissolution',
  mediation: 'Mediation', mediate: 'Mediation', negotiation: 'Mediation', talks: 'Mediation',
  resign: 'Resignation', resignation: 'Resignation', resignations: 'Resignation',
  appoint: 'Appointment', name: 'Appointment', 'sworn in': 'Appointment', nominate: 'Appointment', replace: 'Appointment',
  // ("the February 21 presidential run-off", "was elected president in 2020"; "the UN Security Council voted to end the mandate",
  // "adopted Resolution 2100", "the National Assembly authorised the deployment": triggers.ts keeps the resolutions and votes meant)
  election: 'Election', elections: 'Election', 'run-off': 'Election', 'run - off': 'Election', runoff: 'Election', referendum: 'Election', elect: 'Election', 're-elect': 'Election',
  vote: 'Vote', resolution: 'Vote', authorise: 'Vote', authorize: 'Vote',
  release: 'Release', free: 'Release', 'let free': 'Release', 'bring back': 'Release',
  escape: 'Escape', jailbreak: 'Escape', 'jail break': 'Escape', 'prison break': 'Escape', breakout: 'Escape', 'broke out of': 'Escape',
  protest: 'Protest', protests: 'Protest', demonstration: 'Protest', demonstrations: 'Protest', rally: 'Protest', riot: 'Protest', riots: 'Protest',
  summit: 'Meeting', meeting: 'Meeting', meet: 'Meeting', conference: 'Meeting', dialogue: 'Meeting', forum: 'Meeting',
  investigation: 'Investigation', inquiry: 'Investigation', 'board of inquiry': 'Investigation', 'commission of inquiry': 'Investigation', enquiry: 'Investigation', probe: 'Investigation', investigate: 'Investigation',
  distribution: 'HumanitarianAid', 'hand out': 'HumanitarianAid', 'handing out': 'HumanitarianAid', airlift: 'Evacuation',
  visit: 'Visit', 'travel to': 'Visit', 'travelled to': 'Visit', 'traveled to': 'Visit', tour: 'Visit',
});

/** Withdrawal triggers of troops falling back: always someone's act, and from the place after "from" only. */
export const FALLING_BACK: ReadonlySet<string> = new Set(['fall back', 'pull back']);

/** Deployment triggers whose subject travels itself (not "sent troops", "deployed", "intervened"): people alone make a visit. */
export const JOURNEYS: ReadonlySet<string> = new Set(['arrive', 'arrival', 'land', 'fly to', 'flew to', 'fly into', 'flew into', 'drove to', 'drove out to']);

/** Verbs (lemmas) and phrases that report speech or a finding: "X said that …". */
export const REPORTING = new Set([
  'say', 'said', 'claim', 'report', 'announce', 'state', 'comment', 'allege', 'highlight', 'insist', 'declare', 'find',
  'mention', 'suggest', 'warn', 'add', 'tell', 'note', 'confirm', 'deny', 'accuse', 'assert', 'argue', 'explain',
  'indicate', 'acknowledge', 'admit', 'affirm', 'maintain', 'write', 'tweet', 'post', 'promise', 'vow', 'threaten',
  'call', 'urge', 'dismiss', 'blame', 'describe', 'estimate', 'record', 'condemn', 'document', 'assessment', 'recount', 'stress',
  'emphasize', 'emphasise', 'believe', 'reveal', 'reject', 'welcome', 'hail', 'praise', 'denounce', 'criticize', 'criticise', 'express',
  'assure', 'concede', 'recognise', 'recognize', 'speak', 'demand', 'complain', 'lament', 'deplore', 'regret', 'contend', 'predict', 'caution',
  'boast', 'brag', 'conclude', 'observe', 'disclose', 'recall', 'counter', 'retort', 'testify', 'allege', 'thank', 'attribute', 'repeat', 'reiterate',
  'reply', 'respond',
]);

/** Words that make a statement hedged or negated: no plain fact comes out of their clause. */
export const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'denied', 'deny', 'denies', 'refused', 'failed']);
/** Modal verbs hedge only as auxiliaries ("may attack", not "24 May"). */
export const MODALS = new Set(['may', 'might', 'could', 'would']);
/** Intent: a planned attack still shows hostility, but it did not happen (no event). */
export const INTENT = new Set(['preparing', 'prepared', 'prepares', 'prepare', 'plans', 'intends', 'aims', 'planned', 'planning', 'plan', 'intend', 'intended', 'intention', 'attempting', 'attempt', 'attempted', 'threatened', 'threatening', 'want', 'wants', 'wanted', 'seek', 'seeks', 'sought']);
export const HEDGES = new Set(['possible', 'possibly', 'perhaps', 'reportedly', 'allegedly', 'alleged',
  'probably', 'likely', 'unconfirmed', 'rumoured', 'rumored', 'suspected', 'appears', 'seems', 'would', 'if', 'whether',
  'anticipation', 'expecting', 'expected', 'expect', 'expects']);

/** Alliance cues: "X, along with Y", "backed by", "called to the rescue by". */
export const ALLIANCE_PHRASES = [
  'along with', 'alongside', 'together with', 'allied with', 'in alliance with', 'backed by', 'supported by', 'endorsed by',
  'with the support of', 'called to the rescue', 'hired by', 'in coordination with', 'joint operations with',
  'joint operation with', 'joined forces with', 'fought alongside', 'helped by', 'help from', 'received help from',
  'cooperate with', 'in cooperation with', 'ties to', 'ties with', 'allied to', 'with support from', 'support from', 'turned to', 'turn to',
  'joint military operations with', 'joint patrols with', 'drawn closer to', 'drew closer to', 'moved closer to', 'grown closer to',
  'backing from', 'with the backing of', 'support to', 'assistance to', 'coordinate with', 'coordinate closely with',
  'side by side with', 'shoulder to shoulder with',
  // ("the government now relies on Russian instructors")
  'relies on', 'rely on', 'relied on', 'relying on',
];
/** Diplomats a state summons, expels or recalls ("recalled their ambassadors", "summoned the French envoy"). */
export const ENVOYS: ReadonlySet<string> = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomats', 'diplomat']);
/** Verbs (lemmas) that ask for an act, which is then not done: "demanded the departure of …", "called for an inquiry". */
export const DEMANDING: ReadonlySet<string> = new Set(['demand', 'call', 'ask', 'urge', 'request', 'want', 'seek']);
/** Possessive determiners: "its fighters", "their renewed offensive", "his convoy". */
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);
/** Reflexive pronouns: "was himself ousted", "who described himself as", "set themselves up". */
export const REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself', 'itself', 'themselves']);

/** Alliance phrases whose partner may be a state named as a country: "turned to Russia", "has drawn closer to Moscow". */
export const RAPPROCHEMENT = new Set(['turned to', 'turn to', 'drawn closer to', 'drew closer to', 'moved closer to', 'grown closer to',
  'relies on', 'rely on', 'relied on', 'relying on']);

/** Base forms to try when the tagger's lemma is the word itself ("blockading" → blockade). */
export function stems(w: string): readonly string[] {
  // (stemsOf strips -ing, -ed, -ied/-ies or -s from words of five letters or more: most words end otherwise and need
  // no lookup, nor a place in the cache)
  const last = w.charCodeAt(w.length - 1);
  if (w.length <= 4 || (last !== 103 /* g */ && last !== 100 /* d */ && last !== 115 /* s */)) return NO_STEMS;
  let out = stemCache.get(w);
  if (!out) {
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(w, (out = stemsOf(w)));
  }
  return out;
}
// Every verb of every sentence asks: remember the answer per word.
const stemCache = new Map<string, readonly string[]>();
const NO_STEMS: readonly string[] = [];

function stemsOf(w: string): string[] {
  const out: string[] = [];
  if (w.length > 5 && w.endsWith('ing')) { const b = w.slice(0, -3); out.push(b, `${b}e`, b.replace(/(.)\1$/, '$1')); }
  if (w.length > 4 && w.endsWith('ed')) { const b = w.slice(0, -2); out.push(b, w.slice(0, -1), b.replace(/(.)\1$/, '$1')); }
  // ("reoccupied", "reoccupies": a verb in -y the tagger does not know)
  if (w.length > 5 && (w.endsWith('ied') || w.endsWith('ies'))) out.push(`${w.slice(0, -3)}y`);
  if (w.length > 4 && w.endsWith('s')) out.push(w.slice(0, -1), w.slice(0, -2));
  return out;
}

// Word ids: the rules of several stages each asked a map or a set about every token (trigger roles, cue words, words
// that bound a clause …), the same token again and again. The words any rule looks for are numbered here, a sentence's
// tokens are looked up once (wordIds), and each rule reads what a word means to it from its own table, by that number.
const WORD_IDS = new Map<string, number>();
const WORD_TABLES: unknown[][] = [];

/** A table of what each word means to a rule (`none` for the words it does not know), read by word id. */
export function wordTable<T>(none: T): T[] {
  const table: T[] = [];
  for (let i = 0; i <= WORD_IDS.size; i++) table.push(none);
  WORD_TABLES.push(table);
  return table;
}

/** The id of a word, numbering it if it is new: call it only while tables are made, as modules load. */
export function wordId(w: string): number {
  let id = WORD_IDS.get(w);
  if (id === undefined) {
    WORD_IDS.set(w, (id = WORD_IDS.size + 1));
    // (every table holds every id: a read is never past its end)
    for (const table of WORD_TABLES) table.push(table[0]);
    if (id > 0xffff) throw new Error('kg/extract: more than 65535 words in the word tables');
    idsKey = undefined;
    memoEpoch = -1;
  }
  return id;
}

/** The word ids of a sentence's tokens: their lower-case forms and their lemmas (0 for a word no table lists). */
export interface WordIds { norm: readonly number[]; lemma: readonly number[] }
// (each stage asks for the sentence it reads, one sentence after another: the last answer is kept)
let idsKey: readonly Token[] | undefined;
let idsValue: WordIds = { norm: [], lemma: [] };

/** The word ids of sentence `s`'s tokens, looked up once for all the rules that read that sentence. */
export function wordIds(s: Sentence): WordIds {
  const t = s.tokens;
  if (t === idsKey) return idsValue;
  // (arrays of small integers, not typed arrays: a typed array of more than 64 bytes is allocated outside the heap,
  // at a microsecond each)
  const norm: number[] = [];
  const lemma: number[] = [];
  const at = wordsAt(s);
  if (at >= 0) {
    // (a sentence of the document just segmented: by segment's number of each token's word, the ids are looked up
    // once per word of the corpus, not once per token)
    if (memoEpoch !== wordEpoch()) forgetWords();
    const words = documentWords();
    for (let k = 0; k < t.length; k++) {
      const w = words[at + k]!;
      if (w >= normOfWord.length) widenMemo(w);
      const x = t[k]!;
      let n = normOfWord[w]!;
      if (n < 0) n = normOfWord[w] = WORD_IDS.get(x.norm) ?? 0;
      norm.push(n);
      // (a word's lemma depends on its tag too: the last one seen is kept, the same string again most often)
      if (x.lemma !== lemmaOfWord[w]) { lemmaOfWord[w] = x.lemma; lemmaIdOfWord[w] = x.lemma === x.norm ? n : WORD_IDS.get(x.lemma) ?? 0; }
      lemma.push(lemmaIdOfWord[w]!);
    }
  } else {
    for (let k = 0; k < t.length; k++) {
      const x = t[k]!;
      const n = WORD_IDS.get(x.norm) ?? 0;
      norm.push(n);
      lemma.push(x.lemma === x.norm ? n : WORD_IDS.get(x.lemma) ?? 0);
    }
  }
  idsKey = t;
  return (idsValue = { norm, lemma });
}
// By segment's word number: the id of the word's norm (-1: not looked up yet), and of the last lemma seen with it.
let memoEpoch = -1;
let normOfWord = new Int32Array(0);
let lemmaIdOfWord = new Int32Array(0);
let lemmaOfWord: (string | undefined)[] = [];
function forgetWords(): void {
  memoEpoch = wordEpoch();
  normOfWord = new Int32Array(Math.max(1024, wordCount() * 2)).fill(-1);
  lemmaIdOfWord = new Int32Array(normOfWord.length);
  lemmaOfWord = new Array<string | undefined>(normOfWord.length).fill(undefined);
}
function widenMemo(w: number): void {
  const n = Math.max(w + 1, normOfWord.length * 2);
  const norms = new Int32Array(n).fill(-1);
  norms.set(normOfWord);
  normOfWord = norms;
  const lemmas = new Int32Array(n);
  lemmas.set(lemmaIdOfWord);
  lemmaIdOfWord = lemmas;
  while (lemmaOfWord.length < n) lemmaOfWord.push(undefined);
}
