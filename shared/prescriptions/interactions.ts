/**
 * The shipped table of dangerous pairs in dental and general practice, each with its source.
 * A side names master drug codes (a combination matches through its components) and/or class
 * keys. Checked between new lines, and between a new line and the medicines in the history.
 * `effect` is a code the screen translates. Severity: 'high' (avoid, or only with monitoring
 * the clinic cannot give) or 'moderate' (adjust, monitor or separate).
 */
export interface InteractionSide {
  drugs?: readonly string[]
  classes?: readonly string[]
}

export interface Interaction {
  id: string
  a: InteractionSide
  b: InteractionSide
  severity: 'high' | 'moderate'
  effect: string
  source: string
}

const VKA = { classes: ['vitamin_k_antagonist'] }
const NOAC = { classes: ['noac'] }
const NSAID = { classes: ['nsaid'] }
const MAOI = { classes: ['mao_inhibitor'] }
const SEROTONERGIC_ANTIDEPRESSANT = { classes: ['ssri', 'snri'] }
const ADRENALINE = { classes: ['sympathomimetic'] }
const CYP3A4_MACROLIDE = { drugs: ['clarithromycin', 'erythromycin'] }
const SEROTONERGIC_OPIOID = { drugs: ['tramadol', 'tapentadol', 'pethidine', 'dextromethorphan'] }
const CHELATING = {
  classes: ['antacid', 'calcium_supplement', 'iron_supplement', 'mineral_supplement'],
}

