/**
 * Where demo actors sit: how many per district (by population) and which municipality (by population).
 * The point near the municipality's centre comes from jitter.ts.
 */
import type { Gazetteer, Municipality } from '../geo/gazetteer.ts'
import { createJitterDisc, type JitterDisc } from './jitter.ts'
import { createSampler, type Random } from './random.ts'

/**
 * `count` district keys in a shuffled order, each district's share proportional to its population
 * (largest remainder), and every district at least once when count ≥ 13.
 */
export function drawDistrictSlots(gazetteer: Gazetteer, count: number, random: Random): string[] {
  const districts = gazetteer.districts
  const totalPopulation = districts.reduce((sum, d) => sum + d.population, 0)
  const quotas = districts.map((d) => (count * d.population) / totalPopulation)
  const counts = quotas.map((quota) => Math.floor(quota))
  const byRemainder = quotas
    .map((quota, i) => ({ i, remainder: quota % 1 }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i)
  const missing = count - counts.reduce((sum, n) => sum + n, 0)
  for (let k = 0; k < missing; k++) counts[byRemainder[k]?.i ?? 0]! += 1
  if (count >= districts.length) {
    for (let i = 0; i < counts.length; i++) {
      if (counts[i] !== 0) continue
      counts[i] = 1
      counts[counts.indexOf(Math.max(...counts))]! -= 1
    }
  }
  const slots = districts.flatMap((d, i) => Array<string>(counts[i] ?? 0).fill(d.ags))
  return random.shuffle(slots)
}

export interface MunicipalityPlace {
  municipality: Municipality
  disc: JitterDisc
}

/**
 * One sampler per district that draws a municipality weighted by population^0.9 (a little more spread
 * into villages than pure population would give).
 */
export function createMunicipalitySamplers(gazetteer: Gazetteer) {
  const samplers = new Map<string, (random: Random) => MunicipalityPlace>()
  for (const district of gazetteer.districts) {
    const places = gazetteer.municipalities
      .filter((m) => m.districtAgs === district.ags)
      .map((municipality) => ({
        municipality,
        disc: createJitterDisc(municipality, district.geometry),
      }))
    const weights = places.map((p) => p.municipality.population ** 0.9)
    samplers.set(district.ags, createSampler(places, weights))
  }
  return (districtAgs: string, random: Random): MunicipalityPlace => {
    const sampler = samplers.get(districtAgs)
    if (!sampler) throw new Error(`unknown district ${districtAgs}`)
    return sampler(random)
  }
}
