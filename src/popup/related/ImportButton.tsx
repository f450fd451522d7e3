// Import: choose a file, see what it will change, then import (or cancel).
// Nothing remembered is replaced: pages merge by address.
import { useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import browser from 'webextension-polyfill';
import type { MemoryPage } from '../../core';
import type { ImportPlanSummary, MemoryAnswer } from '../../core';
import { t } from '../i18n';
import { readImportFile, sendImport } from './memory-import';
import type { Note } from './Memory';

declare const SADA_TARGET: string | undefined;

/**
 * Firefox closes a toolbar popup when a file picker opens, and the chosen file
 * is lost: there, Import first opens the popup in a tab (popup.html?tabId=N).
 */
const pickerClosesPopup = () =>
  typeof SADA_TARGET !== 'undefined' && SADA_TARGET === 'firefox' && !new URLSearchParams(location.search).has('tabId');

interface Props {
  tabId: number | null;
  fileInput: RefObject<HTMLInputElement | null>;
  setNote: (note: Note) => void;
  onDone: (answer: MemoryAnswer) => void;
}

export function ImportButton({ tabId, fileInput, setNote, onDone }: Props) {
  const [pending, setPending] = useState<{ pages: MemoryPage[]; plan: ImportPlanSummary } | null>(null);
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await readImportFile(file);
    if (!read.ok) return setNote({ text: read.error, error: true });
    try {
      const { plan } = await sendImport(read.pages, true);
      setPending({ pages: read.pages, plan });
      setNote(null);
    } catch (err) {
      setNote({ text: (err as Error).message, error: true });
    }
  };
  const confirm = async () => {
    if (!pending) return;
    setPending(null);
    try {
      const { plan, last } = await sendImport(pending.pages, false);
      onDone(last);
      setNote({ text: t('memoryImported', [String(plan.added), String(plan.extended), String(plan.newStatements)]), error: false });
    } catch (err) {
      setNote({ text: (err as Error).message, error: true });
    }
  };
  return (
    <>
      <button
        type="button"
        data-role="import"
        onClick={() => {
          if (pickerClosesPopup()) void browser.tabs.create({ url: browser.runtime.getURL(`popup.html?tabId=${tabId ?? 0}`) });
          else fileInput.current?.click();
        }}
      >
        {t('memoryImport')}
      </button>
      <input ref={fileInput} type="file" accept="application/json,.json" hidden data-role="import-file" onChange={(e) => void onFile(e)} />
      {pending && (
        <p class="sada-confirm" role="alertdialog" data-role="import-preview">
          {t('memoryImportPlan', [String(pending.plan.added), String(pending.plan.extended), String(pending.plan.unchanged), String(pending.plan.newStatements)])}
          {pending.plan.overLimit > 0 && ` ${t('memoryImportOverLimit', String(pending.plan.overLimit))}`}{' '}
          <button type="button" data-role="import-confirm" onClick={() => void confirm()}>
            {t('memoryImportConfirm')}
          </button>{' '}
          <button type="button" data-role="import-cancel" onClick={() => setPending(null)}>
            {t('memoryConfirmNo')}
          </button>
        </p>
      )}
    </>
  );
}
