/**
 * The drug classes the master uses (a drug lists its classes most specific first). Clinics pick
 * from these keys for their own items so allergy and duplicate-class checks keep working.
 * `synonyms` are the clear words a desk types for the class in an allergy ("sulpha drugs"); only
 * unambiguous ones (no "painkiller": it could mean paracetamol, an NSAID or an opioid).
 */
export interface DrugClass {
  label: string
  synonyms?: readonly string[]
}

export const DRUG_CLASSES = {
  // Analgesics
  nsaid: {
    label: 'NSAID',
    synonyms: ['nsaid', 'non steroidal anti inflammatory', 'non steroidal anti inflammatory drug'],
  },
  cox2_inhibitor: { label: 'COX-2 inhibitor', synonyms: ['coxib', 'cox 2 inhibitor'] },
  salicylate: { label: 'Salicylate', synonyms: ['salicylate', 'acetylsalicylic acid'] },
  para_aminophenol: { label: 'Para-aminophenol analgesic' },
  opioid: { label: 'Opioid', synonyms: ['opioid', 'opiate', 'narcotic analgesic'] },
  muscle_relaxant: { label: 'Muscle relaxant' },
  enzyme: { label: 'Proteolytic enzyme' },
  antigout: { label: 'Antigout' },
  // Antibacterials
  beta_lactam: { label: 'Beta-lactam', synonyms: ['beta lactam'] },
  penicillin: { label: 'Penicillin', synonyms: ['penicillin', 'pcn'] },
  aminopenicillin: { label: 'Aminopenicillin', synonyms: ['aminopenicillin'] },
  beta_lactamase_inhibitor: { label: 'Beta-lactamase inhibitor' },
  cephalosporin: { label: 'Cephalosporin', synonyms: ['cephalosporin'] },
  first_gen_cephalosporin: { label: 'First-generation cephalosporin' },
  second_gen_cephalosporin: { label: 'Second-generation cephalosporin' },
  third_gen_cephalosporin: { label: 'Third-generation cephalosporin' },
  macrolide: { label: 'Macrolide', synonyms: ['macrolide'] },
  lincosamide: { label: 'Lincosamide', synonyms: ['lincosamide'] },
  tetracycline: { label: 'Tetracycline', synonyms: ['tetracycline'] },
  fluoroquinolone: { label: 'Fluoroquinolone', synonyms: ['fluoroquinolone', 'quinolone'] },
  nitroimidazole: { label: 'Nitroimidazole', synonyms: ['nitroimidazole'] },
  sulfonamide: {
    label: 'Sulfonamide',
    synonyms: ['sulfa', 'sulpha', 'sulfonamide', 'sulphonamide', 'sulfa drug', 'sulpha drug'],
  },
  folate_antagonist: { label: 'Dihydrofolate reductase inhibitor' },
  nitrofuran: { label: 'Nitrofuran' },
  oxazolidinone: { label: 'Oxazolidinone' },
  aminoglycoside: { label: 'Aminoglycoside', synonyms: ['aminoglycoside'] },
  // Antifungals, antivirals, antiparasitics
  azole_antifungal: { label: 'Azole antifungal', synonyms: ['azole', 'azole antifungal'] },
  triazole_antifungal: { label: 'Triazole antifungal' },
  imidazole_antifungal: { label: 'Imidazole antifungal' },
  polyene_antifungal: { label: 'Polyene antifungal' },
  allylamine_antifungal: { label: 'Allylamine antifungal' },
  nucleoside_antiviral: { label: 'Nucleoside analogue antiviral' },
  anthelmintic: { label: 'Anthelmintic' },
  antimalarial: { label: 'Antimalarial' },
  // Local anaesthetics and vasoconstrictors
  local_anaesthetic: {
    label: 'Local anaesthetic',
    synonyms: ['local anaesthetic', 'local anaesthesia', 'local anaesthetic injection'],
  },
  amide_local_anaesthetic: {
    label: 'Amide local anaesthetic',
    synonyms: ['amide local anaesthetic', 'amide anaesthetic'],
  },
  ester_local_anaesthetic: {
    label: 'Ester local anaesthetic',
    synonyms: ['ester local anaesthetic', 'ester anaesthetic', 'para aminobenzoic acid', 'paba'],
  },
  sympathomimetic: { label: 'Sympathomimetic (adrenaline)' },
  vasoconstrictor: { label: 'Vasoconstrictor' },
  // Oral care and topical
  antiseptic: { label: 'Antiseptic' },
  iodine: { label: 'Iodine', synonyms: ['iodine'] },
  desensitising_agent: { label: 'Desensitising agent' },
  fluoride: { label: 'Fluoride' },
  topical_analgesic: { label: 'Topical analgesic' },
  topical_corticosteroid: { label: 'Topical corticosteroid' },
  haemostatic: { label: 'Haemostatic' },
  // Gastrointestinal
  proton_pump_inhibitor: {
    label: 'Proton pump inhibitor',
    synonyms: ['proton pump inhibitor', 'ppi'],
  },
  h2_blocker: { label: 'H2 receptor antagonist', synonyms: ['h2 blocker'] },
  antacid: { label: 'Antacid' },
  prokinetic: { label: 'Prokinetic' },
  dopamine_antagonist: { label: 'Dopamine antagonist' },
  serotonin_5ht3_antagonist: { label: '5-HT3 antagonist' },
  laxative: { label: 'Laxative' },
  antidiarrhoeal: { label: 'Antidiarrhoeal' },
  antispasmodic: { label: 'Antispasmodic' },
  probiotic: { label: 'Probiotic' },
  // Allergy and respiratory
  antihistamine: { label: 'Antihistamine', synonyms: ['antihistamine'] },
  sedating_antihistamine: { label: 'Sedating antihistamine' },
  leukotriene_antagonist: { label: 'Leukotriene receptor antagonist' },
  beta2_agonist: { label: 'Beta-2 agonist' },
  inhaled_corticosteroid: { label: 'Inhaled corticosteroid' },
  methylxanthine: { label: 'Methylxanthine' },
  mucolytic: { label: 'Mucolytic' },
  antitussive: { label: 'Antitussive' },
  // Corticosteroids
  corticosteroid: { label: 'Corticosteroid', synonyms: ['steroid', 'corticosteroid'] },
  // Vitamins and minerals
  vitamin: { label: 'Vitamin' },
  calcium_supplement: { label: 'Calcium supplement' },
  iron_supplement: { label: 'Iron supplement' },
  mineral_supplement: { label: 'Mineral supplement' },
  // Cardiovascular and blood
  ace_inhibitor: { label: 'ACE inhibitor', synonyms: ['ace inhibitor'] },
  arb: { label: 'Angiotensin receptor blocker', synonyms: ['angiotensin receptor blocker'] },
  calcium_channel_blocker: { label: 'Calcium channel blocker' },
  beta_blocker: { label: 'Beta-blocker', synonyms: ['beta blocker'] },
  cardioselective_beta_blocker: { label: 'Cardioselective beta-blocker' },
  non_selective_beta_blocker: { label: 'Non-selective beta-blocker' },
  diuretic: { label: 'Diuretic' },
  nitrate: { label: 'Nitrate' },
  statin: { label: 'Statin', synonyms: ['statin'] },
  antiplatelet: { label: 'Antiplatelet' },
  p2y12_inhibitor: { label: 'P2Y12 inhibitor' },
  anticoagulant: { label: 'Anticoagulant', synonyms: ['anticoagulant'] },
  vitamin_k_antagonist: { label: 'Vitamin K antagonist' },
  noac: { label: 'Direct oral anticoagulant', synonyms: ['noac', 'doac'] },
  cardiac_glycoside: { label: 'Cardiac glycoside' },
  antiarrhythmic: { label: 'Antiarrhythmic' },
  antifibrinolytic: { label: 'Antifibrinolytic' },
  // Diabetes and endocrine
  biguanide: { label: 'Biguanide' },
  sulfonylurea: { label: 'Sulfonylurea' },
  dpp4_inhibitor: { label: 'DPP-4 inhibitor' },
  sglt2_inhibitor: { label: 'SGLT2 inhibitor' },
  insulin: { label: 'Insulin' },
  thyroid_hormone: { label: 'Thyroid hormone' },
  antithyroid: { label: 'Antithyroid' },
  bisphosphonate: { label: 'Bisphosphonate', synonyms: ['bisphosphonate'] },
  // Nervous system
  antiepileptic: { label: 'Antiepileptic' },
  benzodiazepine: { label: 'Benzodiazepine', synonyms: ['benzodiazepine'] },
  z_drug: { label: 'Non-benzodiazepine hypnotic' },
  tricyclic_antidepressant: {
    label: 'Tricyclic antidepressant',
    synonyms: ['tricyclic', 'tricyclic antidepressant', 'tca'],
  },
  ssri: { label: 'SSRI', synonyms: ['ssri'] },
  snri: { label: 'SNRI', synonyms: ['snri'] },
  mao_inhibitor: { label: 'MAO inhibitor', synonyms: ['maoi', 'mao inhibitor'] },
  mood_stabiliser: { label: 'Mood stabiliser' },
  antipsychotic: { label: 'Antipsychotic' },
  gabapentinoid: { label: 'Gabapentinoid' },
  antiparkinson: { label: 'Antiparkinson' },
  cns_stimulant: { label: 'CNS stimulant' },
  antivertigo: { label: 'Antivertigo' },
  anticholinergic: { label: 'Anticholinergic' },
  cholinergic: { label: 'Cholinergic (sialogogue)' },
  prostaglandin: { label: 'Prostaglandin analogue' },
  thiazolidinedione: { label: 'Thiazolidinedione' },
  // Immunomodulators
  antimetabolite: { label: 'Antimetabolite (DMARD)' },
  dmard: { label: 'Disease-modifying antirheumatic drug' },
} as const satisfies Record<string, DrugClass>

export type DrugClassKey = keyof typeof DRUG_CLASSES

export function isDrugClassKey(key: string): key is DrugClassKey {
  return Object.hasOwn(DRUG_CLASSES, key)
}
