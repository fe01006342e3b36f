import type { Drug } from '../types.ts'
import {
  avoid,
  cap,
  caution,
  childAvoid,
  childCaution,
  combo,
  drugsOf,
  form,
  limits,
  ORAL,
  perMl,
  tab,
} from './build.ts'

const d = drugsOf('antibacterial', 'nlem_2022')
const PENICILLIN = ['penicillin', 'beta_lactam'] as const
const AMINOPENICILLIN = ['aminopenicillin', 'penicillin', 'beta_lactam'] as const
const CEPH1 = ['first_gen_cephalosporin', 'cephalosporin', 'beta_lactam'] as const
const CEPH2 = ['second_gen_cephalosporin', 'cephalosporin', 'beta_lactam'] as const
const CEPH3 = ['third_gen_cephalosporin', 'cephalosporin', 'beta_lactam'] as const
const TETRACYCLINE_CHILD = childAvoid(12, 'Deposits in growing teeth and bone: not under 12 years')
const TETRACYCLINE_PREGNANCY = avoid('Deposits in fetal teeth and bone')
const QUINOLONE_CHILD = childCaution(18, 'Arthropathy risk: under 18 only when no alternative')
const QUINOLONE_PREGNANCY = avoid('Avoid in pregnancy')
const PARENTERAL: Drug['routes'] = ['intramuscular', 'intravenous']

