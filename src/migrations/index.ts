import * as migration_20261121_021319_initial from './20261121_021319_initial';
import * as migration_20261121_024104_workflow_medical_review from './20261121_024104_workflow_medical_review';
import * as migration_20261121_024750_jobs_queue from './20261121_024750_jobs_queue';
import * as migration_20261121_030003_localized_required_default_locale from './20261121_030003_localized_required_default_locale';
import * as migration_20261121_030348_import_records from './20261121_030348_import_records';
import * as migration_20261129_120000_rate_limits from './20261129_120000_rate_limits';
import * as migration_20261129_121140_two_track_workflow from './20261129_121140_two_track_workflow';
import * as migration_20261129_170050_wave2_schema from './20261129_170050_wave2_schema';
import * as migration_20261129_180000_cache_sql from './20261129_180000_cache_sql';
import * as migration_20261129_180000_search_sql from './20261129_180000_search_sql';
import * as migration_20261129_180100_search_media_sql from './20261129_180100_search_media_sql';
import * as migration_20261129_180200_search_collation_sql from './20261129_180200_search_collation_sql';
import * as migration_20261129_180300_search_scale_indexes_sql from './20261129_180300_search_scale_indexes_sql';
import * as migration_20261129_181000_delivery_sql from './20261129_181000_delivery_sql';
import * as migration_20261129_182000_tech_scale_sql from './20261129_182000_tech_scale_sql';
import * as migration_20261129_193316_admin_lists_schema from './20261129_193316_admin_lists_schema';

export const migrations = [
  {
    up: migration_20261121_021319_initial.up,
    down: migration_20261121_021319_initial.down,
    name: '20261121_021319_initial',
  },
  {
    up: migration_20261121_024104_workflow_medical_review.up,
    down: migration_20261121_024104_workflow_medical_review.down,
    name: '20261121_024104_workflow_medical_review',
  },
  {
    up: migration_20261121_024750_jobs_queue.up,
    down: migration_20261121_024750_jobs_queue.down,
    name: '20261121_024750_jobs_queue',
  },
  {
    up: migration_20261121_030003_localized_required_default_locale.up,
    down: migration_20261121_030003_localized_required_default_locale.down,
    name: '20261121_030003_localized_required_default_locale',
  },
  {
    up: migration_20261121_030348_import_records.up,
    down: migration_20261121_030348_import_records.down,
    name: '20261121_030348_import_records',
  },
  {
    up: migration_20261129_120000_rate_limits.up,
    down: migration_20261129_120000_rate_limits.down,
    name: '20261129_120000_rate_limits',
  },
  {
    up: migration_20261129_121140_two_track_workflow.up,
    down: migration_20261129_121140_two_track_workflow.down,
    name: '20261129_121140_two_track_workflow',
  },
  {
    up: migration_20261129_170050_wave2_schema.up,
    down: migration_20261129_170050_wave2_schema.down,
    name: '20261129_170050_wave2_schema',
  },
  {
    up: migration_20261129_180000_cache_sql.up,
    down: migration_20261129_180000_cache_sql.down,
    name: '20261129_180000_cache_sql',
  },
  {
    up: migration_20261129_180000_search_sql.up,
    down: migration_20261129_180000_search_sql.down,
    name: '20261129_180000_search_sql',
  },
  {
    up: migration_20261129_180100_search_media_sql.up,
    down: migration_20261129_180100_search_media_sql.down,
    name: '20261129_180100_search_media_sql',
  },
  {
    up: migration_20261129_180200_search_collation_sql.up,
    down: migration_20261129_180200_search_collation_sql.down,
    name: '20261129_180200_search_collation_sql',
  },
  {
    up: migration_20261129_180300_search_scale_indexes_sql.up,
    down: migration_20261129_180300_search_scale_indexes_sql.down,
    name: '20261129_180300_search_scale_indexes_sql',
  },
  {
    up: migration_20261129_181000_delivery_sql.up,
    down: migration_20261129_181000_delivery_sql.down,
    name: '20261129_181000_delivery_sql',
  },
  {
    up: migration_20261129_182000_tech_scale_sql.up,
    down: migration_20261129_182000_tech_scale_sql.down,
    name: '20261129_182000_tech_scale_sql',
  },
  {
    up: migration_20261129_193316_admin_lists_schema.up,
    down: migration_20261129_193316_admin_lists_schema.down,
    name: '20261129_193316_admin_lists_schema',
  },
];
