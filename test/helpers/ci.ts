// Whether the tests run in CI (.ci/run exports CI=true). There, a test whose
// program is missing (LibreOffice, xmllint, node-canvas) fails instead of
// being skipped: CI installs them, and a skip would pass without testing.
export const inCI = !!process.env.CI && !/^(false|0|no)$/i.test(process.env.CI);
