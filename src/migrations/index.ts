import * as migration_20261121_021319_initial from './20261121_021319_initial';

export const migrations = [
  {
    up: migration_20261121_021319_initial.up,
    down: migration_20261121_021319_initial.down,
    name: '20261121_021319_initial'
  },
];
