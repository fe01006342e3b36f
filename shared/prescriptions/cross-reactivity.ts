/**
 * Allergy cross-reactivity: an allergy to a drug of class `from` warns on drugs of class `to`.
 * A drug's own family (all penicillins) is 'high': the labels contraindicate the whole class.
 * Between families only the well-established pairs, at 'moderate' (penicillin and
 * cephalosporin: about 1 in 10 historically, far fewer with later cephalosporins; NICE CG183).
 * Amide local anaesthetics do not cross-react in a way that is established: no rule.
 */
export interface CrossReactivity {
  from: string
  to: string
  severity: 'high' | 'moderate'
  source: string
}

// biome-ignore format: one rule a line reads as a table
export const CROSS_REACTIVITY: readonly CrossReactivity[] = [
  { from: 'penicillin', to: 'penicillin', severity: 'high', source: 'bnf' },
  { from: 'penicillin', to: 'cephalosporin', severity: 'moderate', source: 'nice_cg183_drug_allergy' },
  { from: 'cephalosporin', to: 'penicillin', severity: 'moderate', source: 'nice_cg183_drug_allergy' },
  { from: 'cephalosporin', to: 'cephalosporin', severity: 'moderate', source: 'nice_cg183_drug_allergy' },
  { from: 'sulfonamide', to: 'sulfonamide', severity: 'high', source: 'bnf' },
  { from: 'macrolide', to: 'macrolide', severity: 'high', source: 'dailymed' },
  { from: 'tetracycline', to: 'tetracycline', severity: 'high', source: 'dailymed' },
  { from: 'fluoroquinolone', to: 'fluoroquinolone', severity: 'high', source: 'dailymed' },
  { from: 'nitroimidazole', to: 'nitroimidazole', severity: 'high', source: 'dailymed' },
  { from: 'salicylate', to: 'salicylate', severity: 'high', source: 'bnf_nsaids' },
  // Aspirin or NSAID hypersensitivity: other NSAIDs are contraindicated (BNF NSAIDs summary).
  { from: 'nsaid', to: 'nsaid', severity: 'moderate', source: 'bnf_nsaids' },
  { from: 'salicylate', to: 'nsaid', severity: 'moderate', source: 'bnf_nsaids' },
  { from: 'nsaid', to: 'salicylate', severity: 'moderate', source: 'bnf_nsaids' },
  { from: 'ester_local_anaesthetic', to: 'ester_local_anaesthetic', severity: 'moderate', source: 'bnf' },
]
