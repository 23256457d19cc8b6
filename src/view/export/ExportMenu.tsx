import { ExportPanel } from '../lazyViews';
import { useState } from 'react';

/** The Export button; its panel (and the SVG extension) load when first opened. */
export const ExportMenu = () => {
  const [open, setOpen] = useState(false);
  return (
    <div className="export-menu">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export
      </button>
      {open && <ExportPanel />}
    </div>
  );
};
