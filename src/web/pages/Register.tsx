// Sổ văn bản đi: the register of the year with the columns of Phụ lục IV (Nghị định 30/2020); Excel and PDF for printing.
import { useEffect, useState } from "react";
import { api } from "../api";

interface Register {
  id: string;
  name: string;
}
interface Entry {
  number: number;
  documentId: string;
  numberText: string;
  date: string;
  typeAndSummary: string;
  signer: string;
  recipients: string;
  archive: string;
  copies: string;
  sentDate: string;
  receivedBy: string;
  note: string;
}

const COLUMNS: Array<[keyof Entry, string]> = [
  ["numberText", "Số, ký hiệu văn bản"],
  ["date", "Ngày tháng văn bản"],
  ["typeAndSummary", "Tên loại và trích yếu nội dung"],
  ["signer", "Người ký"],
  ["recipients", "Nơi nhận văn bản"],
  ["archive", "Đơn vị, người nhận bản lưu"],
  ["copies", "Số lượng bản"],
  ["sentDate", "Ngày chuyển"],
  ["receivedBy", "Ký nhận"],
  ["note", "Ghi chú"],
];

export function RegisterPage() {
  const [registers, setRegisters] = useState<Register[]>();
  const [chosen, setChosen] = useState("");
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [entries, setEntries] = useState<Entry[]>();
  useEffect(() => {
    void api<{ items: Register[] } | Register[]>("GET", "/api/registers").then((r) => {
      const list = Array.isArray(r.data) ? r.data : (r.data?.items ?? []);
      setRegisters(list);
      if (list[0]) setChosen(list[0].id);
    });
  }, []);
  useEffect(() => {
    if (!chosen) return;
    void api<{ items: Entry[] }>("GET", `/api/registers/${chosen}/entries?year=${encodeURIComponent(year)}`).then((r) => setEntries(r.data?.items ?? []));
  }, [chosen, year]);
  const base = `/api/registers/${chosen}/entries?year=${encodeURIComponent(year)}`;
  return (
    <section>
      <h1>Sổ văn bản đi</h1>
      {registers && registers.length === 0 && <p>Đơn vị chưa có sổ văn bản.</p>}
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="reg">Sổ</label>
          <select id="reg" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {(registers ?? []).map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="reg-year">Năm</label>
          <input id="reg-year" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
        </div>
        {chosen && (
          <p className="downloads">
            <a href={`${base}&format=xlsx`} download>
              Xuất Excel
            </a>{" "}
            ·{" "}
            <a href={`${base}&format=pdf`} download>
              Xuất PDF để in
            </a>
          </p>
        )}
      </form>
      <div className="table-scroll">
        <table className="list register">
          <caption>Sổ đăng ký văn bản đi năm {year}</caption>
          <thead>
            <tr>
              {COLUMNS.map(([k, label]) => (
                <th key={k} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(entries ?? []).map((e) => (
              <tr key={`${e.numberText}-${e.documentId}`}>
                {COLUMNS.map(([k]) => (
                  <td key={k}>{e[k]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
