import { buildAll } from './lib/build';

buildAll({ force: true }).catch((e) => {
  console.error(e);
  process.exit(1);
});
