// Quản trị (admins only): units, users and roles, registers, signing keys and images, API tokens — as tabs over one screen.
import { useRef, type KeyboardEvent } from "react";
import type { Go } from "../session";
import { KeysSection } from "./admin/Keys";
import { RegistersSection } from "./admin/Registers";
import { useItems, type UnitItem } from "./admin/shared";
import { TokensSection } from "./admin/Tokens";
import { UnitsSection } from "./admin/Units";
import { UsersSection } from "./admin/Users";

const TABS = [
  ["don-vi", "Đơn vị"],
  ["nguoi-dung", "Người dùng"],
  ["so-van-ban", "Sổ văn bản"],
  ["khoa-ky-so", "Khóa ký số và hình ảnh chữ ký/con dấu"],
  ["ma-truy-cap", "Mã truy cập API"],
] as const;
type Tab = (typeof TABS)[number][0];

export function AdminPage({ tab, go, me }: { tab: string | null; go: Go; me: string }) {
  const current: Tab = TABS.find(([k]) => k === tab)?.[0] ?? "don-vi";
  const units = useItems<UnitItem>("/api/admin/units");
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const open = (k: Tab) => go(`/quan-tri?muc=${k}`);
  // Arrow keys move between tabs (WAI-ARIA tabs pattern); the chosen tab takes the focus.
  const keys = (e: KeyboardEvent, i: number) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    const next = (i + step + TABS.length) % TABS.length;
    open(TABS[next]![0]);
    refs.current[next]?.focus();
  };
  if (units.problem) return (<section><h1>Quản trị</h1><p className="banner error" role="alert">{units.problem}</p></section>);
  return (
    <section>
      <h1>Quản trị</h1>
      <div className="tabs" role="tablist" aria-label="Mục quản trị">
        {TABS.map(([k, label], i) => (
          <button key={k} type="button" role="tab" id={`tab-${k}`} aria-selected={k === current} aria-controls={`panel-${k}`} tabIndex={k === current ? 0 : -1}
            ref={(el) => void (refs.current[i] = el)} onClick={() => open(k)} onKeyDown={(e) => keys(e, i)}>
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`} className="tab-panel">
        {current === "don-vi" && <UnitsSection units={units.items} reload={units.reload} />}
        {current === "nguoi-dung" && <UsersSection units={units.items} me={me} />}
        {current === "so-van-ban" && <RegistersSection units={units.items} />}
        {current === "khoa-ky-so" && <KeysSection units={units.items} />}
        {current === "ma-truy-cap" && <TokensSection units={units.items} />}
      </div>
    </section>
  );
}
