import { Gutter, ListQueryProvider, Pill, SetDocumentStepNav, SortColumn } from '@payloadcms/ui'
import { notFound } from 'next/navigation'
import type { Column, DocumentViewServerProps, PayloadRequest, Where } from 'payload'
import { isNumber } from 'payload/shared'
import { Fragment } from 'react'

import type { ContentCollectionSlug } from '@/lib/contentCollections'

import { VersionDateCell } from './VersionDateCell'
import { VersionsTable } from './VersionsTable'
import { type VersionStep, versionSteps } from './versionSteps'

type VersionRow = { id: number | string; updatedAt: string; version?: { _status?: string; updatedAt?: string } }

const NOT_SNAPSHOT: Where = { snapshot: { not_equals: true } }

/** The newest version with this status, as Payload's versions view reads it for its pills. */
const newestWithStatus = async (req: PayloadRequest, collection: ContentCollectionSlug, id: number | string, status: string) => {
  const { docs } = await req.payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: status } }, NOT_SNAPSHOT] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    locale: req.locale as never,
    req,
    user: req.user,
    overrideAccess: false,
  })
  return (docs[0] as unknown as VersionRow | undefined) ?? null
}

const StepCell = ({ step }: { step?: VersionStep }) =>
  step ? (
    <span className="relief-version-step" data-action={step.action} title={step.comment ?? undefined}>
      <Pill size="small" pillStyle="light">
        {step.label}
      </Pill>
      {step.actor && <span className="relief-version-step__actor"> by {step.actor}</span>}
    </span>
  ) : (
    <span className="relief-version-step relief-version-step--none" style={{ opacity: 0.6 }}>
      No workflow step
    </span>
  )

/**
 * The document's Versions tab (issue 12, review view): Payload's list of versions with one more
 * column, the workflow step that saved each version and who took it ("Approve · by Dr. Lee").
 * Payload's own view has fixed columns, so this replaces it through `views.edit.versions` and
 * keeps its paging, sorting, comparison links and the "compare with" drawer.
 */
export const WorkflowVersionsView = async (props: DocumentViewServerProps) => {
  const { initPageResult, routeSegments, searchParams, hasPublishedDoc, versions: options = {} } = props
  const { collectionConfig, docID, req } = initPageResult
  if (!collectionConfig || docID === undefined || docID === null) return notFound()
  const collection = collectionConfig.slug as ContentCollectionSlug
  const { i18n } = req
  const isTrashed = routeSegments?.[2] === 'trash'
  const isInDrawer = Boolean(options.useVersionDrawerCreatedAtCell)
  const limit = isNumber(searchParams?.limit) ? Number(searchParams.limit) : (collectionConfig.admin.pagination?.defaultLimit ?? 10)
  const sort = typeof searchParams?.sort === 'string' ? searchParams.sort : undefined
  const page = typeof searchParams?.page === 'string' ? parseInt(searchParams.page, 10) : undefined

  const data = await req.payload
    .findVersions({
      collection,
      where: { and: [{ parent: { equals: docID } }, NOT_SNAPSHOT] },
      sort,
      limit,
      page,
      depth: 0,
      locale: req.locale as never,
      req,
      user: req.user,
      overrideAccess: false,
    })
    .catch(() => null)
  if (!data) return notFound()
  const rows = data.docs as unknown as VersionRow[]
  const [published, latestDraft, steps] = await Promise.all([
    hasPublishedDoc ? newestWithStatus(req, collection, docID, 'published') : Promise.resolve(null),
    newestWithStatus(req, collection, docID, 'draft'),
    versionSteps(req, collection, docID, rows.map((row) => row.id)),
  ])

  const statusPill = (row: VersionRow) => {
    if (row.version?._status !== 'published') {
      const isPublishedNewer = Boolean(published && latestDraft && published.updatedAt > latestDraft.updatedAt)
      const isCurrentDraft = !isPublishedNewer && row.id === latestDraft?.id
      return <Pill size="small" pillStyle="light">{i18n.t(isCurrentDraft ? 'version:currentDraft' : 'version:draft')}</Pill>
    }
    const isLive = row.id === published?.id
    return (
      <Pill size="small" pillStyle={isLive ? 'success' : 'light'}>
        {i18n.t(isLive ? 'version:currentlyPublished' : 'version:previouslyPublished')}
      </Pill>
    )
  }

  const columns: Column[] = [
    {
      accessor: 'updatedAt',
      active: true,
      field: { name: '', type: 'date' } as never,
      Heading: <SortColumn Label={i18n.t('general:updatedAt')} name="updatedAt" />,
      renderedCells: rows.map((row) => (
        <VersionDateCell
          key={row.id}
          collectionSlug={collection}
          docID={docID}
          versionID={row.id}
          updatedAt={row.updatedAt}
          isTrashed={isTrashed}
          isInDrawer={isInDrawer}
        />
      )),
    },
    {
      accessor: 'workflowStep',
      active: true,
      field: { name: '', type: 'text' } as never,
      Heading: <span>Workflow step</span>,
      renderedCells: rows.map((row) => <StepCell key={row.id} step={steps.get(String(row.id))} />),
    },
    {
      accessor: 'id',
      active: true,
      field: { name: '', type: 'text' } as never,
      Heading: <SortColumn disable Label={i18n.t('version:versionID')} name="id" />,
      renderedCells: rows.map((row) => <Fragment key={row.id}>{row.id}</Fragment>),
    },
    {
      accessor: '_status',
      active: true,
      field: { name: '', type: 'checkbox' } as never,
      Heading: <SortColumn disable Label={i18n.t('version:status')} name="status" />,
      renderedCells: rows.map((row) => (
        <div key={row.id} className="autosave-cell__items">
          {statusPill(row)}
        </div>
      )),
    },
  ]

  const plural = collectionConfig.labels?.plural
  const pluralLabel = typeof plural === 'function' ? plural({ i18n, t: i18n.t as never }) : plural
  const table = (
    <ListQueryProvider data={data as never} modifySearchParams query={{ limit, sort }}>
      <VersionsTable columns={columns} paginationLimits={collectionConfig.admin?.pagination?.limits} />
    </ListQueryProvider>
  )
  return (
    <>
      <SetDocumentStepNav
        collectionSlug={collection}
        id={docID}
        isTrashed={isTrashed}
        pluralLabel={pluralLabel}
        useAsTitle={collectionConfig.admin?.useAsTitle}
        view={i18n.t('version:versions')}
      />
      <main className="versions">
        {options.disableGutter ? table : <Gutter className="versions__wrap">{table}</Gutter>}
      </main>
    </>
  )
}
