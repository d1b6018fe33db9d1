import * as migration_20261121_021319_initial from './20261121_021319_initial';
import * as migration_20261121_024104_workflow_medical_review from './20261121_024104_workflow_medical_review';
import * as migration_20261121_024750_jobs_queue from './20261121_024750_jobs_queue';
import * as migration_20261121_030003_localized_required_default_locale from './20261121_030003_localized_required_default_locale';
import * as migration_20261121_030348_import_records from './20261121_030348_import_records';
import * as migration_20261129_120000_rate_limits from './20261129_120000_rate_limits';
import * as migration_20261129_121140_two_track_workflow from './20261129_121140_two_track_workflow';
import * as migration_20261129_154758_review_schema from './20261129_154758_review_schema';

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
    up: migration_20261129_154758_review_schema.up,
    down: migration_20261129_154758_review_schema.down,
    name: '20261129_154758_review_schema'
  },
];
