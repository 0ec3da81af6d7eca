// Every jsdom test gets a fresh in-memory IndexedDB and jest-dom matchers.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The bundled Emesa deck (32 questions) is loaded into fake-indexeddb before each app test
// renders; on a busy 2-core machine that can take longer than Testing Library's default 1 s.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
