// `npm run bench`: prints the speed and memory figures the issues ask for.
// Each feature adds its own bench module and a line here.
import { benchViewer } from './viewer';

async function main(): Promise<void> {
  console.log('HeapLens benchmarks');
  await benchViewer();
  await (await import('./profile')).benchProfile();
  await (await import('./lens')).benchLens();
  await (await import('./engine')).benchEngine();
  await (await import('./maps')).benchMaps();
  await (await import('./capture')).benchCapture();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
