/** The datasets a start can load, in load order: the press-release seed, Leipzig Data, the demo generator. */
export const DATASET_IDS = ['press-release', 'leipzig-data', 'demo'] as const

export type DatasetId = (typeof DATASET_IDS)[number]
