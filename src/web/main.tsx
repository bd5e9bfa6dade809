// The clerks' web app: a small router over the screens, the signed-in user, and the layout around them.
import { StrictMode, useCallback, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { api } from "./api";
import { AdminPage } from "./pages/Admin";
import { ComposePage } from "./pages/Compose";
import { DocumentPage } from "./pages/DocumentPage";
import { DocumentsPage } from "./pages/Documents";
import { ImportPage } from "./pages/Import";
import { LoginPage } from "./pages/Login";
import { RegisterPage } from "./pages/Register";
import type { Go, Me } from "./session";
import { ROLES } from "./words";
import "./styles.css";


function usePath(): [string, Go] {
  const [path, setPath] = useState(location.pathname + location.search);
  useEffect(() => {
    const on = () => setPath(location.pathname + location.search);
    addEventListener("popstate", on);
    return () => removeEventListener("popstate", on);
  }, []);
  const go = useCallback((p: string) => {
    history.pushState(null, "", p);
    setPath(p);
    scrollTo(0, 0);
  }, []);
  return [path, go];
}

function Screen({ path, me, go }: { path: string; me: Me; go: Go }) {
  const [pathname, query] = path.split("?");
  const params = new URLSearchParams(query ?? "");
  const doc = /^\/van-ban\/([0-9a-f-]{36})$/.exec(pathname ?? "");
  if (doc) return <DocumentPage id={doc[1]!} me={me} go={go} />;
  const edit = /^\/van-ban\/([0-9a-f-]{36})\/sua$/.exec(pathname ?? "");
  if (edit) return <ComposePage id={edit[1]} go={go} />;
  if (pathname === "/soan") return <ComposePage kind={params.get("loai") ?? undefined} go={go} />;
  if (pathname === "/nhap-excel") return <ImportPage go={go} />;
  if (pathname === "/so-van-ban") return <RegisterPage />;
  // The server refuses a non-admin anyway (403); the screen is not offered to them either.
  if (pathname === "/quan-tri" && me.roles.includes("admin")) return <AdminPage tab={params.get("muc")} go={go} me={me.userId} />;
  return <DocumentsPage me={me} go={go} params={params} />;
}

function App() {
  const [path, go] = usePath();
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  useEffect(() => {
    void api<Me>("GET", "/api/session").then((r) => setMe(r.status === 200 ? r.data : null));
  }, []);
  useEffect(() => {
    document.title = "cadre-docs — Văn bản cán bộ";
  }, [path]);
  if (me === undefined) return <p className="loading">Đang tải…</p>;
  if (me === null) return <LoginPage onLogin={(m) => setMe(m)} />;
  const logout = async () => {
    await api("DELETE", "/api/session");
    setMe(null);
    go("/");
  };
  const link = (to: string, text: string) => (
    <a href={to} aria-current={path.split("?")[0] === to ? "page" : undefined} onClick={(e) => (e.preventDefault(), go(to))}>
      {text}
    </a>
  );
  return (
    <>
      <header className="top">
        <span className="brand">cadre-docs</span>
        <nav aria-label="Chức năng">
          {link("/", "Văn bản")}
          {me.roles.includes("drafter") && link("/soan", "Soạn văn bản")}
          {me.roles.includes("drafter") && link("/nhap-excel", "Nhập từ Excel")}
          {link("/so-van-ban", "Sổ văn bản đi")}
          {me.roles.includes("admin") && link("/quan-tri", "Quản trị")}
        </nav>
        <span className="who">
          {me.username ?? ""} ({me.roles.map((r) => ROLES[r] ?? r).join(", ")})
          <button type="button" className="secondary" onClick={() => void logout()}>
            Đăng xuất
          </button>
        </span>
      </header>
      <main>
        <Screen path={path} me={me} go={go} />
      </main>
    </>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
