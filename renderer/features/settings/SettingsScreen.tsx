import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Settings } from '../../../shared/domain/fulfillment';
import { PAPER_SIZES } from '../../../shared/domain/print';
import { CheckField, SelectField, TextField } from '../../components/Field';
import { ErrorBanner, Loading } from '../../components/States';
import { fieldsNamed, refusalToForm } from '../../forms/refusals';
import { channelKey, useChannel, useCommand } from '../../data/hooks';
import { useAppStore } from '../../store';
import './SettingsScreen.css';

const PAPER_LABELS: Record<(typeof PAPER_SIZES)[number], string> = { letter: 'Letter (8.5 × 11 in)', a4: 'A4 (210 × 297 mm)' };

/**
 * The desk's settings, each with a sentence on what it changes: whether a receipt releases the
 * backorders waiting for it, and what printed sheets carry and start on. A box or a choice is saved
 * as soon as it changes; the site name when the clerk saves it (Enter).
 */
export function SettingsScreen() {
  const settings = useChannel('settings:get', {});
  const update = useCommand('settings:update');
  const notify = useAppStore((s) => s.notify);

  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<unknown>();
  // What the clerk just asked the box to be, shown from the click on (set in the same event, so the
  // box never flicks back while main saves); dropped once main has answered.
  const [autoReleaseAsked, setAutoReleaseAsked] = useState<boolean>();
  const paperHint = useId();

  const save = (patch: Partial<Settings>, said: (saved: Settings) => string) =>
    update.mutateAsync(patch).then((saved) => {
      // What main answered is what the screen shows now, without waiting for the refetch.
      queryClient.setQueryData(channelKey('settings:get', {}), saved);
      setProblem(undefined);
      notify(said(saved));
    });
  /** A box or a choice: saved at once; a refusal shows at the top, and the control shows what main has. */
  const saveNow = (patch: Partial<Settings>, said: (saved: Settings) => string) => void save(patch, said).catch(setProblem);

  return (
    <div className="screen">
      <section className="screen__main settings">
        <header className="screen__head">
          <div className="screen__title">
            <h1>Settings</h1>
            <p className="screen__sub">For every window and desk on this database.</p>
          </div>
        </header>
        <ErrorBanner error={settings.error ?? problem} />
        {settings.data ? (
          <>
            <section className="panel-box settings__group" aria-labelledby="settings-receiving">
              <h2 id="settings-receiving">Receiving</h2>
              <CheckField
                label="Auto-release on receipt"
                hint="When stock is received, release the backorders waiting for it at once, in precedence (priority, order date, entry order). Turn it off in a shop that fills backorders by hand: received stock then stays free, and the backorders it could fill wait under Fulfillable Backorders until a clerk releases them. Adjust and Change Status never release anything, whatever this says."
                checked={autoReleaseAsked ?? settings.data.autoRelease}
                onChange={(autoRelease) => {
                  setAutoReleaseAsked(autoRelease);
                  void save({ autoRelease }, (s) => (s.autoRelease ? 'Auto-release on receipt is on' : 'Auto-release on receipt is off'))
                    .catch(setProblem)
                    .finally(() => setAutoReleaseAsked(undefined));
                }}
              />
            </section>
            <section className="panel-box settings__group" aria-labelledby="settings-printing">
              <h2 id="settings-printing">Printing</h2>
              <SiteName saved={settings.data.siteName} save={(siteName) => save({ siteName }, (s) => (s.siteName ? `Sheets now carry ${s.siteName}` : 'Sheets carry no site name'))} />
              <div className="settings__field">
                <SelectField
                  label="Paper size"
                  options={PAPER_SIZES.map((value) => ({ value, label: PAPER_LABELS[value] }))}
                  value={(update.isPending && update.variables.paperSize) || settings.data.paperSize}
                  aria-describedby={paperHint}
                  onChange={(e) => saveNow({ paperSize: e.target.value as Settings['paperSize'] }, (s) => `Printing starts on ${PAPER_LABELS[s.paperSize]}`)}
                />
                <p id={paperHint} className="field__hint">
                  The paper the print dialog starts with; pick and backorder sheets fit either. You can still choose another when printing.
                </p>
              </div>
            </section>
          </>
        ) : settings.error ? null : (
          <div className="panel-box settings__group">
            <Loading label="Loading settings" />
          </div>
        )}
      </section>
    </div>
  );
}

/** The site name printed at the top of every sheet: typed, then saved with Enter or Save; a refusal shows under it. */
function SiteName({ saved, save }: { saved: string; save(siteName: string): Promise<void> }) {
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState<string>();
  const value = draft ?? saved;
  const changed = draft !== undefined && draft.trim() !== saved;

  async function submit() {
    if (!changed) return;
    try {
      await save(value);
      setDraft(undefined);
    } catch (e) {
      const refusal = refusalToForm(e, fieldsNamed(['siteName']));
      setError(refusal.fields.siteName ?? refusal.form);
    }
  }

  return (
    <form
      className="settings__row"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <TextField
        label="Site name"
        value={value}
        placeholder="e.g. Harbour Street warehouse"
        error={error}
        hint="Printed at the top of every pick and backorder sheet, so paper from two sites never mixes. Leave it empty for none."
        onChange={(e) => {
          setDraft(e.target.value);
          setError(undefined);
        }}
      />
      <button type="submit" className="button" disabled={!changed}>
        Save
      </button>
    </form>
  );
}
