// The reader's memory in the popup: remember on/off, what is remembered
// (newest pages, "show more"), remember this page now, forget a page, this
// site or everything (confirmed, with undo), export (JSON, CSV, Web
// Annotations), import with a preview, damaged pages, corpus packs.
import { useEffect, useRef, useState } from 'preact/hooks';
import { citedFromPages, toCsv, toWebAnnotations } from '../../core';
import { parseMemoryFile } from '../../core';
import type { MemoryAnswer } from '../../core';
import type { MemoryAction } from '../../shared/messages';
import type { Settings } from '../../shared/settings';
import { useSave } from '../Switches';
import { download, EXPORT_FORMATS, type ExportFormat } from '../download';
import { t } from '../i18n';
import { memory } from '../search/client';
import { Switch } from '../Switch';
import { Packs } from './Packs';
import { ImportButton } from './ImportButton';
import { MemoryPages } from './MemoryPages';

const PAGE_STEP = 20;

interface Props {
  tabId: number | null;
  hostname: string | null;
  settings: Settings;
  canSave: boolean;
  onChange: () => void;
}

export type Note = { text: string; error: boolean } | null;

/** Runs memory actions, keeps the last answer and a note for the reader. */
export function useMemory(onChange: () => void) {
  const [state, setState] = useState<MemoryAnswer | null>(null);
  const [note, setNote] = useState<Note>(null);
  const [limit, setLimit] = useState(PAGE_STEP);
  const run = async (action: MemoryAction): Promise<MemoryAnswer | null> => {
    try {
      const answer = await memory(action);
      setState(answer);
      if (!answer.ok) setNote({ text: answer.error ?? '', error: true });
      else if (answer.message) setNote({ text: answer.message, error: false });
      if (answer.ok && action.kind !== 'list' && action.kind !== 'export') onChange();
      return answer;
    } catch (err) {
      setNote({ text: (err as Error).message, error: true });
      return null;
    }
  };
  useEffect(() => void run({ kind: 'list', limit }), [limit]);
  return { state, setState, note, setNote, run, limit, showMore: () => setLimit((l) => l + PAGE_STEP * 5) };
}

async function exportMemory(run: (a: MemoryAction) => Promise<MemoryAnswer | null>, format: ExportFormat): Promise<void> {
  const answer = await run({ kind: 'export' });
  if (!answer?.ok || !answer.file) return;
  const day = new Date().toISOString().slice(0, 10);
  let text = answer.file;
  if (format !== 'json') {
    const parsed = parseMemoryFile(answer.file);
    const rows = parsed.ok ? citedFromPages(parsed.value.pages) : [];
    text = format === 'csv' ? toCsv(rows) : toWebAnnotations(rows, 'Sada memory');
  }
  download(`sada-memory-${day}.${EXPORT_FORMATS[format].ext}`, text, EXPORT_FORMATS[format].type);
}

/** A destructive action asks once more in place; the answer can be undone afterwards. */
function Confirm({ what, onYes, onNo }: { what: string; onYes: () => void; onNo: () => void }) {
  return (
    <p class="sada-confirm" role="alertdialog" data-role="confirm">
      {what}{' '}
      <button type="button" data-role="confirm-yes" onClick={onYes}>
        {t('memoryConfirmYes')}
      </button>{' '}
      <button type="button" data-role="confirm-no" onClick={onNo}>
        {t('memoryConfirmNo')}
      </button>
    </p>
  );
}

interface ActionsProps {
  tabId: number | null;
  hostname: string | null;
  canSave: boolean;
  total: number;
  run: (action: MemoryAction) => Promise<MemoryAnswer | null>;
  ask: (question: { what: string; action: MemoryAction }) => void;
  onImported: (answer: MemoryAnswer) => void;
  setNote: (note: Note) => void;
}

/** Remember this page, export in each format, import, forget this site, forget everything. */
function Actions({ tabId, hostname, canSave, total, run, ask, onImported, setNote }: ActionsProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div class="sada-buttons">
      {tabId !== null && canSave && (
        <button type="button" data-role="save-page" onClick={() => void run({ kind: 'save', tabId })}>
          {t('memorySavePage')}
        </button>
      )}
      {(Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((f) => (
        <button type="button" key={f} data-role={`export-${f}`} disabled={total === 0} onClick={() => void exportMemory(run, f)}>
          {t(`export_${f}`)}
        </button>
      ))}
      <ImportButton tabId={tabId} fileInput={fileInput} setNote={setNote} onDone={(answer) => onImported(answer)} />
      {hostname && total > 0 && (
        <button type="button" data-role="forget-site" onClick={() => ask({ what: t('memoryForgetSiteAsk', hostname), action: { kind: 'forget-site', host: hostname } })}>
          {t('memoryForgetSite')}
        </button>
      )}
      {total > 0 && (
        <button type="button" data-role="forget-all" onClick={() => ask({ what: t('memoryForgetAllAsk', String(total)), action: { kind: 'forget-all' } })}>
          {t('memoryForgetAll')}
        </button>
      )}
    </div>
  );
}

export function Memory({ tabId, hostname, settings, canSave, onChange }: Props) {
  const { state, setState, note, setNote, run, showMore } = useMemory(onChange);
  const [asking, setAsking] = useState<{ what: string; action: MemoryAction } | null>(null);
  const remember = settings.remember !== false;
  const [saveError, save] = useSave();
  const total = state?.totalPages ?? 0;
  return (
    <section class="sada-mycorpus" aria-labelledby="sada-memory-heading" data-role="memory">
      <h2 id="sada-memory-heading">{t('memoryLabel')}</h2>
      <Switch role="remember-switch" label={t('memoryRemember')} checked={remember} onChange={(on) => save({ ...settings, remember: on })} />
      {saveError && <p class="sada-error">{saveError}</p>}
      <p class="hint" data-role="memory-totals">
        {t('memoryTotals', [String(state?.totalPages ?? 0), String(state?.totalStatements ?? 0)])}
      </p>
      {(state?.damaged ?? 0) > 0 && (
        <p class="sada-problem" data-role="memory-damaged">
          {t('memoryDamaged', String(state!.damaged))}{' '}
          <button type="button" data-role="drop-damaged" onClick={() => void run({ kind: 'drop-damaged' })}>
            {t('memoryDropDamaged')}
          </button>
        </p>
      )}
      <Actions tabId={tabId} hostname={hostname} canSave={canSave} total={total} run={run} ask={setAsking} onImported={(answer) => (setState(answer), onChange())} setNote={setNote} />
      {asking && <Confirm what={asking.what} onNo={() => setAsking(null)} onYes={() => (setAsking(null), void run(asking.action))} />}
      {note && (
        <p class={note.error ? 'sada-error' : 'hint'} role="status" data-role="corpus-note">
          {note.text}{' '}
          {!note.error && (state?.undoable ?? 0) > 0 && (
            <button type="button" data-role="undo" onClick={() => void run({ kind: 'undo' })}>
              {t('memoryUndo')}
            </button>
          )}
        </p>
      )}
      <MemoryPages state={state} onForget={(url) => void run({ kind: 'forget-page', url })} onMore={showMore} />
      <Packs packs={state?.packs ?? []} run={run} setNote={setNote} />
    </section>
  );
}
