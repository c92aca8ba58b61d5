import type { ChangeEvent } from 'react';

/** "Open workshop file…": hands the chosen file on, and clears the input so the same file can be chosen again. */
export function WorkshopFileButton({ onFile }: { onFile: (file: File) => void }) {
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <label className="file-button on-light">
      Open workshop file…
      <input type="file" accept=".json,application/json" onChange={chosen} className="sr-only" />
    </label>
  );
}
