// `npm run bench`: prints the speed and memory figures the issues ask for.
// Each feature adds its own bench module and a line here.
async function main(): Promise<void> {
  console.log('HeapLens benchmarks');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