// Schedules: antibiotics are Schedule H; cefixime, cefpodoxime, cefdinir, ceftriaxone,
// levofloxacin and moxifloxacin are Schedule H1 (GSR 588(E), 2013). Doses: BNF/BNFC.
// biome-ignore format: one drug a line reads as a table and reviews as one
export const ANTIBACTERIALS: readonly Drug[] = [
  d('amoxicillin', 'Amoxicillin', AMINOPENICILLIN, 'H', [cap(250, 500), tab(1000), form('suspension', perMl(125, 5), perMl(250, 5)), form('drops', perMl(100, 1))], ORAL, { doseLimit: limits(1000, 3000, 90), source: 'bnf' }),
  d('amoxicillin_clavulanate', 'Amoxicillin + clavulanic acid', [...AMINOPENICILLIN, 'beta_lactamase_inhibitor'], 'H', [form('tablet', combo('250 mg + 125 mg', 250), combo('500 mg + 125 mg', 500), combo('875 mg + 125 mg', 875)), form('suspension', combo('200 mg + 28.5 mg/5 ml', 200, 5), combo('400 mg + 57 mg/5 ml', 400, 5))], ORAL, { components: ['amoxicillin', 'clavulanic_acid'], doseLimit: limits(1000, 2000, 70), source: 'bnf' }),
  d('clavulanic_acid', 'Clavulanic acid', ['beta_lactamase_inhibitor', 'beta_lactam'], 'H', [], ORAL, { source: 'nlem_2022' }),
  d('ampicillin', 'Ampicillin', AMINOPENICILLIN, 'H', [cap(250, 500), form('injection', { label: '500 mg vial', mg: 500 })], ['oral', 'intramuscular', 'intravenous'], { source: 'nlem_2022' }),
  d('ampicillin_cloxacillin', 'Ampicillin + cloxacillin', AMINOPENICILLIN, 'H', [form('capsule', combo('250 mg + 250 mg', 250))], ORAL, { components: ['ampicillin', 'cloxacillin'], source: 'nfi_2021' }),
  d('cloxacillin', 'Cloxacillin', PENICILLIN, 'H', [cap(250, 500)], ORAL, { source: 'nlem_2022' }),
  d('phenoxymethylpenicillin', 'Phenoxymethylpenicillin (penicillin V)', PENICILLIN, 'H', [tab(250)], ORAL, { doseLimit: limits(1000, 4000, 100), source: 'bnf' }),
  d('benzathine_benzylpenicillin', 'Benzathine benzylpenicillin', PENICILLIN, 'H', [form('injection', { label: '12 lakh IU vial' })], ['intramuscular'], { source: 'nlem_2022' }),
  d('cephalexin', 'Cephalexin', CEPH1, 'H', [cap(250, 500), form('suspension', perMl(125, 5))], ORAL, { doseLimit: limits(1000, 4000, 100), source: 'bnf' }),
  d('cefadroxil', 'Cefadroxil', CEPH1, 'H', [cap(500), tab(1000), form('suspension', perMl(125, 5))], ORAL, { doseLimit: limits(1000, 2000, 30), source: 'dailymed' }),
  d('cefuroxime', 'Cefuroxime', CEPH2, 'H', [tab(250, 500), form('injection', { label: '750 mg vial', mg: 750 })], ['oral', 'intramuscular', 'intravenous'], { doseLimit: limits(500, 1000, 30), source: 'bnf' }),
  d('cefixime', 'Cefixime', CEPH3, 'H1', [tab(100, 200, 400), form('suspension', perMl(50, 5), perMl(100, 5))], ORAL, { doseLimit: limits(400, 400, 8), source: 'gsr_588e_2013' }),
  d('cefpodoxime', 'Cefpodoxime', CEPH3, 'H1', [tab(100, 200), form('suspension', perMl(50, 5))], ORAL, { doseLimit: limits(400, 800, 10), source: 'gsr_588e_2013' }),
  d('cefdinir', 'Cefdinir', CEPH3, 'H1', [cap(300)], ORAL, { source: 'gsr_588e_2013' }),
  d('ceftriaxone', 'Ceftriaxone', CEPH3, 'H1', [form('injection', { label: '1 g vial', mg: 1000 })], PARENTERAL, { source: 'gsr_588e_2013' }),
  d('azithromycin', 'Azithromycin', ['macrolide'], 'H', [tab(250, 500), form('suspension', perMl(100, 5), perMl(200, 5))], ORAL, { doseLimit: limits(500, 500, 10), source: 'bnf' }),
  d('clarithromycin', 'Clarithromycin', ['macrolide'], 'H', [tab(250, 500)], ORAL, { doseLimit: limits(500, 1000, 15), pregnancy: caution('Avoid especially in the first trimester'), source: 'bnf' }),
  d('erythromycin', 'Erythromycin', ['macrolide'], 'H', [tab(250, 500)], ORAL, { doseLimit: limits(1000, 4000, 50), source: 'bnf' }),
  d('roxithromycin', 'Roxithromycin', ['macrolide'], 'H', [tab(150, 300)], ORAL, { source: 'nfi_2021' }),
  d('clindamycin', 'Clindamycin', ['lincosamide'], 'H', [cap(150, 300)], ORAL, { doseLimit: limits(450, 1800, 25), source: 'bnf' }),
  d('doxycycline', 'Doxycycline', ['tetracycline'], 'H', [cap(100)], ORAL, { doseLimit: limits(200, 200), pregnancy: TETRACYCLINE_PREGNANCY, paediatric: TETRACYCLINE_CHILD, source: 'bnf' }),
  d('minocycline', 'Minocycline', ['tetracycline'], 'H', [cap(50, 100)], ORAL, { pregnancy: TETRACYCLINE_PREGNANCY, paediatric: TETRACYCLINE_CHILD, source: 'bnf' }),
  d('tetracycline_hcl', 'Tetracycline', ['tetracycline'], 'H', [cap(250, 500)], ORAL, { pregnancy: TETRACYCLINE_PREGNANCY, paediatric: TETRACYCLINE_CHILD, source: 'bnf' }),
  d('ciprofloxacin', 'Ciprofloxacin', ['fluoroquinolone'], 'H', [tab(250, 500, 750)], ORAL, { doseLimit: limits(750, 1500), pregnancy: QUINOLONE_PREGNANCY, paediatric: QUINOLONE_CHILD, source: 'bnf' }),
  d('ofloxacin', 'Ofloxacin', ['fluoroquinolone'], 'H', [tab(200, 400)], ORAL, { doseLimit: limits(400, 800), pregnancy: QUINOLONE_PREGNANCY, paediatric: QUINOLONE_CHILD, source: 'bnf' }),
  d('levofloxacin', 'Levofloxacin', ['fluoroquinolone'], 'H1', [tab(250, 500, 750)], ORAL, { doseLimit: limits(750, 1000), pregnancy: QUINOLONE_PREGNANCY, paediatric: QUINOLONE_CHILD, source: 'gsr_588e_2013' }),
  d('moxifloxacin', 'Moxifloxacin', ['fluoroquinolone'], 'H1', [tab(400)], ORAL, { doseLimit: limits(400, 400), pregnancy: QUINOLONE_PREGNANCY, paediatric: QUINOLONE_CHILD, source: 'gsr_588e_2013' }),
  d('norfloxacin', 'Norfloxacin', ['fluoroquinolone'], 'H', [tab(400)], ORAL, { pregnancy: QUINOLONE_PREGNANCY, paediatric: QUINOLONE_CHILD, source: 'nfi_2021' }),
  d('metronidazole', 'Metronidazole', ['nitroimidazole'], 'H', [tab(200, 400), form('suspension', perMl(200, 5)), form('injection', perMl(500, 100))], ['oral', 'intravenous'], { doseLimit: limits(2000, 2400, 50), pregnancy: caution('Avoid high-dose regimens'), source: 'bnf' }),
  d('tinidazole', 'Tinidazole', ['nitroimidazole'], 'H', [tab(300, 500, 1000)], ORAL, { doseLimit: limits(2000, 2000, 50), pregnancy: caution('Avoid in the first trimester'), source: 'bnf' }),
  d('ornidazole', 'Ornidazole', ['nitroimidazole'], 'H', [tab(500)], ORAL, { pregnancy: caution('Avoid in the first trimester'), source: 'nfi_2021' }),
  d('ofloxacin_ornidazole', 'Ofloxacin + ornidazole', ['fluoroquinolone', 'nitroimidazole'], 'H', [form('tablet', combo('200 mg + 500 mg', 200))], ORAL, { components: ['ofloxacin', 'ornidazole'], doseLimit: limits(400, 800), pregnancy: QUINOLONE_PREGNANCY, paediatric: QUINOLONE_CHILD, source: 'nfi_2021' }),
  d('co_trimoxazole', 'Co-trimoxazole (sulfamethoxazole + trimethoprim)', ['sulfonamide', 'folate_antagonist'], 'H', [form('tablet', combo('400 mg + 80 mg', 400), combo('800 mg + 160 mg', 800)), form('suspension', combo('200 mg + 40 mg/5 ml', 200, 5))], ORAL, { components: ['sulfamethoxazole', 'trimethoprim'], doseLimit: limits(1600, 3200), pregnancy: caution('Avoid in the first trimester and near term'), paediatric: childAvoid(0.12, 'Not under 6 weeks (kernicterus)'), source: 'bnf' }),
  d('sulfamethoxazole', 'Sulfamethoxazole', ['sulfonamide'], 'H', [], ORAL, { source: 'nlem_2022' }),
  d('trimethoprim', 'Trimethoprim', ['folate_antagonist'], 'H', [tab(100, 200)], ORAL, { source: 'bnf' }),
  d('nitrofurantoin', 'Nitrofurantoin', ['nitrofuran'], 'H', [cap(50, 100)], ORAL, { doseLimit: limits(100, 400), pregnancy: caution('Avoid at term'), source: 'bnf' }),
  d('linezolid', 'Linezolid', ['oxazolidinone'], 'H', [tab(600)], ORAL, { doseLimit: limits(600, 1200, 30), source: 'bnf' }),
  d('gentamicin', 'Gentamicin', ['aminoglycoside'], 'H', [form('injection', perMl(40, 1))], PARENTERAL, { pregnancy: avoid('Fetal ototoxicity'), source: 'nlem_2022' }),
]
