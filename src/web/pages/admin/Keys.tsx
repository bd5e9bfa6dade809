// Quản trị › Khóa ký số và hình ảnh chữ ký/con dấu: a signer's .p12 with the signature image, or the body's .p12 with its seal (PNG).
import { useRef, useState, type FormEvent } from "react";
import { when } from "../../words";
import { Field, Message, useItems, write, type Outcome, type UnitItem, type UserItem } from "./shared";

interface KeyItem { owner: "user" | "unit"; username: string | null; unitCode: string; subject: string; validTo: string; createdAt: string }
/** As the server (and Nghị định 30's image rules in the signing library) allows. */
const MAX_IMAGE = 2 * 1024 * 1024;

const base64 = async (f: File): Promise<string> => {
  const bytes = new Uint8Array(await f.arrayBuffer());
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

export function KeysSection({ units }: { units: UnitItem[] | undefined }) {
  const { items, reload } = useItems<KeyItem>("/api/admin/keys");
  const users = useItems<UserItem>("/api/admin/users").items;
  const [owner, setOwner] = useState<"user" | "unit">("user");
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [outcome, setOutcome] = useState<Outcome>({});
  const p12 = useRef<HTMLInputElement>(null);
  const image = useRef<HTMLInputElement>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const [k, img] = [p12.current?.files?.[0], image.current?.files?.[0]];
    if (!k || !img) return setOutcome({ error: "Hãy chọn tệp khóa .p12 và tệp ảnh PNG." });
    if (img.type !== "image/png" && !img.name.toLowerCase().endsWith(".png")) return setOutcome({ error: `Tệp ảnh ${img.name}: không phải ảnh PNG. Ảnh chữ ký và ảnh dấu phải là tệp .png nền trong suốt.` });
    if (img.size > MAX_IMAGE) return setOutcome({ error: `Tệp ảnh ${img.name}: quá lớn (tối đa 2 MB). Hãy thu nhỏ ảnh.` });
    const body = { owner, name, password, p12: await base64(k), image: await base64(img), p12Name: k.name, imageName: img.name };
    const r = await write<{ replaced: boolean; subject: string }>("POST", "/api/admin/keys", body, (d) => `Đã ${d.replaced ? "thay" : "lưu"} khóa ký số (chứng thư: ${d.subject}); khóa bí mật được mã hóa khi lưu.`);
    setOutcome(r);
    if (!r.ok) return;
    setPassword("");
    reload();
  };
  return (
    <>
      <table className="list">
        <caption>Khóa ký số đã lưu</caption>
        <thead>
          <tr><th scope="col">Của</th><th scope="col">Chứng thư số</th><th scope="col">Hiệu lực đến</th><th scope="col">Ngày lưu</th></tr>
        </thead>
        <tbody>
          {(items ?? []).map((k) => (
            <tr key={`${k.owner}-${k.username ?? k.unitCode}`}>
              <td>{k.owner === "user" ? `Người ký: ${k.username}` : `Cơ quan: ${units?.find((u) => u.code === k.unitCode)?.name ?? k.unitCode}`}</td>
              <td>{k.subject}</td><td>{when(k.validTo)}</td><td>{when(k.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="admin-form" onSubmit={(e) => void submit(e)} aria-labelledby="key-add-title">
        <h2 id="key-add-title">Lưu khóa ký số</h2>
        <Field id="key-owner" label="Khóa của">
          <select id="key-owner" value={owner} onChange={(e) => (setOwner(e.target.value as "user" | "unit"), setName(""))}>
            <option value="user">Người ký (kèm ảnh chữ ký)</option>
            <option value="unit">Cơ quan, tổ chức (kèm ảnh dấu)</option>
          </select>
        </Field>
        <Field id="key-name" label={owner === "user" ? "Người ký" : "Đơn vị"}>
          <select id="key-name" value={name} onChange={(e) => setName(e.target.value)} required>
            <option value="">— Chọn —</option>
            {owner === "user"
              ? (users ?? []).map((u) => <option key={u.id} value={u.username}>{`${u.displayName ?? u.username} (${u.username})`}</option>)
              : (units ?? []).map((u) => <option key={u.id} value={u.code}>{`${u.name} (${u.code})`}</option>)}
          </select>
        </Field>
        <Field id="key-p12" label="Tệp khóa (.p12, .pfx)"><input id="key-p12" type="file" accept=".p12,.pfx,application/x-pkcs12" ref={p12} required /></Field>
        <Field id="key-password" label="Mật khẩu của tệp khóa">
          <input id="key-password" type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} />
        </Field>
        <Field id="key-image" label={owner === "user" ? "Ảnh chữ ký (PNG nền trong suốt, tối đa 2 MB)" : "Ảnh dấu (PNG nền trong suốt, tối đa 2 MB)"}>
          <input id="key-image" type="file" accept="image/png,.png" ref={image} required />
        </Field>
        <Message outcome={outcome} />
        <button type="submit">Lưu khóa</button>
      </form>
    </>
  );
}
