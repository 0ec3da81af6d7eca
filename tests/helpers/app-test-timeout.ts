/** Whole-app component tests compile lazy routes on first use; on a loaded machine that takes seconds. */
export const APP_TEST_TIMEOUT_MS = 30_000;
