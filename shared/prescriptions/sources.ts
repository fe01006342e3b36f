/**
 * Where the shipped drug data and the safety rules come from. Every drug, interaction and
 * cross-reactivity rule names one of these keys; a unit test fails when a key does not resolve.
 * See: docs/decisions/0023-drug-master-and-safety-data.md (reviewed yearly against NLEM and CDSCO).
 */
export interface Source {
  title: string
  url: string
}

export const SOURCES = {
  nlem_2022: {
    title:
      'National List of Essential Medicines 2022, Ministry of Health and Family Welfare (13 September 2022)',
    url: 'https://cdsco.gov.in/opencms/opencms/en/consumer/National-List-of-Essential-Medicines/',
  },
  nfi_2021: {
    title: 'National Formulary of India, 6th edition (2021), Indian Pharmacopoeia Commission',
    url: 'https://www.ipc.gov.in/',
  },
  dc_rules_1945: {
    title: 'Drugs and Cosmetics Rules 1945, Schedules H and X (CDSCO, Acts and Rules)',
    url: 'https://cdsco.gov.in/opencms/opencms/en/Acts-and-rules/Drugs-and-Cosmetics-Act/',
  },
  gsr_588e_2013: {
    title: 'GSR 588(E), 30 August 2013: Schedule H1 of the Drugs and Cosmetics Rules 1945 (PIB)',
    url: 'https://pib.gov.in/newsite/PrintRelease.aspx?relid=101251',
  },
  ndps_act_1985: {
    title:
      'Narcotic Drugs and Psychotropic Substances Act 1985 and its Schedule of psychotropic substances',
    url: 'https://www.indiacode.nic.in/handle/123456789/1791',
  },
  ndps_tramadol_2018: {
    title:
      'S.O. 1761(E), 26 April 2018: tramadol added to the NDPS Act Schedule of psychotropic substances',
    url: 'https://dor.gov.in/narcoticdrugspsychotropic/notifications',
  },
  nimesulide_ban_2011: {
    title:
      'GSR 82(E), 10 February 2011: nimesulide formulations prohibited in children below 12 years',
    url: 'https://cdsco.gov.in/opencms/opencms/en/consumer/List-Of-Banned-Drugs/',
  },
  telemedicine_2020: {
    title:
      'Telemedicine Practice Guidelines 2020 (Appendix 5, IMC Regulations 2002): lists O, A, B, prohibited',
    url: 'https://www.mohfw.gov.in/pdf/Telemedicine.pdf',
  },
  who_model_formulary: {
    title: 'WHO Model Formulary 2008',
    url: 'https://iris.who.int/handle/10665/44053',
  },
  bnf: {
    title: 'British National Formulary (NICE BNF): doses, cautions, pregnancy',
    url: 'https://bnf.nice.org.uk/',
  },
  bnf_interactions: {
    title: 'British National Formulary, Interactions (Appendix 1)',
    url: 'https://bnf.nice.org.uk/interactions/',
  },
  bnfc: {
    title: 'British National Formulary for Children (NICE BNFC): paediatric doses',
    url: 'https://bnfc.nice.org.uk/',
  },
  nice_cg183_drug_allergy: {
    title:
      'NICE CG183 Drug allergy: diagnosis and management (penicillin and cephalosporin cross-reactivity)',
    url: 'https://www.nice.org.uk/guidance/cg183',
  },
  bnf_nsaids: {
    title:
      'BNF treatment summary: non-steroidal anti-inflammatory drugs (hypersensitivity to aspirin or any NSAID)',
    url: 'https://bnf.nice.org.uk/treatment-summaries/non-steroidal-anti-inflammatory-drugs/',
  },
  dailymed: {
    title: 'DailyMed, US National Library of Medicine: prescribing information (drug labels)',
    url: 'https://dailymed.nlm.nih.gov/dailymed/',
  },
  dailymed_lidocaine_epinephrine: {
    title:
      'DailyMed: lidocaine HCl and epinephrine injection label (MAO inhibitors and tricyclics: severe, prolonged hypertension)',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=lidocaine+and+epinephrine',
  },
  dailymed_tramadol: {
    title: 'DailyMed: tramadol label (serotonin syndrome with SSRIs and MAO inhibitors; seizures)',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=tramadol',
  },
  fda_codeine_tramadol_children_2017: {
    title:
      'FDA Drug Safety Communication, 20 April 2017: codeine and tramadol contraindicated under 12 years',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-restricts-use-prescription-codeine-pain-and-cough-medicines-and',
  },
  mhra_domperidone_2014: {
    title: 'MHRA Drug Safety Update, May 2014: domperidone, risks of cardiac side effects',
    url: 'https://www.gov.uk/drug-safety-update/domperidone-risks-of-cardiac-side-effects',
  },
  mhra_miconazole_warfarin_2016: {
    title:
      'MHRA Drug Safety Update, June 2016: miconazole oral gel, serious interactions with warfarin',
    url: 'https://www.gov.uk/drug-safety-update/miconazole-daktarin-oral-gel-and-other-miconazole-containing-products-reminder-of-potential-for-serious-interactions-with-warfarin',
  },
  mhra_clopidogrel_ppi_2010: {
    title: 'MHRA Drug Safety Update, April 2010: clopidogrel and proton pump inhibitors',
    url: 'https://www.gov.uk/drug-safety-update/clopidogrel-and-proton-pump-inhibitors-interaction-updated-advice',
  },
} as const satisfies Record<string, Source>

export type SourceKey = keyof typeof SOURCES

export function isSourceKey(key: string): key is SourceKey {
  return Object.hasOwn(SOURCES, key)
}
