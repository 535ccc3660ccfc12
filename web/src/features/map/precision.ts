/** The text key for a map row's precision (0 exact, 1 postcode, 2 municipality): "Lage: Gemeinde". */
const KEYS = [
  'map.precision_exact',
  'map.precision_postcode',
  'map.precision_municipality',
] as const

export const mapPrecisionKey = (precision: number) => KEYS[precision] ?? KEYS[0]
