import type { Drug } from '../types.ts'
import {
  avoid,
  cap,
  caution,
  drugsOf,
  form,
  limits,
  ORAL,
  percent,
  perMl,
  tab,
  text,
} from './build.ts'

const d = drugsOf('antifungal', 'nlem_2022')
const v = drugsOf('antiviral', 'nlem_2022')
const p = drugsOf('antiparasitic', 'nlem_2022')

// Antifungals, antivirals and antiparasitics. Miconazole oral gel is absorbed enough to
// interact with warfarin (MHRA 2016), so it carries the azole classes like the tablets.
// Hydroxychloroquine is Schedule H1 (GSR 588(E) list as amended). Doses: BNF/BNFC.
// biome-ignore format: one drug a line reads as a table and reviews as one
export const ANTI_INFECTIVES: readonly Drug[] = [
  d('fluconazole', 'Fluconazole', ['triazole_antifungal', 'azole_antifungal'], 'H', [tab(50, 150, 200), cap(50, 150)], ORAL, { doseLimit: limits(800, 800, 12), pregnancy: caution('Avoid high doses and long courses'), source: 'bnf' }),
  d('itraconazole', 'Itraconazole', ['triazole_antifungal', 'azole_antifungal'], 'H', [cap(100, 200)], ORAL, { pregnancy: avoid('Avoid in pregnancy'), source: 'bnf' }),
  d('ketoconazole', 'Ketoconazole', ['imidazole_antifungal', 'azole_antifungal'], 'H', [form('cream', text('2%')), form('solution', text('2% shampoo'))], ['topical'], { source: 'nlem_2022' }),
  d('clotrimazole', 'Clotrimazole', ['imidazole_antifungal', 'azole_antifungal'], 'H', [form('lozenge', { label: '10 mg', mg: 10 }), form('solution', text('1% mouth paint')), form('cream', text('1%'))], ['oral', 'topical'], { source: 'nlem_2022' }),
  d('miconazole_oral_gel', 'Miconazole oral gel', ['imidazole_antifungal', 'azole_antifungal'], 'H', [form('gel', text('2%'))], ORAL, { paediatric: { level: 'caution', note: 'Choking risk under 4 months', minAgeYears: 0.34 }, source: 'mhra_miconazole_warfarin_2016' }),
  d('nystatin', 'Nystatin', ['polyene_antifungal'], 'H', [form('suspension', text('1 lakh units/ml')), form('tablet', text('5 lakh units'))], ORAL, { source: 'nlem_2022' }),
  d('amphotericin_b', 'Amphotericin B', ['polyene_antifungal'], 'H', [form('injection', { label: '50 mg vial', mg: 50 })], ['intravenous'], { source: 'nlem_2022' }),
  d('terbinafine', 'Terbinafine', ['allylamine_antifungal'], 'H', [tab(250), form('cream', text('1%'))], ['oral', 'topical'], { source: 'bnf' }),
  v('acyclovir', 'Acyclovir', ['nucleoside_antiviral'], 'H', [tab(200, 400, 800), form('suspension', perMl(400, 5)), form('cream', text('5%'))], ['oral', 'topical'], { doseLimit: limits(800, 4000, 80), source: 'bnf' }),
  v('valacyclovir', 'Valacyclovir', ['nucleoside_antiviral'], 'H', [tab(500, 1000)], ORAL, { doseLimit: limits(2000, 4000), source: 'bnf' }),
  v('famciclovir', 'Famciclovir', ['nucleoside_antiviral'], 'H', [tab(250, 500)], ORAL, { source: 'bnf' }),
  v('oseltamivir', 'Oseltamivir', ['nucleoside_antiviral'], 'H', [cap(75)], ORAL, { source: 'nlem_2022' }),
  p('albendazole', 'Albendazole', ['anthelmintic'], 'H', [tab(400), form('suspension', perMl(200, 5))], ORAL, { pregnancy: avoid('Avoid in the first trimester'), source: 'nlem_2022' }),
  p('ivermectin', 'Ivermectin', ['anthelmintic'], 'H', [tab(6, 12)], ORAL, { source: 'nlem_2022' }),
  p('hydroxychloroquine', 'Hydroxychloroquine', ['antimalarial', 'dmard'], 'H1', [tab(200, 400)], ORAL, { source: 'nlem_2022' }),
  p('povidone_iodine_ointment', 'Povidone-iodine ointment', ['iodine', 'antiseptic'], 'otc', [form('ointment', percent(5))], ['topical'], { source: 'nlem_2022' }),
]
