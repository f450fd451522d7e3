// The reader's saved pages: save the current page's statements, remove a page,
// export to and import from a JSON file (see src/core/corpus/README.md).
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { UserCorpusAnswer } from '../../core';
import type { UserCorpusAction } from '../../shared/messages';
import { userCorpus } from '../search/client';
import { t } from '../i18n';

declare const SADA_TARGET: string | undefined;

/**
 * Firefox closes a toolbar popup when a file picker opens, and the chosen file
 * is lost: there, Import first opens the popup in a tab (popup.html?tabId=N).
 */
const pickerClosesPopup = () =>
  typeof SADA_TARGET !== 'undefined' && SADA_TARGET === 'firefox' && !new URLSearchParams(location.search).has('tabId');

interface Props {
  tabId: number | null;
  canSave: boolean;
  onChange: () => void;
}

/** Offers a text file for download (an object URL of our own Blob: nothing leaves the browser). */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function MyCorpus({ tabId, canSave, onChange }: Props) {
  const [state, setState] = useState<UserCorpusAnswer | null>(null);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const run = async (action: UserCorpusAction) => {
    try {
      const answer = await userCorpus(action);
      setState(answer);
      if (!answer.ok) setNote({ text: answer.error, error: true });
      else if (answer.message) setNote({ text: answer.message, error: false });
      if (answer.ok && action.kind !== 'list' && action.kind !== 'export') onChange();
      return answer;
    } catch (err) {
      setNote({ text: (err as Error).message, error: true });
      return null;
    }
  };

  useEffect(() => void run({ kind: 'list' }), []);

  const onExport = async () => {
    const answer = await run({ kind: 'export' });
    if (answer?.ok && answer.file) {
      download(`sada-statements-${new Date().toISOString().slice(0, 10)}.json`, answer.file);
    }
  };

  const onImport = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    // Refuse huge files before reading them whole; the background checks everything again.
    if (file.size > 8_000_000) {
      setNote({ text: 'import refused: the file is too large', error: true });
      return;
    }
    await run({ kind: 'import', file: await file.text() });
    if (fileInput.current) fileInput.current.value = '';
  };

  const pages = state?.pages ?? [];
  return (
    <section class="sada-mycorpus" aria-labelledby="sada-mycorpus-heading" data-role="my-corpus">
      <h2 id="sada-mycorpus-heading">{t('myCorpusLabel')}</h2>
      {state?.problem && <p class="sada-problem" data-role="corpus-problem">{state.problem}</p>}
      <div class="sada-buttons">
        {tabId !== null && canSave && (
          <button type="button" data-role="save-page" onClick={() => void run({ kind: 'save', tabId })}>
            {t('myCorpusSavePage')}
          </button>
        )}
        <button type="button" data-role="export" disabled={pages.length === 0} onClick={() => void onExport()}>
          {t('myCorpusExport')}
        </button>
        <button
          type="button"
          data-role="import"
          onClick={() => {
            if (pickerClosesPopup()) void browser.tabs.create({ url: browser.runtime.getURL(`popup.html?tabId=${tabId ?? 0}`) });
            else fileInput.current?.click();
          }}
        >
          {t('myCorpusImport')}
        </button>
        {(pages.length > 0 || state?.problem) && (
          <button type="button" data-role="reset" onClick={() => void run({ kind: 'reset' })}>
            {t('myCorpusClear')}
          </button>
        )}
        <input ref={fileInput} type="file" accept="application/json,.json" hidden data-role="import-file" onChange={(e) => void onImport(e)} />
      </div>
      {note && (
        <p class={note.error ? 'sada-error' : 'hint'} role="status" data-role="corpus-note">
          {note.text}
        </p>
      )}
      {pages.length === 0 ? (
        <p class="empty">{t('myCorpusEmpty')}</p>
      ) : (
        <ul data-role="saved-pages">
          {pages.map((p) => (
            <li key={p.url}>
              <span title={p.url}>
                {p.title || p.url} · {p.date} · {p.statements} {t('myCorpusStatements')}
              </span>
              <button type="button" data-role="remove-page" onClick={() => void run({ kind: 'remove', url: p.url })}>
                {t('myCorpusRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
