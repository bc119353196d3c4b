import type { ProgramRequestInput } from '@leaseback/domain';
import { useState } from 'preact/hooks';
import { ApiError, api } from '../api-client.js';
import { EXAMPLE_PORTFOLIO } from '../examples.js';
import { ErrorNotice } from './common.js';

/** A portfolio the console plans on: its assets and corporate state, and where it came from. */
export interface ChosenPortfolio {
  readonly source: string;
  readonly assets: ProgramRequestInput['assets'];
  readonly corporate_state: ProgramRequestInput['corporate_state'];
}

/** The example, as a chosen portfolio. */
export const EXAMPLE_CHOICE: ChosenPortfolio = {
  source: `${EXAMPLE_PORTFOLIO.company} (example, ${EXAMPLE_PORTFOLIO.assets.length} sites)`,
  assets: EXAMPLE_PORTFOLIO.assets,
  corporate_state: EXAMPLE_PORTFOLIO.corporate_state,
};

/** Reads a spreadsheet through `POST /api/portfolios/parse`, or a portfolio JSON file here. */
async function readPortfolioFile(file: File): Promise<ChosenPortfolio> {
  if (file.name.toLowerCase().endsWith('.json')) {
    const parsed = JSON.parse(await file.text()) as Partial<ChosenPortfolio>;
    if (!Array.isArray(parsed.assets) || typeof parsed.corporate_state !== 'object') {
      throw new ApiError(400, 'invalid_input', 'the file is not a portfolio: it needs `assets` and `corporate_state`');
    }
    return { source: file.name, assets: parsed.assets, corporate_state: parsed.corporate_state as ChosenPortfolio['corporate_state'] };
  }
  const body = { file_name: file.name, content_base64: await toBase64(file) };
  try {
    const parsed = await api<{ portfolio?: Partial<ChosenPortfolio> } & Partial<ChosenPortfolio>>('POST', '/api/portfolios/parse', {
      body,
    });
    const portfolio = parsed.portfolio ?? parsed;
    if (!portfolio.assets || !portfolio.corporate_state)
      throw new ApiError(502, 'internal_error', 'the server answered without a portfolio');
    return { source: file.name, assets: portfolio.assets, corporate_state: portfolio.corporate_state };
  } catch (thrown) {
    if (thrown instanceof ApiError && thrown.code === 'route_not_found') {
      throw new ApiError(
        404,
        'not_available',
        'This server cannot read spreadsheets yet; upload a portfolio .json file or use the example.',
      );
    }
    throw thrown;
  }
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

/** Choose the example portfolio or upload one (spreadsheet or JSON). */
export function PortfolioPicker({ value, onChange }: { value: ChosenPortfolio; onChange: (portfolio: ChosenPortfolio) => void }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <fieldset>
      <legend>Portfolio</legend>
      <label class="inline">
        <input type="radio" name="portfolio-source" checked={value === EXAMPLE_CHOICE} onChange={() => onChange(EXAMPLE_CHOICE)} />
        {EXAMPLE_CHOICE.source}
      </label>
      <label>
        Or upload a spreadsheet (.xlsx, .csv) or portfolio (.json)
        <input
          type="file"
          accept=".xlsx,.csv,.json"
          disabled={busy}
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            if (!file) return;
            setBusy(true);
            setError(null);
            try {
              onChange(await readPortfolioFile(file));
            } catch (thrown) {
              setError(thrown);
            } finally {
              setBusy(false);
            }
          }}
        />
      </label>
      <p class="muted" aria-live="polite">
        {busy ? 'Reading the file…' : `Planning on: ${value.source} (${value.assets.length} assets)`}
      </p>
      {error ? <ErrorNotice error={error} /> : null}
    </fieldset>
  );
}
