// Đăng nhập: username and password; the server's Vietnamese message after a wrong one or a lockout.
import { useState, type FormEvent } from "react";
import { api } from "../api";
import type { Me } from "../session";

export function LoginPage({ onLogin }: { onLogin(me: Me): void }) {
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await api<Me>("POST", "/api/session", { username, password });
    setBusy(false);
    if (r.status === 200) onLogin({ ...r.data, username });
    else setError(r.problem?.message ?? "Không đăng nhập được. Hãy thử lại.");
  };
  return (
    <main className="login">
      <h1>Đăng nhập</h1>
      <p className="lead">Văn bản cán bộ — cadre-docs</p>
      <form onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor="username">Tên đăng nhập</label>
          <input id="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="password">Mật khẩu</label>
          <input id="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </div>
        {error && (
          <p className="problem" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          Đăng nhập
        </button>
      </form>
    </main>
  );
}
