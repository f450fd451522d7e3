// A small in-memory stand-in for the parts of the extension API the content
// scripts use (runtime messaging, storage.sync with onChanged), installed as
// globalThis.chrome for jsdom tests.

type Listener = (...args: any[]) => unknown;

export interface FakeExtension {
  sent: unknown[];
  store: Record<string, unknown>;
  /** Sets a storage.sync value and fires storage.onChanged like the browser does. */
  setStored(key: string, value: unknown): void;
  /** Delivers a message to the content script's runtime.onMessage listeners; resolves with the first response. */
  deliver(message: unknown): Promise<unknown>;
  messageListeners: Set<Listener>;
  storageListeners: Set<Listener>;
  uninstall(): void;
}

export function installFakeExtension(initial: Record<string, unknown> = {}): FakeExtension {
  const messageListeners = new Set<Listener>();
  const storageListeners = new Set<Listener>();
  const fake: FakeExtension = {
    sent: [],
    store: { ...initial },
    messageListeners,
    storageListeners,
    setStored(key, value) {
      const oldValue = fake.store[key];
      fake.store[key] = value;
      for (const l of [...storageListeners]) l({ [key]: { oldValue, newValue: value } }, 'sync');
    },
    deliver(message) {
      return new Promise((resolve) => {
        let answered = false;
        const respond = (r: unknown) => {
          if (!answered) resolve(r);
          answered = true;
        };
        let async = false;
        for (const l of [...messageListeners]) if (l(message, { id: 'sada' }, respond) === true) async = true;
        if (!async) setTimeout(() => respond(undefined), 0);
      });
    },
    uninstall() {
      delete (globalThis as any).chrome;
    },
  };
  (globalThis as any).chrome = {
    runtime: {
      sendMessage: async (message: unknown) => {
        fake.sent.push(structuredClone(message));
      },
      onMessage: { addListener: (l: Listener) => messageListeners.add(l), removeListener: (l: Listener) => messageListeners.delete(l) },
    },
    storage: {
      sync: {
        get: async (key: string) => (key in fake.store ? { [key]: structuredClone(fake.store[key]) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) fake.setStored(k, v);
        },
      },
      onChanged: { addListener: (l: Listener) => storageListeners.add(l), removeListener: (l: Listener) => storageListeners.delete(l) },
    },
  };
  return fake;
}
