// Vitals and their trend.
export const enVitals = {
  'vitals.heading': 'Vitals',
}
