/* `tsx scripts/lib/dataset/index.ts [--scale 1] [--seed 13]`: fills the database of the
   environment (DATABASE_* variables, like the CMS) with the four-year dataset. The CMS must
   have booted on it once (the schema). */
import { getEnv } from '@sigobito/config';
import { dbTarget } from '../database';
import { generateDataset } from './generate';
import { openSink } from './sink';

export { generateDataset, SIZES, type Fixtures } from './generate';
export { openSink } from './sink';

if (require.main === module) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  (async () => {
    const sink = await openSink(dbTarget(getEnv()));
    const t = Date.now();
    try {
      const fixtures = await generateDataset(sink, { scale: arg('scale', 1), seed: arg('seed', 13), log: (m) => console.log(`  ${m}`) });
      console.log(JSON.stringify(fixtures, null, 2));
      console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
    } finally {
      await sink.close();
    }
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
