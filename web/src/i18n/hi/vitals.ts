// Vitals and their trend.
export const hiVitals = {
  'vitals.heading': 'वाइटल्स',
}
