// A node:test reporter that writes one JSON line of counts when the run ends; scripts/test.mjs
// reads it to print the suite's closing `N passed, N failed` line.
export default async function* summaryReporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    // Only leaf tests count; a suite reports its children's outcome again.
    if (event.type === "test:pass" || event.type === "test:fail") {
      if (event.data.details?.type === "suite") continue;
      if (event.data.skip || event.data.todo) skipped++;
      else if (event.type === "test:pass") passed++;
      else failed++;
    }
  }
  yield `${JSON.stringify({ passed, failed, skipped })}\n`;
}
