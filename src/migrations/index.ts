import * as migration_20261121_021319_initial from './20261121_021319_initial';
import * as migration_20261121_024104_workflow_medical_review from './20261121_024104_workflow_medical_review';

export const migrations = [
  {
    up: migration_20261121_021319_initial.up,
    down: migration_20261121_021319_initial.down,
    name: '20261121_021319_initial',
  },
  {
    up: migration_20261121_024104_workflow_medical_review.up,
    down: migration_20261121_024104_workflow_medical_review.down,
    name: '20261121_024104_workflow_medical_review'
  },
];
