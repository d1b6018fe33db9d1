import type { Plugin } from 'payload'

import { addLiveChangeHook } from '@/workflow/liveChanges'

import { liveMediaHook } from './liveMediaHook'

/** Media visibility (docs/search.md, "Media visibility"): images follow the live documents that show them. */
export const mediaVisibilityPlugin = (): Plugin => (config) => addLiveChangeHook(config, liveMediaHook)
