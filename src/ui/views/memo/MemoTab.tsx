import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { composeMemo, generatedBottomLine, memoFigures, renderMemoHtml, workshopFindings } from '../../../domain/memo';
import type { Scenario } from '../../../domain/scenario';
import { serialiseSession, type Memo, type Session } from '../../../domain/session';
import type { Workshop } from '../../../domain/workshop';
import { downloadBlob } from '../../download';
import { MemoForm } from './MemoForm';
import { MemoPreview, type MemoPreviewHandle } from './MemoPreview';
import { MEMO_FORMATS, memoFile, type MemoFormat } from './memo-files';

export interface MemoTabProps {
  scenario: Scenario;
  hash: string;
  session: Session;
  onMemoChange: (memo: Memo) => void;
  /** The date the memo bears, YYYY-MM-DD, or '' while the field is cleared. */
  date: string;
  onDateChange: (date: string) => void;
  onSaveSession: () => void;
  /** The workshop open on this scenario, if any: the memo then says what the workshop thought. */
  workshop?: Workshop;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The decision memo: what the group writes, a live preview of the printed memo, and a file in each format. */
export function MemoTab({ scenario, hash, session, onMemoChange, date, onDateChange, onSaveSession, workshop }: MemoTabProps) {
  const { weighting, progress } = session;
  // The Monte Carlo and the rest run again only when the weights or the steps change, not on every keystroke.
  const figures = useMemo(() => memoFigures(scenario, { weighting, progress }), [scenario, weighting, progress]);
  // Every participant's ranking in every revealed round: worked out when the workshop changes, not on every keystroke.
  const findings = useMemo(() => (workshop ? workshopFindings(scenario, workshop) : undefined), [scenario, workshop]);
  const generated = useMemo(() => generatedBottomLine(scenario, figures.analysis, figures.stability, figures.acceptability), [scenario, figures]);
  const sessionHash = useMemo(() => bytesToHex(sha256(utf8ToBytes(serialiseSession(session)))), [session]);
  const dateProblem = DATE.test(date) ? undefined : 'Set the date the memo bears: it is printed in the heading and the file name';
  const doc = useMemo(
    () => composeMemo(figures, { scenario, scenarioHash: hash, session, sessionHash, date: dateProblem ? '(no date)' : date, ...(findings ? { workshopFindings: findings } : {}) }),
    [figures, scenario, hash, session, sessionHash, date, dateProblem, findings],
  );
  const html = useDeferredValue(useMemo(() => renderMemoHtml(doc), [doc]));
  const preview = useRef<MemoPreviewHandle>(null);
  const [making, setMaking] = useState<MemoFormat>();
  const [failure, setFailure] = useState<string>();

  const download = async (format: MemoFormat) => {
    setMaking(format);
    setFailure(undefined);
    try {
      const { name, blob } = await memoFile(doc, format);
      downloadBlob(name, blob);
    } catch (error) {
      setFailure(`The ${MEMO_FORMATS[format].label} file could not be made (${(error as Error).message}). Nothing else changed; try again, or use another format.`);
    } finally {
      setMaking(undefined);
    }
  };

  return (
    <div className="memo-tab">
      <div className="memo-side">
        <div className="memo-actions">
          <label className="memo-date">
            Date of the memo <input type="date" value={date} onChange={(e) => onDateChange(e.target.value)} aria-invalid={dateProblem ? true : undefined} aria-describedby={dateProblem ? 'memo-date-error' : undefined} />
          </label>
          {dateProblem ? (
            <div id="memo-date-error" className="field-error" role="alert">
              {dateProblem}
            </div>
          ) : null}
          <div className="toolbar">
            {(Object.keys(MEMO_FORMATS) as MemoFormat[]).map((format) => (
              <button key={format} type="button" className={format === 'docx' ? 'primary' : undefined} disabled={Boolean(dateProblem) || making !== undefined} onClick={() => void download(format)}>
                {making === format ? `Making ${MEMO_FORMATS[format].label}…` : `Download ${MEMO_FORMATS[format].label}`}
              </button>
            ))}
            <button type="button" disabled={Boolean(dateProblem)} onClick={() => preview.current?.print()} title="The browser's print dialog, on the memo alone: choose Save as PDF for a PDF">
              Print or save as PDF
            </button>
          </div>
          {failure ? (
            <div className="notice error" role="alert">
              {failure}
            </div>
          ) : null}
          <p className="muted small">
            The memo's appendix carries the fingerprint of the session as it is now.{' '}
            <button type="button" className="link" onClick={onSaveSession}>
              Save the session file
            </button>{' '}
            with the memo, so that anyone with it and the scenario can make the same memo again.
          </p>
        </div>
        <MemoForm scenario={scenario} memo={session.memo} generatedBottomLine={generated} onChange={onMemoChange} />
      </div>
      <MemoPreview ref={preview} html={html} />
    </div>
  );
}
