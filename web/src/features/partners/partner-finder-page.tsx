/**
 * The partner finder (`/partner`): the form, then the ranked results with their reasons beside the map of
 * the search (centre, radius, numbered points). A result, in the list or on the map, opens the shared detail
 * panel (URL `actor`), as on the list and the map.
 */
import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { ActorDetailPanel } from '../../actor-panel/actor-detail-panel.tsx'
import { ApiProblem } from '../../api/client.ts'
import { partnersQuery, placesQuery } from '../../api/partner-queries.ts'
import { fieldErrorsOf } from './partner-field-errors.ts'
import { PartnerForm } from './partner-form.tsx'
import { PartnerResults } from './partner-results.tsx'
import { DemoBanner } from '../../filter-panel/demo-banner.tsx'
import { CarriedFilters } from './carried-filters.tsx'
import { apiParameters, type PartnerSearchParams } from './partner-search.ts'
import { usePartnerSearch } from './use-partner-search.ts'

// MapLibre is most of a megabyte: loaded only when there are results to draw.
const PartnerMap = lazy(() =>
  import('./partner-map.tsx').then((module) => ({ default: module.PartnerMap })),
)

export function PartnerFinderPage() {
  const { t } = useTranslation()
  const [search, setSearch] = usePartnerSearch()
  const parameters = apiParameters(search)
  const partners = useQuery({
    ...partnersQuery(parameters),
    enabled: Object.keys(parameters).length > 0,
  })
  const problem = partners.error instanceof ApiProblem ? partners.error.problem : undefined
  const errors = fieldErrorsOf(problem)
  // A refused place: the autocomplete knows the nearest spellings and the choices.
  const places = useQuery({ ...placesQuery(search.place ?? ''), enabled: Boolean(errors.place) })

  // A new search closes the details of the last one's result.
  const submit = (next: PartnerSearchParams) => void setSearch({ ...next, actor: undefined })
  const select = (id: string | undefined) => void setSearch({ ...search, actor: id })
  const { actor: selectedId, ...searchWithoutSelection } = search
  const closeDetails = () => {
    const id = selectedId
    select(undefined)
    // Back to the result that was open, so keyboard users keep their place.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-partner-link="${CSS.escape(id ?? '')}"]`)?.focus(),
    )
  }
  const choosePlace = (label: string) => submit({ ...search, place: label })
  const placeOptions = places.data?.places ?? []
  const placeError = errors.place && (
    <>
      {!search.place
        ? t('partners.errors.placeMissing')
        : placeOptions.length > 1 && places.data?.suggestions.length === 0
          ? t('partners.errors.placeAmbiguous')
          : t('partners.errors.placeUnknown')}
      {placeOptions.length > 0 && (
        <>
          {' '}
          {t('partners.errors.didYouMean')}{' '}
          <span className="suggestions">
            {placeOptions.slice(0, 5).map((place) => (
              <button key={place.ref} type="button" onClick={() => choosePlace(place.label)}>
                {place.label}
              </button>
            ))}
          </span>
        </>
      )}
    </>
  )

  return (
    <div className="partner-page">
      <h2>{t('partners.heading')}</h2>
      <DemoBanner
        showsDemoActors={(partners.data?.results ?? []).some((result) => result.actor.synthetic)}
        onShowRealOnly={() => submit({ ...search, synthetic: 'false' })}
      />
      <p>{t('partners.intro')}</p>
      {problem && (
        <p role="alert" className="field-error">
          {t('partners.errors.heading')}
        </p>
      )}
      {/* Beside the results on wide screens (styles.css, "Partner finder"), above them otherwise. */}
      <div className="partner-workspace">
        <div className="partner-search-column">
          <CarriedFilters search={search} onRemove={(without) => submit(without)} />
          {/* A new URL (submit, back, a link) starts the form afresh from it. */}
          <PartnerForm
            key={JSON.stringify(searchWithoutSelection)}
            search={search}
            errors={errors}
            placeError={placeError}
            onSubmit={submit}
          />
        </div>
        <div className="partner-answer">
          {partners.isFetching && <p role="status">{t('partners.loading')}</p>}
          {partners.data && !problem && (
            <PartnerResults
              response={partners.data}
              selectedId={selectedId}
              beside={
                <>
                  {partners.data.results.length > 0 && (
                    <Suspense fallback={<p role="status">{t('partners.mapLoading')}</p>}>
                      <PartnerMap
                        response={partners.data}
                        selectedId={selectedId}
                        onSelect={select}
                      />
                    </Suspense>
                  )}
                  {selectedId && <ActorDetailPanel id={selectedId} onClose={closeDetails} />}
                </>
              }
              onRelax={(relaxation) =>
                submit({
                  ...search,
                  ...(relaxation.parameter === 'radiusKm'
                    ? { radiusKm: String(relaxation.radiusKm) }
                    : { [relaxation.parameter]: undefined }),
                })
              }
            />
          )}
        </div>
      </div>
    </div>
  )
}
