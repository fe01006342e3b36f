import os from 'node:os'
import {
  checkPrescription,
  DRUGS,
  type Drug,
  type LineForCheck,
  type PatientForCheck,
} from '../shared/prescriptions/index.ts'
import { summarize } from './stats.ts'

/**
 * `npm run bench:rx-checks` (`tsx bench/prescription-checks.ts`): the prescription safety checks
 * (shared/prescriptions/safety.ts) for a 10-line prescription against a patient with 20
 * recorded allergies and 20 medicines in the history, BENCH_RUNS times (default 20,000) after
 * BENCH_WARMUP unmeasured runs (default 2,000), on one core as the issue request runs them.
 * The inputs are built so every check has work: allergies that match and miss, medicines that
 * interact, duplicates, a child without weight. Prints p50/p99 in microseconds. No database.
 */
const runs = Number(process.env.BENCH_RUNS ?? 20_000)
const warmup = Number(process.env.BENCH_WARMUP ?? 2_000)
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmup) || warmup < 0) {
  throw new Error('BENCH_RUNS and BENCH_WARMUP must be whole numbers')
}

const drugs: ReadonlyMap<string, Drug> = new Map(DRUGS.map((drug) => [drug.code, drug]))
const line = (code: string, overrides: Partial<LineForCheck> = {}): LineForCheck => {
  const drug = drugs.get(code)
  if (drug === undefined) throw new Error(`no master drug ${code}`)
  return {
    drugCode: code,
    name: drug.generic,
    strength: drug.presentations[0]?.strengths[0] ?? null,
    doseAmount: 1,
    doseUnit: 'tablet',
    frequency: '1-1-1',
    durationDays: 5,
    route: drug.routes[0] ?? 'oral',
    ...overrides,
  }
}

const lines: LineForCheck[] = [
  line('amoxicillin_clavulanate'),
  line('metronidazole'),
  line('ibuprofen_paracetamol', { frequency: 'sos' }),
  line('diclofenac'),
  line('pantoprazole', { frequency: '1-0-0' }),
  line('cefixime'),
  line('tramadol'),
  line('fluconazole'),
  line('chlorhexidine_mouthwash', { doseAmount: 10, doseUnit: 'ml', route: 'mouth_rinse' }),
  { ...line('vitamin_b_complex'), drugCode: null, name: 'House multivitamin syrup' },
]
const allergySubstances = [
  'Penicillin',
  'Sulfa drugs',
  'Aspirin',
  'Dust',
  'Egg',
  'Latex',
  'NSAIDs',
  'Lignocaine',
  'Metrogyl',
  'Codeine',
  'Cephalosporins',
  'Peanuts',
  'Iodine',
  'Erythromycin',
  'Amoxil',
  'Shellfish',
  'Tetracycline',
  'Ciprofloxacin',
  'Pollen',
  'Nickel',
]
const medicationNames = [
  'Tab Warfarin 5 mg OD',
  'Ecosprin 75',
  'Glycomet 500 BD',
  'Amlong 5',
  'Telma 40',
  'Thyronorm 50 mcg',
  'Atorva 10 HS',
  'Clopilet 75',
  'Sertraline 50',
  'Eptoin 100 TDS',
  'Lithium carbonate 300',
  'Methotrexate 7.5 mg weekly',
  'Digoxin 0.25',
  'Calcium + D3',
  'Pantocid 40',
  'Insulin glargine',
  'Montair 10',
  'Asthalin inhaler',
  'Some ayurvedic powder',
  'Fosamax 70 weekly',
]
const patient: PatientForCheck = {
  ageYears: 11,
  weightKg: null,
  isPregnant: false,
  allergies: allergySubstances.map((substance) => ({ substance, category: 'drug' })),
  medications: medicationNames.map((name) => ({ name })),
}

console.log(
  `Node ${process.version}, ${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim()}), load ${os.loadavg()[0]?.toFixed(2)}`,
)
const warnings = checkPrescription(lines, patient, drugs)
for (let i = 0; i < warmup; i++) checkPrescription(lines, patient, drugs)
const latencies: number[] = []
const started = performance.now()
for (let i = 0; i < runs; i++) {
  const t0 = performance.now()
  checkPrescription(lines, patient, drugs)
  latencies.push(performance.now() - t0)
}
const seconds = (performance.now() - started) / 1000
const summary = summarize(latencies)
const micro = (ms: number) => `${(ms * 1000).toFixed(1)} µs`
console.log(
  `checkPrescription: ${lines.length} lines, ${patient.allergies.length} allergies, ${patient.medications.length} medicines, ${warnings.length} warnings`,
)
console.log(
  `  ${summary.count} runs: p50 ${micro(summary.p50Ms)}, p99 ${micro(summary.p99Ms)}, max ${micro(summary.maxMs)}, ${Math.round(runs / seconds)} checks/s`,
)
