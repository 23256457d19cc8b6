import { ExportPanel } from '../lazyViews';
import { useRef, useState } from 'react';
import { panelSide } from '../common/panelSide';

/** The Export button; its panel (and the SVG extension) load when first opened. */
export const ExportMenu = () => {
  const [open, setOpen] = useState(false);
  const [side, setSide] = useState<'start' | 'end'>('end');
  const menu = useRef<HTMLDivElement>(null);
  const toggle = () => {
    if (!open && menu.current) setSide(panelSide(menu.current.getBoundingClientRect(), window.innerWidth));
    setOpen(!open);
  };
  return (
    <div className={`export-menu hang-${side}`} ref={menu}>
      <button type="button" aria-expanded={open} onClick={toggle}>
        Export
      </button>
      {open && <ExportPanel />}
    </div>
  );
};
