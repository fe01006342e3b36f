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
  mcg,
  ORAL,
  perMl,
  tab,
} from './build.ts'

const d = drugsOf('analgesic', 'nlem_2022')
const NSAID_PREGNANCY = caution('Avoid from 20 weeks and in the third trimester unless essential')
const NSAID = ['nsaid'] as const
const INJECTABLE: Drug['routes'] = ['oral', 'intramuscular', 'intravenous']

// Schedules: paracetamol is not scheduled (sold without prescription); NSAIDs are Schedule H
// (where unsure the conservative H is used). Tramadol is Schedule H1 (GSR 588(E)) and an NDPS
// psychotropic (S.O. 1761(E), 2018); codeine is H1 and a narcotic drug under the NDPS Act:
// recorded here as the stricter NDPS. Doses: BNF/BNFC (source 'bnf').
// biome-ignore format: one drug a line reads as a table and reviews as one
export const ANALGESICS: readonly Drug[] = [
  d('paracetamol', 'Paracetamol', ['para_aminophenol'], 'otc', [tab(500, 650, 1000), form('syrup', perMl(125, 5), perMl(250, 5)), form('drops', perMl(100, 1)), form('injection', perMl(1000, 100))], INJECTABLE, { doseLimit: limits(1000, 4000, 60), source: 'bnf' }),
  d('ibuprofen', 'Ibuprofen', ['nsaid'], 'H', [tab(200, 400, 600), form('suspension', perMl(100, 5))], ORAL, { doseLimit: limits(800, 2400, 30), pregnancy: NSAID_PREGNANCY, source: 'bnf' }),
  d('diclofenac', 'Diclofenac', NSAID, 'H', [tab(50, 75, 100), form('injection', perMl(75, 3))], ['oral', 'intramuscular'], { doseLimit: limits(100, 150, 3), pregnancy: NSAID_PREGNANCY, source: 'bnf' }),
  d('diclofenac_gel', 'Diclofenac gel', ['topical_analgesic', 'nsaid'], 'otc', [form('gel', { label: '1%' })], ['topical'], { source: 'nfi_2021' }),
  d('aceclofenac', 'Aceclofenac', NSAID, 'H', [tab(100, 200)], ORAL, { doseLimit: limits(100, 200), pregnancy: NSAID_PREGNANCY, paediatric: childCaution(18, 'Not established in children'), source: 'nfi_2021' }),
  d('naproxen', 'Naproxen', NSAID, 'H', [tab(250, 500)], ORAL, { doseLimit: limits(500, 1250, 10), pregnancy: NSAID_PREGNANCY, source: 'bnf' }),
  d('mefenamic_acid', 'Mefenamic acid', NSAID, 'H', [cap(250, 500), form('suspension', perMl(100, 5))], ORAL, { doseLimit: limits(500, 1500), pregnancy: NSAID_PREGNANCY, source: 'bnf' }),
  d('ketorolac', 'Ketorolac', NSAID, 'H', [tab(10), form('injection', perMl(30, 1))], ['oral', 'intramuscular', 'intravenous'], { doseLimit: limits(10, 40), pregnancy: avoid('Contraindicated in pregnancy'), paediatric: childAvoid(16, 'Not for under 16 years'), source: 'bnf' }),
  d('etoricoxib', 'Etoricoxib', ['cox2_inhibitor', 'nsaid'], 'H', [tab(60, 90, 120)], ORAL, { doseLimit: limits(120, 120), pregnancy: avoid('Avoid in pregnancy'), paediatric: childAvoid(16, 'Not for under 16 years'), source: 'bnf' }),
  d('celecoxib', 'Celecoxib', ['cox2_inhibitor', 'nsaid'], 'H', [cap(100, 200)], ORAL, { doseLimit: limits(200, 400), pregnancy: avoid('Avoid in pregnancy'), paediatric: childCaution(18, 'Not established in children'), source: 'bnf' }),
  // India prohibited nimesulide formulations for children below 12 years (GSR 82(E), 2011).
  d('nimesulide', 'Nimesulide', NSAID, 'H', [tab(100)], ORAL, { doseLimit: limits(100, 200), pregnancy: avoid('Avoid in pregnancy'), paediatric: childAvoid(12, 'Prohibited in India for children below 12 years'), source: 'nimesulide_ban_2011' }),
  d('piroxicam', 'Piroxicam', NSAID, 'H', [cap(10, 20)], ORAL, { doseLimit: limits(20, 20), pregnancy: NSAID_PREGNANCY, source: 'bnf' }),
  d('lornoxicam', 'Lornoxicam', NSAID, 'H', [tab(4, 8)], ORAL, { pregnancy: NSAID_PREGNANCY, paediatric: childCaution(18, 'Not established in children'), source: 'nfi_2021' }),
  d('etodolac', 'Etodolac', NSAID, 'H', [tab(300, 400)], ORAL, { pregnancy: NSAID_PREGNANCY, source: 'dailymed' }),
  d('flurbiprofen', 'Flurbiprofen', NSAID, 'H', [tab(50, 100), form('lozenge', { label: '8.75 mg', mg: 8.75 })], ORAL, { pregnancy: NSAID_PREGNANCY, source: 'bnf' }),
  d('indomethacin', 'Indomethacin', NSAID, 'H', [cap(25, 75)], ORAL, { pregnancy: NSAID_PREGNANCY, source: 'bnf' }),
  d('aspirin', 'Aspirin', ['salicylate', 'nsaid'], 'otc', [tab(300, 325, 350)], ORAL, { doseLimit: limits(1000, 4000), pregnancy: NSAID_PREGNANCY, paediatric: childAvoid(16, "Reye's syndrome: not for under 16 years"), source: 'bnf' }),
  // Indian fixed-dose combinations: the NSAID is the principal component for the dose limit;
  // the paracetamol component makes a second paracetamol line a duplicate (class para_aminophenol).
  d('ibuprofen_paracetamol', 'Ibuprofen + paracetamol', ['nsaid', 'para_aminophenol'], 'H', [form('tablet', combo('400 mg + 325 mg', 400)), form('suspension', combo('100 mg + 162.5 mg/5 ml', 100, 5))], ORAL, { components: ['ibuprofen', 'paracetamol'], doseLimit: limits(800, 2400, 30), pregnancy: NSAID_PREGNANCY, source: 'nfi_2021' }),
  d('aceclofenac_paracetamol', 'Aceclofenac + paracetamol', ['nsaid', 'para_aminophenol'], 'H', [form('tablet', combo('100 mg + 325 mg', 100))], ORAL, { components: ['aceclofenac', 'paracetamol'], doseLimit: limits(100, 200), pregnancy: NSAID_PREGNANCY, paediatric: childCaution(18, 'Not established in children'), source: 'nfi_2021' }),
  d('aceclofenac_paracetamol_serratiopeptidase', 'Aceclofenac + paracetamol + serratiopeptidase', ['nsaid', 'para_aminophenol', 'enzyme'], 'H', [form('tablet', combo('100 mg + 325 mg + 15 mg', 100))], ORAL, { components: ['aceclofenac', 'paracetamol', 'serratiopeptidase'], doseLimit: limits(100, 200), pregnancy: NSAID_PREGNANCY, paediatric: childCaution(18, 'Not established in children'), source: 'nfi_2021' }),
  d('diclofenac_paracetamol', 'Diclofenac + paracetamol', ['nsaid', 'para_aminophenol'], 'H', [form('tablet', combo('50 mg + 325 mg', 50))], ORAL, { components: ['diclofenac', 'paracetamol'], doseLimit: limits(100, 150), pregnancy: NSAID_PREGNANCY, source: 'nfi_2021' }),
  d('diclofenac_paracetamol_chlorzoxazone', 'Diclofenac + paracetamol + chlorzoxazone', ['nsaid', 'para_aminophenol', 'muscle_relaxant'], 'H', [form('tablet', combo('50 mg + 325 mg + 250 mg', 50))], ORAL, { components: ['diclofenac', 'paracetamol', 'chlorzoxazone'], doseLimit: limits(100, 150), pregnancy: NSAID_PREGNANCY, source: 'nfi_2021' }),
  d('serratiopeptidase', 'Serratiopeptidase', ['enzyme'], 'H', [tab(5, 10)], ORAL, { source: 'nfi_2021' }),
  d('chlorzoxazone', 'Chlorzoxazone', ['muscle_relaxant'], 'H', [tab(250, 500)], ORAL, { source: 'dailymed' }),
  d('thiocolchicoside', 'Thiocolchicoside', ['muscle_relaxant'], 'H', [cap(4, 8)], ORAL, { pregnancy: avoid('Contraindicated in pregnancy'), paediatric: childAvoid(16, 'Not for under 16 years'), source: 'nfi_2021' }),
  d('tizanidine', 'Tizanidine', ['muscle_relaxant'], 'H', [tab(2, 4)], ORAL, { source: 'bnf' }),
  // Opioids (india-domain §5.2; FDA 2017: codeine and tramadol contraindicated under 12).
  d('tramadol', 'Tramadol', ['opioid'], 'H1', [cap(50), tab(100), form('injection', perMl(50, 1))], ['oral', 'intramuscular', 'intravenous'], { doseLimit: limits(100, 400), ndpsPsychotropic: true, pregnancy: caution('Neonatal withdrawal with prolonged use'), paediatric: childAvoid(12, 'Contraindicated under 12 years'), source: 'gsr_588e_2013' }),
  d('tramadol_paracetamol', 'Tramadol + paracetamol', ['opioid', 'para_aminophenol'], 'H1', [form('tablet', combo('37.5 mg + 325 mg', 37.5))], ORAL, { components: ['tramadol', 'paracetamol'], doseLimit: limits(100, 300), ndpsPsychotropic: true, paediatric: childAvoid(12, 'Contraindicated under 12 years'), source: 'gsr_588e_2013' }),
  d('codeine', 'Codeine', ['opioid'], 'NDPS', [tab(15, 30)], ORAL, { doseLimit: limits(60, 240), pregnancy: caution('Neonatal withdrawal with prolonged use'), paediatric: childAvoid(12, 'Contraindicated under 12 years'), source: 'ndps_act_1985' }),
  d('tapentadol', 'Tapentadol', ['opioid'], 'H', [tab(50, 100)], ORAL, { doseLimit: limits(100, 600), paediatric: childAvoid(18, 'Not for under 18 years'), source: 'dailymed' }),
  d('pentazocine', 'Pentazocine', ['opioid'], 'H1', [form('injection', perMl(30, 1))], ['intramuscular', 'intravenous'], { ndpsPsychotropic: true, source: 'gsr_588e_2013' }),
  d('buprenorphine', 'Buprenorphine', ['opioid'], 'H1', [form('tablet', mcg(200)), form('injection', { label: '0.3 mg/ml', mg: 0.3, perMl: 1 })], ['sublingual', 'intramuscular'], { ndpsPsychotropic: true, source: 'gsr_588e_2013' }),
  d('morphine', 'Morphine', ['opioid'], 'NDPS', [tab(10, 30), form('injection', perMl(10, 1))], ['oral', 'intramuscular', 'intravenous', 'subcutaneous'], { source: 'ndps_act_1985' }),
  d('pethidine', 'Pethidine', ['opioid'], 'NDPS', [form('injection', perMl(50, 1))], ['intramuscular', 'intravenous'], { source: 'ndps_act_1985' }),
  d('colchicine', 'Colchicine', ['antigout'], 'H', [tab(0.5)], ORAL, { pregnancy: avoid('Avoid in pregnancy'), source: 'bnf' }),
  d('allopurinol', 'Allopurinol', ['antigout'], 'H', [tab(100, 300)], ORAL, { source: 'nlem_2022' }),
]