// biome-ignore format: one pair a line reads as a table and reviews as one
export const INTERACTIONS: readonly Interaction[] = [
  // Anticoagulants (BNF interactions; miconazole: MHRA 2016).
  { id: 'vka_nsaid', a: VKA, b: NSAID, severity: 'high', effect: 'bleeding', source: 'bnf_interactions' },
  { id: 'vka_antiplatelet', a: VKA, b: { classes: ['antiplatelet'] }, severity: 'high', effect: 'bleeding', source: 'bnf_interactions' },
  { id: 'vka_nitroimidazole', a: VKA, b: { classes: ['nitroimidazole'] }, severity: 'high', effect: 'anticoagulant_increased', source: 'bnf_interactions' },
  { id: 'vka_azole', a: VKA, b: { classes: ['azole_antifungal'] }, severity: 'high', effect: 'anticoagulant_increased', source: 'mhra_miconazole_warfarin_2016' },
  { id: 'vka_cotrimoxazole', a: VKA, b: { drugs: ['co_trimoxazole', 'sulfamethoxazole'] }, severity: 'high', effect: 'anticoagulant_increased', source: 'bnf_interactions' },
  { id: 'vka_macrolide', a: VKA, b: { classes: ['macrolide'] }, severity: 'moderate', effect: 'anticoagulant_increased', source: 'bnf_interactions' },
  { id: 'vka_fluoroquinolone', a: VKA, b: { classes: ['fluoroquinolone'] }, severity: 'moderate', effect: 'anticoagulant_increased', source: 'bnf_interactions' },
  { id: 'vka_tramadol', a: VKA, b: { drugs: ['tramadol'] }, severity: 'moderate', effect: 'anticoagulant_increased', source: 'bnf_interactions' },
  { id: 'noac_nsaid', a: NOAC, b: NSAID, severity: 'high', effect: 'bleeding', source: 'bnf_interactions' },
  { id: 'noac_antiplatelet', a: NOAC, b: { classes: ['antiplatelet'] }, severity: 'high', effect: 'bleeding', source: 'bnf_interactions' },
  { id: 'noac_macrolide', a: NOAC, b: CYP3A4_MACROLIDE, severity: 'moderate', effect: 'anticoagulant_increased', source: 'bnf_interactions' },
  // Antiplatelets.
  { id: 'p2y12_nsaid', a: { classes: ['p2y12_inhibitor'] }, b: NSAID, severity: 'high', effect: 'bleeding', source: 'bnf_interactions' },
  { id: 'aspirin_nsaid', a: { drugs: ['aspirin_low_dose'] }, b: NSAID, severity: 'moderate', effect: 'bleeding', source: 'bnf_interactions' },
  { id: 'clopidogrel_ppi', a: { drugs: ['clopidogrel'] }, b: { drugs: ['omeprazole', 'esomeprazole'] }, severity: 'moderate', effect: 'antiplatelet_reduced', source: 'mhra_clopidogrel_ppi_2010' },
  // Methotrexate: reduced excretion.
  { id: 'methotrexate_nsaid', a: { drugs: ['methotrexate'] }, b: NSAID, severity: 'high', effect: 'methotrexate_toxicity', source: 'bnf_interactions' },
  { id: 'methotrexate_trimethoprim', a: { drugs: ['methotrexate'] }, b: { drugs: ['co_trimoxazole', 'trimethoprim'] }, severity: 'high', effect: 'methotrexate_toxicity', source: 'bnf_interactions' },
  { id: 'methotrexate_penicillin', a: { drugs: ['methotrexate'] }, b: { classes: ['penicillin'] }, severity: 'moderate', effect: 'methotrexate_toxicity', source: 'bnf_interactions' },
  // Adrenaline in local anaesthetic (label: MAOIs and tricyclics, severe prolonged hypertension).
  { id: 'maoi_adrenaline', a: MAOI, b: ADRENALINE, severity: 'high', effect: 'hypertensive_reaction', source: 'dailymed_lidocaine_epinephrine' },
  { id: 'tricyclic_adrenaline', a: { classes: ['tricyclic_antidepressant'] }, b: ADRENALINE, severity: 'moderate', effect: 'hypertensive_reaction', source: 'dailymed_lidocaine_epinephrine' },
  { id: 'beta_blocker_adrenaline', a: { classes: ['non_selective_beta_blocker'] }, b: ADRENALINE, severity: 'moderate', effect: 'hypertension_bradycardia', source: 'bnf_interactions' },
  // Serotonin syndrome, seizures, respiratory depression.
  { id: 'maoi_serotonergic_opioid', a: MAOI, b: SEROTONERGIC_OPIOID, severity: 'high', effect: 'serotonin_syndrome', source: 'dailymed_tramadol' },
  { id: 'maoi_antidepressant', a: MAOI, b: SEROTONERGIC_ANTIDEPRESSANT, severity: 'high', effect: 'serotonin_syndrome', source: 'bnf_interactions' },
  { id: 'antidepressant_tramadol', a: SEROTONERGIC_ANTIDEPRESSANT, b: { drugs: ['tramadol', 'tapentadol'] }, severity: 'high', effect: 'serotonin_syndrome', source: 'dailymed_tramadol' },
  { id: 'tricyclic_tramadol', a: { classes: ['tricyclic_antidepressant'] }, b: { drugs: ['tramadol'] }, severity: 'moderate', effect: 'seizures', source: 'dailymed_tramadol' },
  { id: 'linezolid_antidepressant', a: { drugs: ['linezolid'] }, b: SEROTONERGIC_ANTIDEPRESSANT, severity: 'high', effect: 'serotonin_syndrome', source: 'bnf_interactions' },
  { id: 'opioid_benzodiazepine', a: { classes: ['opioid'] }, b: { classes: ['benzodiazepine', 'z_drug'] }, severity: 'high', effect: 'respiratory_depression', source: 'dailymed' },
  { id: 'antidepressant_nsaid', a: SEROTONERGIC_ANTIDEPRESSANT, b: NSAID, severity: 'moderate', effect: 'bleeding', source: 'bnf_interactions' },
  // Lithium and the renin-angiotensin system.
  { id: 'lithium_nsaid', a: { drugs: ['lithium'] }, b: NSAID, severity: 'high', effect: 'lithium_toxicity', source: 'bnf_interactions' },
  { id: 'lithium_ace_arb', a: { drugs: ['lithium'] }, b: { classes: ['ace_inhibitor', 'arb'] }, severity: 'moderate', effect: 'lithium_toxicity', source: 'bnf_interactions' },
  { id: 'ace_arb_nsaid', a: { classes: ['ace_inhibitor', 'arb'] }, b: NSAID, severity: 'moderate', effect: 'renal_impairment', source: 'bnf_interactions' },
  // Enzyme inhibition by macrolides and azoles.
  { id: 'macrolide_statin', a: CYP3A4_MACROLIDE, b: { drugs: ['simvastatin', 'atorvastatin'] }, severity: 'high', effect: 'myopathy', source: 'bnf_interactions' },
  { id: 'azole_statin', a: { drugs: ['fluconazole', 'itraconazole'] }, b: { drugs: ['simvastatin', 'atorvastatin'] }, severity: 'moderate', effect: 'myopathy', source: 'bnf_interactions' },
  { id: 'colchicine_macrolide', a: { drugs: ['colchicine'] }, b: CYP3A4_MACROLIDE, severity: 'high', effect: 'colchicine_toxicity', source: 'bnf_interactions' },
  { id: 'carbamazepine_macrolide', a: { drugs: ['carbamazepine'] }, b: CYP3A4_MACROLIDE, severity: 'high', effect: 'antiepileptic_level_increased', source: 'bnf_interactions' },
  { id: 'phenytoin_azole', a: { drugs: ['phenytoin'] }, b: { drugs: ['fluconazole', 'miconazole_oral_gel'] }, severity: 'high', effect: 'antiepileptic_level_increased', source: 'bnf_interactions' },
  { id: 'phenytoin_metronidazole', a: { drugs: ['phenytoin'] }, b: { drugs: ['metronidazole'] }, severity: 'moderate', effect: 'antiepileptic_level_increased', source: 'bnf_interactions' },
  { id: 'phenytoin_cotrimoxazole', a: { drugs: ['phenytoin'] }, b: { drugs: ['co_trimoxazole', 'trimethoprim'] }, severity: 'moderate', effect: 'antiepileptic_level_increased', source: 'bnf_interactions' },
  { id: 'digoxin_macrolide', a: { drugs: ['digoxin'] }, b: CYP3A4_MACROLIDE, severity: 'high', effect: 'digoxin_toxicity', source: 'bnf_interactions' },
  { id: 'digoxin_azithromycin', a: { drugs: ['digoxin'] }, b: { drugs: ['azithromycin'] }, severity: 'moderate', effect: 'digoxin_toxicity', source: 'dailymed' },
  { id: 'theophylline_inhibitor', a: { drugs: ['theophylline'] }, b: { drugs: ['ciprofloxacin', 'clarithromycin', 'erythromycin'] }, severity: 'high', effect: 'theophylline_toxicity', source: 'bnf_interactions' },
  { id: 'domperidone_qt', a: { drugs: ['domperidone'] }, b: { drugs: ['clarithromycin', 'erythromycin', 'fluconazole', 'itraconazole'] }, severity: 'high', effect: 'qt_prolongation', source: 'mhra_domperidone_2014' },
  { id: 'tizanidine_ciprofloxacin', a: { drugs: ['tizanidine'] }, b: { drugs: ['ciprofloxacin'] }, severity: 'high', effect: 'hypotension_sedation', source: 'bnf_interactions' },
  { id: 'sulfonylurea_fluconazole', a: { classes: ['sulfonylurea'] }, b: { drugs: ['fluconazole', 'co_trimoxazole'] }, severity: 'moderate', effect: 'hypoglycaemia', source: 'bnf_interactions' },
  // Chelation: take the antibiotic 2 hours before or 4 hours after.
  { id: 'chelation', a: CHELATING, b: { classes: ['fluoroquinolone', 'tetracycline'] }, severity: 'moderate', effect: 'absorption_reduced', source: 'bnf_interactions' },
]
